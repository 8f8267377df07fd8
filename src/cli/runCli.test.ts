import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileContainsText, fingerprint, makeTempDir, vaultFiles } from '../core/testing/tempVault';
import { captureCli } from './testing/captureCli';

const PANOH_BIN = join(__dirname, '../../bin/panoh');
const run = promisify(execFile);

/** Every file below `dir` whose bytes hold `text` (UTF-8 or UTF-16). */
function filesHolding(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => fileContainsText(path, text));
}

const PASSPHRASE = 'консоль офиса Тараз 2026';

let temp: ReturnType<typeof makeTempDir>;
let vault: string;

beforeEach(() => {
  temp = makeTempDir();
  vault = join(temp.dir, 'office.panoh');
});
afterEach(() => temp.cleanup());

const cli = captureCli;

describe('panoh CLI', () => {
  it('creates a vault, prints the recovery key once, and checks it as JSON', async () => {
    const init = await cli(['vault', 'init', '--vault', vault, '--json'], { PANOH_PASSPHRASE: PASSPHRASE });
    expect(init).toMatchObject({ status: 0, stderr: '' });
    const created = JSON.parse(init.stdout);
    expect(created.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

    const check = await cli(['vault', 'check', '--vault', vault, '--json'], { PANOH_PASSPHRASE: PASSPHRASE });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({
      ok: true,
      cipher: 'sqlcipher',
      integrity: 'ok',
      plaintextHeader: false,
    });
    expect(check.stdout).not.toContain(created.recoveryKey);
  });

  it('reads the passphrase from a file, without its trailing newline', async () => {
    const file = join(temp.dir, 'pass.txt');
    writeFileSync(file, `${PASSPHRASE}\n`);
    expect((await cli(['vault', 'init', '--vault', vault, '--passphrase-file', file])).status).toBe(0);
    expect((await cli(['vault', 'check', '--vault', vault], { PANOH_PASSPHRASE: PASSPHRASE })).status).toBe(0);
  });

  it('fails with one line in the chosen language and leaves the vault untouched on a wrong passphrase', async () => {
    await cli(['vault', 'init', '--vault', vault], { PANOH_PASSPHRASE: PASSPHRASE });
    const before = fingerprint(vaultFiles(vault));
    const result = await cli(['vault', 'check', '--vault', vault, '--lang', 'kk'], { PANOH_PASSPHRASE: 'не та фраза' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^panoh: Құпия сөз тіркесі қате\..*\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(fingerprint(vaultFiles(vault))).toEqual(before);
  });

  it('refuses a passphrase given as an argument, a missing passphrase, and unknown commands', async () => {
    const asArgument = await cli(['vault', 'init', '--vault', vault, '--passphrase', PASSPHRASE]);
    expect(asArgument.status).toBe(2);
    expect(asArgument.stderr).toContain('PANOH_PASSPHRASE');
    expect(asArgument.stderr).not.toContain(PASSPHRASE);
    expect((await cli(['vault', 'init', '--vault', vault])).status).toBe(2);
    expect((await cli(['vault', 'explode', '--vault', vault])).stderr).toContain('unknown command');
    expect((await cli(['vault', 'init'], { PANOH_PASSPHRASE: PASSPHRASE })).stderr).toContain('--vault');
    expect(fingerprint(vaultFiles(vault))[vault]).toBeNull();
  });

  it('says so when the vault does not exist', async () => {
    const result = await cli(['vault', 'check', '--vault', vault], { PANOH_PASSPHRASE: PASSPHRASE });
    expect(result).toMatchObject({ status: 1, stdout: '' });
    expect(result.stderr).toContain('vault file was not found');
  });

  it('runs as bin/panoh with a real exit status and no stack trace', async () => {
    const env = { ...process.env, PANOH_PASSPHRASE: PASSPHRASE };
    const ok = await run(process.execPath, [PANOH_BIN, 'vault', 'init', '--vault', vault, '--json'], { env });
    expect(JSON.parse(ok.stdout).recoveryKey).toBeTruthy();
    const failed = await run(process.execPath, [PANOH_BIN, 'vault', 'init', '--vault', vault], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toContain('already exists');
    expect(failed.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000);

  it('leaves no trace of what was searched for under the home or the temp folder', async () => {
    const name = 'Жумабаевскийгулмирзо';
    const home = join(temp.dir, 'home');
    const tmp = join(temp.dir, 'tmp');
    mkdirSync(home);
    mkdirSync(tmp);
    // Without the npm_config_* that `npm test` passes down, npm would keep its log in the real home.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const env = {
      ...inherited,
      PANOH_PASSPHRASE: PASSPHRASE,
      HOME: home,
      USERPROFILE: home,
      TMPDIR: tmp,
      TMP: tmp,
      TEMP: tmp,
    };
    // The vault and the import file live beside home and tmp, not in them: only the traces count.
    const people = join(temp.dir, 'people.json');
    writeFileSync(people, JSON.stringify({ applicants: [{ familyName: name, givenName: 'Умар' }] }));
    await run(process.execPath, [PANOH_BIN, 'vault', 'init', '--vault', vault], { env });
    await run(process.execPath, [PANOH_BIN, 'import', '--vault', vault, '--in', people], { env });
    const found = await run(process.execPath, [PANOH_BIN, 'search', '--vault', vault, name, '--json'], { env });
    expect(JSON.parse(found.stdout)).toMatchObject([{ familyName: name }]);
    expect(filesHolding(home, name).concat(filesHolding(tmp, name))).toEqual([]);

    // The same search through npx, which logs its arguments, is caught by the same scan: the check
    // above can fail.
    await run('npx', ['--yes', 'tsx', join(__dirname, 'index.ts'), 'search', '--vault', vault, name], { env });
    expect(filesHolding(home, name)).not.toEqual([]);
  }, 60_000);
});

describe('panoh CLI on case records', () => {
  const env = { PANOH_PASSPHRASE: PASSPHRASE };
  const demo = join(__dirname, '../../fixtures/demo-import.json');

  beforeEach(async () => {
    await cli(['vault', 'init', '--vault', vault], env);
  });

  it('imports the demo file and lists, shows and edits applicants as JSON', async () => {
    const imported = await cli(['import', '--vault', vault, '--in', demo, '--json'], env);
    expect(imported.status).toBe(0);
    const { imported: counts, ids } = JSON.parse(imported.stdout);
    expect(counts).toEqual({ applicants: 6, events: 19, incidents: 2 });

    const list = JSON.parse((await cli(['applicant', 'list', '--vault', vault, '--json'], env)).stdout);
    expect(list.map((a: { familyName: string }) => a.familyName)).toEqual([
      'Gʻofurov',
      'Rahimova',
      'Toktogulov',
      'Yusupova',
      'Асанова',
      'Назаров',
    ]);
    const show = JSON.parse(
      (await cli(['applicant', 'show', '--vault', vault, '--id', ids.yusupova, '--json'], env)).stdout,
    );
    expect(show).toMatchObject({ familyName: 'Yusupova', citizenship: ['UZ'] });
    expect(show.events.map((e: { type: string }) => e.type)).toEqual(['unhcr', 'detention', 'decision', 'appeal']);

    const set = await cli(
      [
        'applicant',
        'set',
        '--vault',
        vault,
        '--id',
        ids.yusupova,
        'caseStatus=appeal',
        'languages=uz;ru;kk',
        'phone=',
        '--json',
      ],
      env,
    );
    expect(set.status).toBe(0);
    expect(JSON.parse(set.stdout).changed.sort()).toEqual(['caseStatus', 'languages', 'phone']);
    const after = JSON.parse(
      (await cli(['applicant', 'show', '--vault', vault, '--id', ids.yusupova, '--json'], env)).stdout,
    );
    expect(after).toMatchObject({ caseStatus: 'appeal', languages: ['uz', 'ru', 'kk'] });
    expect(after).not.toHaveProperty('phone');

    const found = JSON.parse((await cli(['search', '--vault', vault, 'Хадича', '--json'], env)).stdout);
    expect(found.map((a: { familyName: string }) => a.familyName)).toEqual(['Rahimova']);
    const near = await cli(['search', '--vault', vault, 'Rahimva'], env);
    expect(near.stdout).toContain('Rahimova Xadicha');
    expect(near.stdout).toContain('(approximate: Rahimva ~ Rahimova');

    const deadlines = JSON.parse(
      (await cli(['deadlines', '--vault', vault, '--due-before', '2026-10-01', '--json'], env)).stdout,
    );
    expect(deadlines.items.map((d: { applicantName: string; ruleId: string }) => [d.applicantName, d.ruleId])).toEqual([
      ['Rahimova Xadicha', 'decision_after_petition'],
      ['Назаров Шерали', 'appeal_against_refusal'],
    ]);

    const check = JSON.parse((await cli(['vault', 'check', '--vault', vault, '--json'], env)).stdout);
    expect(check).toMatchObject({ ok: true, auditChain: 'ok' });
    expect(check.auditEntries).toBeGreaterThan(27);
  });

  it('refuses a bad import with one line naming record and field, and imports nothing', async () => {
    const bad = join(temp.dir, 'bad.json');
    const doc = JSON.parse(readFileSync(demo, 'utf8'));
    doc.applicants[2].birthDate = '1994-02-30';
    writeFileSync(bad, JSON.stringify(doc));
    const result = await cli(['import', '--vault', vault, '--in', bad], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'panoh: The file has 1 error(s); nothing was imported. Correct them and import the whole file again. applicants.2.birthDate: Not a date. Write a year (1989), a month (05.1989) or a day (14.05.1989).\n',
    );
    const list = JSON.parse((await cli(['applicant', 'list', '--vault', vault, '--json'], env)).stdout);
    expect(list).toEqual([]);
  });

  it('refuses an invalid edit naming the field, and unknown fields before touching the vault', async () => {
    const { ids } = JSON.parse((await cli(['import', '--vault', vault, '--in', demo, '--json'], env)).stdout);
    const bad = await cli(['applicant', 'set', '--vault', vault, '--id', ids.nazarov, 'citizenship=SU'], env);
    expect(bad).toMatchObject({ status: 1 });
    expect(bad.stderr).toContain('citizenship.0: Not a country code');
    expect(
      (await cli(['applicant', 'set', '--vault', vault, '--id', ids.nazarov, 'colour=red'], env)).stderr,
    ).toContain('unknown field "colour"');
    const missing = await cli(
      ['applicant', 'show', '--vault', vault, '--id', '00000000-0000-4000-8000-000000000000'],
      env,
    );
    expect(missing.stderr).toContain('does not exist');
  });
});

describe('panoh CLI sync between two vaults', () => {
  it('creates an office, joins it, exports, refuses an unknown device until its fingerprint is given, imports', async () => {
    const env = { PANOH_PASSPHRASE: PASSPHRASE };
    const other = join(temp.dir, 'laptop2.panoh');
    await cli(['vault', 'init', '--vault', vault], env);
    await cli(['vault', 'init', '--vault', other], env);
    const { words } = JSON.parse((await cli(['office', 'create', '--vault', vault, '--json'], env)).stdout);
    expect(words.split(' ')).toHaveLength(24);
    const keyFile = join(temp.dir, 'office-key.txt');
    writeFileSync(keyFile, `${words}\n`);
    expect((await cli(['office', 'join', '--vault', other, '--key-file', keyFile], env)).status).toBe(0);
    await cli(['import', '--vault', vault, '--in', join(__dirname, '../../fixtures/demo-import.json')], env);
    const stick = join(temp.dir, 'stick');
    mkdirSync(stick);
    const exported = JSON.parse(
      (await cli(['sync', 'export', '--vault', vault, '--out', stick, '--json'], env)).stdout,
    );
    // One creation change per record of the demo file: 6 applicants, 19 events, 2 incidents.
    expect(exported.changes).toBe(27);
    const refused = await cli(['sync', 'import', '--vault', other, '--in', exported.bundle], env);
    expect(refused.status).toBe(1);
    const fingerprint = /([0-9A-F]{4}(?:-[0-9A-F]{4}){4})/.exec(refused.stderr)?.[1];
    expect(fingerprint).toBeTruthy();
    const imported = await cli(
      ['sync', 'import', '--vault', other, '--in', exported.bundle, '--trust-device', fingerprint ?? '', '--json'],
      env,
    );
    expect(JSON.parse(imported.stdout)).toMatchObject({ conflicts: 0 });
    const list = JSON.parse((await cli(['applicant', 'list', '--vault', other, '--json'], env)).stdout);
    expect(list).toHaveLength(6);
    expect(JSON.parse((await cli(['conflicts', 'list', '--vault', other, '--json'], env)).stdout)).toEqual([]);
  });
});
