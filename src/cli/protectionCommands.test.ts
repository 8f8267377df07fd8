import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../core/api/createCore';
import { fingerprint, makeTempDir, vaultFiles } from '../core/testing/tempVault';
import { keyFilePath } from '../core/vault/keyFile';
import { captureCli as cli } from './testing/captureCli';

const PASSPHRASE = 'офисный компьютер, смена ключей';
const env = { PANOH_PASSPHRASE: PASSPHRASE };
const RECOVERY_KEY = /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/;

let temp: ReturnType<typeof makeTempDir>;
let vault: string;

beforeEach(async () => {
  temp = makeTempDir();
  vault = join(temp.dir, 'office.panoh');
  expect((await cli(['vault', 'init', '--vault', vault], env)).status).toBe(0);
});
afterEach(() => temp.cleanup());

const json = async (args: string[]) => {
  const result = await cli([...args, '--json'], env);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

describe('panoh CLI for revocation', () => {
  it('vault rekey prints a new recovery key once, and an older key file no longer opens the vault', async () => {
    const old = join(temp.dir, 'old.panoh');
    copyFileSync(keyFilePath(vault), keyFilePath(old));
    const { recoveryKey } = await json(['vault', 'rekey', '--vault', vault]);
    expect(recoveryKey).toMatch(RECOVERY_KEY);
    expect(await json(['vault', 'check', '--vault', vault])).toMatchObject({ ok: true, keyFile: 'ok' });
    copyFileSync(vault, old);
    const stale = await cli(['vault', 'check', '--vault', old], env);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('damaged');
    const human = await cli(['vault', 'rekey', '--vault', vault], env);
    expect(human.stderr).toBe('');
    expect(human.stdout).toMatch(/New recovery key[^\n]*\n\n {4}[0-9A-Z-]{39}\n/);
  }, 60_000);

  it('vault new-recovery-key replaces the recovery key', async () => {
    const { recoveryKey } = await json(['vault', 'new-recovery-key', '--vault', vault]);
    expect(recoveryKey).toMatch(RECOVERY_KEY);
    const core = createCore({ vaultPath: vault });
    await core.invoke('vault.recover', { recoveryKey, newPassphrase: PASSPHRASE });
    core.close();
  }, 60_000);

  it('applicant purge needs --yes, then deletes the person forever', async () => {
    const people = join(temp.dir, 'people.json');
    writeFileSync(
      people,
      JSON.stringify({ applicants: [{ ref: 'p', familyName: 'Отозвавшая', givenName: 'Согласие' }] }),
    );
    const { ids } = await json(['import', '--vault', vault, '--in', people]);
    const before = fingerprint(vaultFiles(vault));
    const refused = await cli(['applicant', 'purge', '--vault', vault, '--id', ids.p], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(fingerprint(vaultFiles(vault))).toEqual(before);
    expect(await json(['applicant', 'purge', '--vault', vault, '--id', ids.p, '--yes'])).toEqual({ purged: 1 });
    const gone = await cli(['applicant', 'show', '--vault', vault, '--id', ids.p], env);
    expect(gone.status).toBe(1);
  }, 60_000);

  it("office status shows this laptop's own fingerprint; office rotate and revoke print the new words once", async () => {
    expect((await cli(['office', 'create', '--vault', vault], env)).status).toBe(0);
    const status = await json(['office', 'status', '--vault', vault]);
    expect(status).toMatchObject({
      device: { fingerprint: expect.stringMatching(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/) },
      office: { epoch: 0 },
      colleagues: [],
    });
    expect((await cli(['office', 'status', '--vault', vault], env)).stdout).toContain(
      `Fingerprint:   ${status.device.fingerprint}`,
    );

    // A colleague joins and sends a bundle; then its laptop is lost.
    const colleague = join(temp.dir, 'colleague.panoh');
    await cli(['vault', 'init', '--vault', colleague], env);
    const words = join(temp.dir, 'words.txt');
    writeFileSync(words, (await json(['office', 'rotate', '--vault', vault])).words);
    await cli(['office', 'join', '--vault', colleague, '--key-file', words], env);
    const { bundle } = await json(['sync', 'export', '--vault', colleague, '--out', temp.dir]);
    const theirs = (await json(['office', 'status', '--vault', colleague])).device.fingerprint;
    await json(['sync', 'import', '--vault', vault, '--in', bundle, '--trust-device', theirs]);

    expect((await cli(['office', 'revoke', '--vault', vault, '--device', 'not-a-fingerprint'], env)).status).toBe(2);
    const unknown = await cli(['office', 'revoke', '--vault', vault, '--device', '0000-0000-0000-0000-0000'], env);
    expect(unknown).toMatchObject({ status: 1 });
    const revoked = await json(['office', 'revoke', '--vault', vault, '--device', theirs]);
    expect(revoked.words.split(' ')).toHaveLength(24);
    const after = await json(['office', 'status', '--vault', vault]);
    expect(after.office.epoch).toBe(2);
    expect(after.colleagues).toMatchObject([{ fingerprint: theirs, revokedAt: expect.any(String) }]);
    const refused = await cli(['sync', 'import', '--vault', vault, '--in', bundle], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('revoked');
  }, 120_000);

  it('prints names from bundles without the escape codes they may carry', async () => {
    await cli(['office', 'create', '--vault', vault], env);
    const core = createCore({ vaultPath: vault });
    await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
    // A name stored by an older version, as its bundle carried it.
    core
      .workspace()
      .db.prepare('INSERT INTO devices (device_id, name, public_key, fingerprint, trusted_at) VALUES (?, ?, ?, ?, ?)')
      .run(
        '00000000000000aa',
        'Ноут\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u009b1m\u202Eмальчик',
        `${'A'.repeat(43)}=`,
        'AAAA-BBBB-CCCC-DDDD-EEEE',
        new Date().toISOString(),
      );
    core.close();
    for (const args of [
      ['office', 'status', '--vault', vault],
      ['office', 'status', '--vault', vault, '--json'],
    ]) {
      const { stdout } = await cli(args, env);
      expect(stdout.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      expect(stdout).toContain('Ноут');
    }
  }, 60_000);
});
