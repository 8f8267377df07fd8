import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileContainsText, makeTempDir } from '../core/testing/tempVault';
import { keyFilePath } from '../core/vault/keyFile';
import { captureCli as cli } from './testing/captureCli';

const PASSPHRASE = 'поездка на границу и обратно';
const env = { PANOH_PASSPHRASE: PASSPHRASE };

let temp: ReturnType<typeof makeTempDir>;
let vault: string;
let ids: Record<string, string>;

beforeEach(async () => {
  temp = makeTempDir();
  vault = join(temp.dir, 'office.panoh');
  expect((await cli(['vault', 'init', '--vault', vault], env)).status).toBe(0);
  const people = join(temp.dir, 'people.json');
  writeFileSync(
    people,
    JSON.stringify({
      applicants: [
        { ref: 'a', familyName: 'Туристова', givenName: 'Лейла' },
        { ref: 'b', familyName: 'Остающийся', givenName: 'Дома' },
      ],
    }),
  );
  ({ ids } = await json(['import', '--vault', vault, '--in', people]));
});
afterEach(() => temp.cleanup());

async function json(args: string[], withEnv: Record<string, string> = env) {
  const result = await cli([...args, '--json'], withEnv);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

const names = async () =>
  ((await json(['applicant', 'list', '--vault', vault])) as { familyName: string }[]).map((a) => a.familyName).sort();

describe('panoh CLI when the laptop is taken', () => {
  it('travel start keeps the chosen applicants and writes the backup; travel end brings the rest back', async () => {
    const backup = join(temp.dir, 'stick.panoh');
    const started = await json(['travel', 'start', '--vault', vault, '--keep', ids.a ?? '', '--backup', backup]);
    expect(started).toMatchObject({ kept: 1, removed: 1, backup });
    expect(existsSync(keyFilePath(backup))).toBe(true);
    expect(await names()).toEqual(['Туристова']);
    const export_ = await cli(['sync', 'export', '--vault', vault, '--out', temp.dir], env);
    expect(export_.status).toBe(1);
    expect(export_.stderr).toContain('travel mode');
    const rekey = await cli(['vault', 'rekey', '--vault', vault], env);
    expect(rekey.status).toBe(1);
    expect(rekey.stderr).toContain('travel mode');
    expect(await json(['travel', 'end', '--vault', vault, '--from', backup])).toMatchObject({ from: 'backup' });
    expect(await names()).toEqual(['Остающийся', 'Туристова']);
    const again = await cli(['travel', 'end', '--vault', vault, '--from', backup], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('not in travel mode');
  }, 60_000);

  it('vault erase needs --yes, then leaves no key file and no readable name, with or without a passphrase', async () => {
    const refused = await cli(['vault', 'erase', '--vault', vault], env);
    expect(refused.status).toBe(2);
    expect(existsSync(keyFilePath(vault))).toBe(true);
    expect(await json(['vault', 'erase', '--vault', vault, '--yes'], {})).toEqual({ erased: true });
    expect(existsSync(keyFilePath(vault))).toBe(false);
    for (const name of readdirSync(temp.dir)) {
      expect(fileContainsText(join(temp.dir, name), 'Туристова')).toBe(name === 'people.json');
    }
    const check = await cli(['vault', 'check', '--vault', vault], env);
    expect(check.status).toBe(1);
  }, 60_000);
});
