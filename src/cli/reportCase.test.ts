import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/tempVault';
import { captureCli } from './testing/captureCli';

const env = { PANOH_PASSPHRASE: 'консоль сводки по делу 2026' };
let temp: ReturnType<typeof makeTempDir>;
let vault: string;

const cli = (args: string[]) => captureCli(args, env);

beforeEach(async () => {
  temp = makeTempDir();
  vault = join(temp.dir, 'office.panoh');
  await cli(['vault', 'init', '--vault', vault]);
});
afterEach(() => temp.cleanup());

describe('panoh report case', () => {
  it('leaves the working notes out unless --include notes', async () => {
    const seed = join(temp.dir, 'seed.json');
    writeFileSync(
      seed,
      JSON.stringify({ applicants: [{ familyName: 'Әлиева', notes: 'Клиентка боится звонков на домашний номер.' }] }),
    );
    await cli(['import', '--vault', vault, '--in', seed]);
    const [person] = JSON.parse((await cli(['applicant', 'list', '--vault', vault, '--json'])).stdout) as {
      id: string;
    }[];
    const text = async (name: string, extra: string[]) => {
      const out = join(temp.dir, name);
      const run = await cli(['report', 'case', '--vault', vault, '--id', person?.id ?? '', '--out', out, ...extra]);
      expect(run.status, run.stderr).toBe(0);
      return execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    };
    expect(await text('plain.pdf', [])).not.toContain('боится звонков');
    expect(await text('notes.pdf', ['--include', 'notes'])).toContain('боится звонков');
    expect(
      (
        await cli([
          'report',
          'case',
          '--vault',
          vault,
          '--id',
          person?.id ?? '',
          '--out',
          join(temp.dir, 'x.pdf'),
          '--include',
          'contact',
        ])
      ).status,
    ).toBe(2);
  });
});
