import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../api/createCore';
import { makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { readKeyFile, unwrapWithPassphrase } from '../vault/keyFile';
import { openEncryptedDatabase } from '../vault/openDatabase';

const PASSPHRASE = 'журнал нельзя укоротить';

let temp: ReturnType<typeof makeTempDir>;
let vaultPath: string;
let core: Core;

beforeEach(async () => {
  temp = makeTempDir();
  vaultPath = join(temp.dir, 'office.panoh');
  core = createCore({ vaultPath, scrypt: TEST_SCRYPT });
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  for (const familyName of ['Каримов', 'Юсупова', 'Назаров']) {
    await core.invoke('applicants.create', { fields: { familyName } });
  }
  core.close();
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

/** What someone holding the data key but not the key file's MAC can do: edit the database directly. */
async function tamper(sql: string): Promise<void> {
  const file = readKeyFile(vaultPath);
  const key = file && (await unwrapWithPassphrase(file.content, PASSPHRASE));
  if (!key) throw new Error('no key');
  const db = openEncryptedDatabase(vaultPath, key);
  try {
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.exec(sql);
  } finally {
    db.close();
  }
}

async function check() {
  await core.invoke('vault.unlock', { passphrase: PASSPHRASE });
  return core.invoke('vault.check', {});
}

describe('the audit chain cannot be shortened unseen', () => {
  it('anchors the newest entry in the key file, and an intact log matches it', async () => {
    expect(await check()).toMatchObject({ auditChain: 'ok', auditAnchor: 'ok', auditAnchorSeq: expect.any(Number) });
  });

  it('reports the last entries removed, although what is left still chains from the first', async () => {
    await tamper('DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)');
    const report = await check();
    expect(report.auditChain).toBe('ok');
    expect(report.auditAnchor).toBe('truncated');
    // The anchor keeps its evidence: new entries do not move it past the gap.
    await core.invoke('applicants.create', { fields: { familyName: 'Позднее' } });
    core.close();
    expect((await check()).auditAnchor).toBe('truncated');
  });

  it('reports a log emptied completely', async () => {
    await tamper('DELETE FROM audit_log');
    expect(await check()).toMatchObject({ auditEntries: 1, auditChain: 'ok', auditAnchor: 'truncated' });
  });
});
