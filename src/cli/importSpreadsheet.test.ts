import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodedCsv, excelSerial, officeWorkbook } from '../core/testing/spreadsheetFixtures';
import { fileContainsText, makeTempDir } from '../core/testing/tempVault';
import { captureCli } from './testing/captureCli';

const env = { PANOH_PASSPHRASE: 'консоль импорта списков 2026' };
let temp: ReturnType<typeof makeTempDir>;
let vault: string;

const cli = (args: string[]) => captureCli(args, env);

async function listed(): Promise<{ familyName: string }[]> {
  return JSON.parse((await cli(['applicant', 'list', '--vault', vault, '--json'])).stdout);
}

beforeEach(async () => {
  temp = makeTempDir();
  vault = join(temp.dir, 'office.panoh');
  await cli(['vault', 'init', '--vault', vault]);
});
afterEach(() => temp.cleanup());

describe('panoh import of spreadsheets', () => {
  it('prints the proposed mapping and the report on a dry run, writes nothing, then imports', async () => {
    const xlsx = join(temp.dir, 'список.xlsx');
    writeFileSync(
      xlsx,
      await officeWorkbook([{ name: 'Хамидов Фаррух', born: excelSerial('1990-01-31'), citizenship: 'РУз' }]),
    );
    const dry = await cli(['import', '--vault', vault, '--in', xlsx, '--dry-run']);
    expect(dry).toMatchObject({ status: 0, stderr: '' });
    expect(dry.stdout).toContain('Mapping (proposed; pass --mapping FILE.json to change it):');
    expect(dry.stdout).toContain('B "ФИО" -> fullName');
    expect(dry.stdout).toContain('Check: 1 rows, 1 ready (0 events), 0 refused.');
    expect(await listed()).toEqual([]);

    const json = JSON.parse((await cli(['import', '--vault', vault, '--in', xlsx, '--dry-run', '--json'])).stdout);
    expect(json.report).toMatchObject({ rows: 1, ready: 1, refusedRows: 0 });
    expect(json.mapping.columns).toContainEqual({ header: 'ФИО', target: 'fullName' });

    const done = await cli(['import', '--vault', vault, '--in', xlsx, '--json']);
    expect(JSON.parse(done.stdout)).toMatchObject({ imported: { applicants: 1 }, merged: 0, skipped: 0 });
    expect(await listed()).toMatchObject([{ familyName: 'Хамидов', givenName: 'Фаррух', birthDate: '1990-01-31' }]);
    expect(fileContainsText(vault, 'Хамидов')).toBe(false);
  });

  it('takes a mapping from a file, names the refused row and column, and skips probable duplicates unless told', async () => {
    const csv = join(temp.dir, 'список.csv');
    writeFileSync(
      csv,
      encodedCsv(['Кто;Когда родился', 'Абдуллаев Ильхом;01.01.1980', 'Каримова Зухра;31.02.1990'], 'win1251'),
    );
    const mapping = join(temp.dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        columns: [
          { header: 'Кто', target: 'fullName' },
          { header: 'Когда родился', target: 'birthDate' },
        ],
      }),
    );
    const refused = await cli(['import', '--vault', vault, '--in', csv, '--mapping', mapping, '--lang', 'ru']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('row 3, "Когда родился": "31.02.1990"');
    expect(refused.stderr).toMatch(/^panoh: В файле ошибок: 1/);
    expect(await listed()).toEqual([]);

    writeFileSync(csv, encodedCsv(['Кто;Когда родился', 'Abdullaev Ilhom;1980'], 'win1251'));
    const seeded = join(temp.dir, 'seed.json');
    writeFileSync(
      seeded,
      JSON.stringify({ applicants: [{ familyName: 'Абдуллаев', givenName: 'Ильхом', birthDate: '1980-01-01' }] }),
    );
    await cli(['import', '--vault', vault, '--in', seeded]);
    const skipped = await cli(['import', '--vault', vault, '--in', csv, '--mapping', mapping]);
    expect(skipped.stdout).toContain('Imported 0 applicants, 0 events; 0 merged, 1 skipped as probable duplicates.');
    const added = await cli(['import', '--vault', vault, '--in', csv, '--mapping', mapping, '--duplicates', 'new']);
    expect(added.stdout).toContain('Imported 1 applicants');
    expect((await listed()).length).toBe(2);
  });

  it('refuses a mapping that is not one, and an unknown encoding, before writing', async () => {
    const csv = join(temp.dir, 'a.csv');
    writeFileSync(csv, 'Фамилия\nАхмедов\n');
    const mapping = join(temp.dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ columns: [{ header: 'Фамилия', target: 'surnameOfFather' }] }));
    expect((await cli(['import', '--vault', vault, '--in', csv, '--mapping', mapping])).status).toBe(1);
    expect((await cli(['import', '--vault', vault, '--in', csv, '--encoding', 'cp866'])).status).toBe(2);
    expect(await listed()).toEqual([]);
  });
});

describe('what the CLI prints and does for every row', () => {
  it('prints nothing from the file that a terminal would act on', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Лист1');
    sheet.getRow(1).values = ['ФИО', 'Дата рождения'];
    sheet.getRow(2).values = ['Каримов Рустам', 'ESC[31mRED'];
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    // Excel writes a control character as _x001B_; the reader decodes it back into ESC.
    zip.file('xl/sharedStrings.xml', strings.replace('ESC', '_x001B_'));
    const xlsx = join(temp.dir, 'esc.xlsx');
    writeFileSync(xlsx, await zip.generateAsync({ type: 'nodebuffer' }));
    const dry = await cli(['import', '--vault', vault, '--in', xlsx, '--dry-run']);
    expect(dry.stdout).toContain('row 2, "Дата рождения": "[31mRED"');
    expect(dry.stdout.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    const json = await cli(['import', '--vault', vault, '--in', xlsx, '--dry-run', '--json']);
    expect(json.stdout.trim()).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(JSON.parse(json.stdout).report.problems[0].value).toBe('\u001b[31mRED');
  });

  it('--duplicates new imports every probable duplicate, not only those the dry run lists', async () => {
    const people = Array.from({ length: 505 }, (_, n) => ({ familyName: `Тестов${n}`, givenName: 'Тест' }));
    const seed = join(temp.dir, 'seed.json');
    writeFileSync(seed, JSON.stringify({ applicants: people }));
    await cli(['import', '--vault', vault, '--in', seed]);
    const csv = join(temp.dir, 'again.csv');
    writeFileSync(csv, encodedCsv(['Фамилия;Имя', ...people.map((p) => `${p.familyName};${p.givenName}`)], 'utf8'));
    const dry = await cli(['import', '--vault', vault, '--in', csv, '--dry-run']);
    expect(dry.stdout).toContain('Probable duplicates of people in the vault (505):');
    expect(dry.stdout).toContain('(+5 more, treated as --duplicates says)');
    const added = await cli(['import', '--vault', vault, '--in', csv, '--duplicates', 'new']);
    expect(added.stdout).toContain('Imported 505 applicants');
    expect((await listed()).length).toBe(1010);
  });
});
