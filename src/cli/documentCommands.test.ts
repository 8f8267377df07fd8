import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/tempVault';
import { captureCli } from './testing/captureCli';

const PASSPHRASE = 'документы офиса Тараз 2026';
const env = { PANOH_PASSPHRASE: PASSPHRASE };
const demo = join(__dirname, '../../fixtures/demo-import.json');

let temp: ReturnType<typeof makeTempDir>;
let vault: string;
let ids: Record<string, string>;

const cli = (args: string[]) => captureCli(args, env);

beforeEach(async () => {
  temp = makeTempDir();
  vault = join(temp.dir, 'office.panoh');
  await cli(['vault', 'init', '--vault', vault]);
  ids = JSON.parse((await cli(['import', '--vault', vault, '--in', demo, '--json'])).stdout).ids;
});
afterEach(() => temp.cleanup());

describe('panoh document', () => {
  it('lists the templates as JSON: id, languages, title and the blanks each asks for', async () => {
    const { status, stdout } = await cli(['document', 'templates', '--vault', vault, '--json', '--lang', 'ru']);
    expect(status).toBe(0);
    const list = JSON.parse(stdout);
    expect(list.map((t: { id: string }) => t.id)).toEqual([
      'refusal-appeal',
      'extradition-appeal',
      'cat-interim-measures',
      'power-of-attorney',
      'case-file-request',
      'unhcr-alert',
    ]);
    expect(list[0]).toEqual({
      id: 'refusal-appeal',
      languages: ['ru', 'kk'],
      title: 'Иск об оспаривании отказа в статусе беженца',
      blanks: [
        { name: 'court', label: 'Суд (наименование)', required: true },
        { name: 'courtAddress', label: 'Адрес суда', required: false },
        { name: 'defendantAddress', label: 'Адрес ответчика', required: false },
      ],
    });
  });

  it('writes a refusal appeal in Russian with the name declined, and keeps it in the vault', async () => {
    const out = join(temp.dir, 'appeal.docx');
    const generated = await cli([
      'document',
      'generate',
      '--vault',
      vault,
      '--id',
      ids.nazarov ?? '',
      '--template',
      'refusal-appeal',
      '--out',
      out,
      '--set',
      'court=Специализированный межрайонный административный суд г. Тараз',
      '--json',
    ]);
    expect(generated).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(generated.stdout)).toMatchObject({ path: out });
    const text = new PizZip(readFileSync(out)).file('word/document.xml')?.asText() ?? '';
    expect(text).toContain('Назарова Шерали Ҷамшедовича');
    expect(text).toContain('15 августа 2026 г.');
    expect(text).toContain('суд г. Тараз');
    const show = JSON.parse(
      (await cli(['applicant', 'show', '--vault', vault, '--id', ids.nazarov ?? '', '--json'])).stdout,
    );
    expect(show.familyName).toBe('Назаров');
  });

  it('refuses, in one line with exit 1, an unknown template, a missing blank and a file without the data', async () => {
    const base = ['document', 'generate', '--vault', vault, '--out', join(temp.dir, 'x.docx'), '--lang', 'ru'];
    const unknown = await cli([...base, '--id', ids.nazarov ?? '', '--template', 'no-such-template']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('panoh: Такого шаблона на этом языке нет, или он выведен из употребления.\n');
    const noBlank = await cli([...base, '--id', ids.nazarov ?? '', '--template', 'refusal-appeal']);
    expect(noBlank.status).toBe(1);
    expect(noBlank.stderr).toBe(
      'panoh: Для этого документа нужно заполнить «Суд (наименование)». Документ не создан.\n',
    );
    const lacking = await cli([...base, '--id', ids.asanova ?? '', '--template', 'refusal-appeal', '--set', 'court=X']);
    expect(lacking.status).toBe(1);
    // The field by its meaning, not its path.
    expect(lacking.stderr).not.toContain('refusal.decidedOn');
    expect(lacking.stderr).toContain('Дата решения');
    expect(lacking.stderr.trim().split('\n')).toHaveLength(1);
    const wrongOut = await cli([
      'document',
      'generate',
      '--vault',
      vault,
      '--id',
      ids.nazarov ?? '',
      '--template',
      'refusal-appeal',
      '--out',
      'x.pdf',
    ]);
    expect(wrongOut.status).toBe(2);
    const badSet = await cli([...base, '--id', ids.nazarov ?? '', '--template', 'refusal-appeal', '--set', 'court']);
    expect(badSet.status).toBe(2);
  });

  it('takes the answers from a JSON file, so sensitive text stays out of process arguments', async () => {
    const out = join(temp.dir, 'cat.docx');
    const answers = join(temp.dir, 'answers.json');
    writeFileSync(answers, JSON.stringify({ risk: 'Был задержан и избит в 2019 году в Душанбе' }));
    const base = ['document', 'generate', '--vault', vault, '--id', ids.nazarov ?? '', '--out', out, '--lang', 'ru'];
    const made = await cli([...base, '--template', 'cat-interim-measures', '--blanks-file', answers, '--json']);
    expect(made).toMatchObject({ status: 0, stderr: '' });
    expect(new PizZip(readFileSync(out)).file('word/document.xml')?.asText()).toContain('избит в 2019 году');
    for (const bad of ['[1, 2]', '{"risk": 5}', 'not json']) {
      writeFileSync(answers, bad);
      const refused = await cli([...base, '--template', 'cat-interim-measures', '--blanks-file', answers]);
      expect(refused.status, bad).toBe(2);
      expect(refused.stderr, bad).toMatch(/^panoh: --blanks-file/);
    }
  });
});
