import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/contract';
import { REPORT_LIST_MAX } from '../../shared/import/importLimits';
import { type Core, createCore } from '../api/createCore';
import { encodedCsv, excelSerial, type OfficeRow, officeWorkbook } from '../testing/spreadsheetFixtures';
import { fileContainsText, makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { readXlsx } from './readXlsx';

let temp: { dir: string; cleanup(): void };
let core: Core;
let vaultPath: string;
let exportsDir: string;

beforeEach(async () => {
  temp = makeTempDir();
  vaultPath = join(temp.dir, 'office.panoh');
  exportsDir = join(temp.dir, 'exports');
  core = createCore({ vaultPath, scrypt: TEST_SCRYPT, exportsDir });
  await core.invoke('vault.create', { passphrase: 'импорт списков бюро тест' });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

function put(name: string, bytes: Buffer): string {
  const path = join(temp.dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function open(name: string, bytes: Buffer) {
  return core.invokeMainOnly('import.openFile', { path: put(name, bytes) });
}

async function openSheet(name: string, bytes: Buffer) {
  const file = await open(name, bytes);
  if (file.format === 'json') throw new Error('expected a spreadsheet');
  return file;
}

const ROWS: OfficeRow[] = [
  {
    name: 'Абдурахмонов Рустам Ахмедович',
    sex: 'м',
    born: excelSerial('1989-05-14'),
    citizenship: 'РУз',
    languages: 'узбекский, русский',
    status: 'отказ',
    refusedOn: '03.02.2026',
    certificate: '0012345',
    validUntil: '14.08.2026',
    remark: 'Вымышленный человек для теста',
  },
  {
    name: 'Турсунова Малика',
    sex: 'ж',
    born: 1994,
    citizenship: 'Таджикистан',
    languages: 'тадж.',
    status: 'обжалование',
  },
  { name: 'Ван Мин', sex: 'male', born: 'май 1990', citizenship: 'КНР', status: 'на рассмотрении' },
];

async function count(): Promise<number> {
  return (await core.invoke('applicants.list', {})).total;
}

describe('spreadsheet import', () => {
  it('reads an .xlsx with a title, merged two-row headers and serial dates, and proposes the mapping', async () => {
    const file = await openSheet('список.xlsx', await officeWorkbook(ROWS, { extraSheet: true }));
    expect(file).toMatchObject({
      format: 'xlsx',
      sheets: ['Заявители', 'Архив'],
      sheet: 'Заявители',
      headerRows: [2, 3],
      rows: 3,
    });
    expect(file.columns.map((c) => c.header)).toEqual([
      '№',
      'ФИО',
      'Пол',
      'Дата рождения',
      'Гражданство',
      'Язык',
      'Статус',
      'Дата отказа',
      'Удостоверение / Номер удостоверения',
      'Удостоверение / Срок действия',
      'Примечание',
    ]);
    expect(file.proposed.columns.map((c) => c.target)).toEqual([
      'ignore',
      'fullName',
      'sex',
      'birthDate',
      'citizenship',
      'languages',
      'caseStatus',
      'refusalDate',
      'certificateNumber',
      'certificateExpiresOn',
      'notes',
    ]);
    const preview = await core.invoke('import.preview', { token: file.token, mapping: file.proposed });
    expect(preview.rows[0]).toMatchObject({
      row: 4,
      familyName: 'Абдурахмонов',
      givenName: 'Рустам',
      patronymic: 'Ахмедович',
      sex: 'male',
      birthDate: '1989-05-14',
      citizenship: ['UZ'],
      languages: ['uz', 'ru'],
      caseStatus: 'refused',
      documents: [{ kind: 'asylum_certificate', number: '0012345', expiresOn: '2026-08-14' }],
      events: [{ type: 'decision', date: '2026-02-03' }],
      notes: 'Вымышленный человек для теста',
      problems: [],
    });
    expect(preview.rows[1]).toMatchObject({
      birthDate: '1994',
      citizenship: ['TJ'],
      languages: ['tg'],
      caseStatus: 'appeal',
    });
    expect(preview.rows[2]).toMatchObject({ birthDate: '1990-05', citizenship: ['CN'], caseStatus: 'asylum_pending' });
    expect(preview.valueTables.find((t) => t.table === 'sex')?.values).toEqual([
      { written: 'м', value: 'male' },
      { written: 'ж', value: 'female' },
      { written: 'male', value: 'male' },
    ]);

    const other = await core.invoke('import.describe', { token: file.token, read: { sheet: 'Архив' } });
    expect(other).toMatchObject({ sheet: 'Архив', rows: 0 });
  });

  it('imports all of it in one transaction, with timeline events, progress and one audit entry', async () => {
    const progress: string[] = [];
    core.close();
    core = createCore({
      vaultPath,
      scrypt: TEST_SCRYPT,
      exportsDir,
      emit: (event, payload) => {
        if (event === 'import.progress') progress.push((payload as { phase: string }).phase);
      },
    });
    await core.invoke('vault.unlock', { passphrase: 'импорт списков бюро тест' });
    const file = await openSheet('список.xlsx', await officeWorkbook(ROWS));
    const report = await core.invoke('import.dryRun', { token: file.token, mapping: file.proposed });
    expect(report).toMatchObject({ rows: 3, ready: 3, events: 1, refusedRows: 0, duplicateCount: 0 });
    expect(await count()).toBe(0);
    const result = await core.invoke('import.commit', { token: file.token, mapping: file.proposed });
    expect(result).toMatchObject({ imported: { applicants: 3, events: 1 }, merged: 0, skipped: 0 });
    // The vault did not change since the dry run, so its check is taken as it is, not made again.
    expect(new Set(progress)).toEqual(new Set(['reading', 'writing']));
    const found = await core.invoke('search.query', { text: 'Abdurakhmonov' });
    const id = found.applicants[0]?.applicant.id ?? '';
    const { applicant, events } = await core.invoke('applicants.get', { id });
    expect(applicant).toMatchObject({ familyName: 'Абдурахмонов', citizenship: ['UZ'], sex: 'male' });
    expect(events.map((e) => e.event)).toEqual([{ type: 'decision', decidedOn: '2026-02-03', outcome: 'refused' }]);
    const audit = await core.invoke('audit.list', { limit: 500 });
    expect(audit.filter((e) => e.action === 'import')).toEqual([
      expect.objectContaining({
        detail: { format: 'xlsx', applicants: 3, events: 1, incidents: 0, merged: 0, skipped: 0 },
      }),
    ]);
    // The token is spent: the same file cannot be imported twice by a double click.
    await expect(core.invoke('import.commit', { token: file.token, mapping: file.proposed })).rejects.toMatchObject({
      code: 'IMPORT_EXPIRED',
    });
    expect(fileContainsText(vaultPath, 'Абдурахмонов')).toBe(false);
  });

  it('checks again when the vault changed after the dry run, and sees the new duplicate', async () => {
    const file = await openSheet('a.csv', encodedCsv(['Фамилия;Имя', 'Садыков;Ильяс'], 'utf8'));
    expect(await core.invoke('import.dryRun', { token: file.token, mapping: file.proposed })).toMatchObject({
      duplicateCount: 0,
    });
    await core.invoke('applicants.create', { fields: { familyName: 'Садыков', givenName: 'Ильяс' } });
    const result = await core.invoke('import.commit', { token: file.token, mapping: file.proposed });
    expect(result).toMatchObject({ imported: { applicants: 0 }, skipped: 1 });
    expect(await count()).toBe(1);
  });

  it('reads a Windows-1251 CSV with semicolons, and says so', async () => {
    const csv = encodedCsv(
      [
        'ФИО;Дата рождения;Гражданство;Пол;Статус',
        'Каримов Бахтиёр;4.5.89;РУз;муж.;Отказ',
        '"Назарова; Гулнора";1991;Таджикистан;жен.;закрыто',
      ],
      'win1251',
    );
    const file = await openSheet('из-excel.csv', csv);
    expect(file).toMatchObject({ format: 'csv', encoding: 'windows-1251', delimiter: ';', rows: 2 });
    const preview = await core.invoke('import.preview', { token: file.token, mapping: file.proposed });
    expect(preview.rows.map((r) => [r.familyName, r.birthDate, r.citizenship, r.sex, r.caseStatus])).toEqual([
      ['Каримов', '1989-05-04', ['UZ'], 'male', 'refused'],
      ['Назарова', '1991', ['TJ'], 'female', 'closed'],
    ]);
    // Read as UTF-8 on purpose, the same bytes are refused with the encoding named.
    await expect(
      core.invoke('import.describe', { token: file.token, read: { encoding: 'utf-8' } }),
    ).rejects.toMatchObject({ code: 'IMPORT_ENCODING', params: { encoding: 'utf-8' } });
  });

  it('reads a UTF-16 CSV (Excel’s “Unicode text”, tab-separated) and a KOI8-R one when told', async () => {
    const file = await openSheet(
      'unicode.csv',
      encodedCsv(['Фамилия\tИмя\tГражданство\tЯзык', 'Gʻofurov\tOʻtkir\tOʻzbekiston\tuz'], 'utf16le'),
    );
    expect(file).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    const preview = await core.invoke('import.preview', { token: file.token, mapping: file.proposed });
    expect(preview.rows[0]).toMatchObject({
      familyName: 'Gʻofurov',
      givenName: 'Oʻtkir',
      citizenship: ['UZ'],
      languages: ['uz'],
    });

    const koi = Buffer.from(require('iconv-lite').encode('Фамилия,Гражданство\r\nЮсупов,Киргизия\r\n', 'koi8-r'));
    const old = await openSheet('old.csv', koi);
    const read = { encoding: 'koi8-r' as const };
    const info = await core.invoke('import.describe', { token: old.token, read });
    const rows = (await core.invoke('import.preview', { token: old.token, read, mapping: info.proposed })).rows;
    expect(rows[0]).toMatchObject({ familyName: 'Юсупов', citizenship: ['KG'] });
  });

  it('refuses a file with a bad date in row 57, naming the row and the column, and writes nothing', async () => {
    const lines = ['ФИО;Дата рождения;Гражданство'];
    for (let n = 2; n <= 60; n += 1) lines.push(`Тестов${n} Тест;${n === 57 ? '31.02.1990' : '01.01.1990'};UZ`);
    const file = await openSheet('список.csv', encodedCsv(lines, 'utf8'));
    const before = (await core.invoke('audit.list', { limit: 500 })).length;
    const report = await core.invoke('import.dryRun', { token: file.token, mapping: file.proposed });
    expect(report).toMatchObject({ rows: 59, ready: 58, refusedRows: 1, problemCount: 1 });
    expect(report.problems).toEqual([{ row: 57, header: 'Дата рождения', value: '31.02.1990', issue: 'invalidDate' }]);
    await expect(core.invoke('import.commit', { token: file.token, mapping: file.proposed })).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      fields: [{ path: 'row.57.Дата рождения', issue: 'invalidDate' }],
    });
    expect(await count()).toBe(0);
    expect((await core.invoke('audit.list', { limit: 500 })).length).toBe(before);
  });

  it('lists rows that match people already in the vault across scripts; skip, new or merge per row', async () => {
    const { id: existing } = await core.invoke('applicants.create', {
      fields: { familyName: 'Абдурахмонов', givenName: 'Рустам', birthDate: '1989-05-14', citizenship: ['UZ'] },
    });
    const csv = encodedCsv(
      [
        'Фамилия,Имя,Дата рождения,Язык,Дата задержания',
        'Abdurakhmonov,Rustam,14.05.1989,uz,02.03.2026',
        'Abdurahmonov,Rustam,1989,ru,',
        'Юлдашев,Санжар,1970,,',
      ],
      'utf8',
    );
    const file = await openSheet('latin.csv', csv);
    const report = await core.invoke('import.dryRun', { token: file.token, mapping: file.proposed });
    expect(report.duplicates.map((d) => [d.row, d.familyName, d.candidates.map((c) => c.applicant.id)])).toEqual([
      [2, 'Abdurakhmonov', [existing]],
      [3, 'Abdurahmonov', [existing]],
    ]);
    const decisions: MethodInput<'import.commit'>['decisions'] = [
      { row: 2, action: 'merge', into: existing },
      { row: 3, action: 'skip' },
    ];
    const result = await core.invoke('import.commit', { token: file.token, mapping: file.proposed, decisions });
    expect(result).toMatchObject({ imported: { applicants: 1, events: 1 }, merged: 1, skipped: 1 });
    const merged = await core.invoke('applicants.get', { id: existing });
    expect(merged.applicant).toMatchObject({
      familyName: 'Абдурахмонов',
      languages: ['uz'],
      aliases: ['Abdurakhmonov Rustam'],
    });
    expect(merged.events.map((e) => e.event.type)).toEqual(['detention']);
    expect(await count()).toBe(2);
  });

  it('merges only into a person the check offered', async () => {
    const { id: other } = await core.invoke('applicants.create', { fields: { familyName: 'Другой' } });
    await core.invoke('applicants.create', { fields: { familyName: 'Садыков' } });
    const file = await openSheet('a.csv', encodedCsv(['Фамилия', 'Садыков'], 'utf8'));
    await expect(
      core.invoke('import.commit', {
        token: file.token,
        mapping: file.proposed,
        decisions: [{ row: 2, action: 'merge', into: other }],
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await count()).toBe(2);
  });

  it('lets the lawyer correct a mapping and a value table, and saves the mapping by name', async () => {
    const csv = encodedCsv(['Фамилия;Состояние;Кто ведёт', 'Рахимов;в работе;Иванова'], 'utf8');
    const file = await openSheet('a.csv', csv);
    expect(file.proposed.columns.map((c) => c.target)).toEqual(['familyName', 'ignore', 'ignore']);
    const mapping = {
      columns: [
        { header: 'Фамилия', target: 'familyName' as const },
        { header: 'Состояние', target: 'caseStatus' as const },
        { header: 'Кто ведёт', target: 'ignore' as const },
      ],
      unmappedToNotes: true,
    };
    const first = await core.invoke('import.preview', { token: file.token, mapping });
    expect(first.rows[0]?.problems).toEqual([
      { row: 2, header: 'Состояние', value: 'в работе', issue: 'unknownValue' },
    ]);
    expect(first.valueTables).toEqual([
      { table: 'caseStatus', header: 'Состояние', values: [{ written: 'в работе' }] },
    ]);
    const corrected = { ...mapping, values: { caseStatus: { 'в работе': 'appeal' } } };
    const second = await core.invoke('import.preview', { token: file.token, mapping: corrected });
    expect(second.rows[0]).toMatchObject({ caseStatus: 'appeal', notes: 'Кто ведёт: Иванова', problems: [] });

    await core.invoke('import.saveMapping', { name: 'Список бюро', mapping: corrected });
    const saved = await core.invoke('import.mappings', {});
    expect(saved).toEqual([
      expect.objectContaining({ name: 'Список бюро', mapping: { ...corrected, unmappedToNotes: true } }),
    ]);
    await expect(
      core.invoke('import.saveMapping', { name: 'x', mapping: { columns: [], values: { sex: { м: 'мужчина' } } } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await core.invoke('import.deleteMapping', { name: 'Список бюро' });
    expect(await core.invoke('import.mappings', {})).toEqual([]);
  });

  it('refuses hostile files instead of dropping data', async () => {
    const wide = await open('wide.csv', encodedCsv(['Фамилия,Имя', 'Ахмедов,Фарход,лишнее'], 'utf8')).catch((e) => e);
    expect(wide).toMatchObject({ code: 'IMPORT_ROW_TOO_WIDE', params: { row: 2, column: 'C' } });
    const twice = await open('twice.csv', encodedCsv(['Фамилия,Дата,Дата', 'А,1,2'], 'utf8')).catch((e) => e);
    expect(twice).toMatchObject({ code: 'IMPORT_HEADER_TWICE', params: { header: 'Дата', first: 'B', second: 'C' } });
    const unnamed = await open('unnamed.csv', encodedCsv(['Фамилия,,Имя', 'А,x,Б'], 'utf8')).catch((e) => e);
    expect(unnamed).toMatchObject({ code: 'IMPORT_HEADER_MISSING', params: { column: 'B' } });
    const long = await open('long.csv', encodedCsv(['Фамилия', 'Ж'.repeat(20_001)], 'utf8')).catch((e) => e);
    expect(long).toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    const fake = await open('fake.xlsx', Buffer.from('ФИО;Дата\n')).catch((e) => e);
    expect(fake).toMatchObject({ code: 'IMPORT_UNREADABLE' });
    const binary = await open('binary.csv', Buffer.from([0x46, 0x00, 0x01, 0x02, 0x03, 0x9f, 0x00, 0xff])).catch(
      (e) => e,
    );
    expect(binary).toMatchObject({ code: 'IMPORT_ENCODING' });

    // A zip bomb: a few kilobytes that inflate far past the bound are refused before exceljs reads them.
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(8 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(readXlsx(bomb, undefined, 1024 * 1024)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect(await count()).toBe(0);
  });

  it('keeps the JSON format of DESIGN.md section 7 working through the same screen', async () => {
    const demo = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'));
    const file = await open('demo.json', demo);
    expect(file.format).toBe('json');
    const report = await core.invoke('import.dryRun', { token: file.token });
    expect(report).toMatchObject({ rows: 6, ready: 6, refusedRows: 0 });
    expect(await count()).toBe(0);
    const result = await core.invoke('import.commit', { token: file.token });
    expect(result.imported).toEqual({ applicants: 6, events: 19, incidents: 2 });
  });

  it('writes no plaintext temporary file while reading, importing and exporting', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'panoh-tmp-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      const file = await openSheet('список.xlsx', await officeWorkbook(ROWS));
      await core.invoke('import.commit', { token: file.token, mapping: file.proposed });
      await core.invoke('applicants.exportXlsx', { query: {}, language: 'ru' });
      expect(readdirSync(scratch)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('applicant list to .xlsx', () => {
  it('writes the list’s columns with the filters applied, as text, and audits it without a name', async () => {
    await core.invoke('applicants.create', {
      fields: {
        familyName: 'Абдуллаева',
        givenName: 'Нигора',
        birthDate: '1990-03-08',
        citizenship: ['UZ'],
        caseStatus: 'refused',
      },
    });
    await core.invoke('applicants.create', { fields: { familyName: '=HYPERLINK("x")', caseStatus: 'refused' } });
    await core.invoke('applicants.create', { fields: { familyName: 'Другой', caseStatus: 'closed' } });
    const { path, rows } = await core.invoke('applicants.exportXlsx', {
      query: { status: 'refused', namePrefix: '' },
      language: 'ru',
    });
    expect(rows).toBe(2);
    expect(path.startsWith(exportsDir)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('the export has no sheet');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['ФИО', 'Дата рождения', 'Гражданство', 'Статус дела', 'Юрист', 'Изменено']);
    expect(values(2).slice(0, 4)).toEqual(['=HYPERLINK("x")', '', '', expect.any(String)]);
    expect(values(3).slice(0, 3)).toEqual(['Абдуллаева Нигора', '08.03.1990', 'Узбекистан']);
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    const entry = (await core.invoke('audit.list', { limit: 1 }))[0];
    expect(entry).toMatchObject({
      action: 'export',
      fields: ['filter.status'],
      detail: { report: 'applicantList', format: 'xlsx', rows: 2 },
    });
    expect(JSON.stringify(entry)).not.toContain('Абдуллаева');
  });
});

/** A one-sheet workbook written by exceljs: `build` fills it. */
async function workbookOf(build: (sheet: ExcelJS.Worksheet) => void, name = 'Лист1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet(name));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workbook with its shared strings rewritten, as a file not written by exceljs may hold them. */
async function withSharedStrings(bytes: Buffer, rewrite: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('xl/sharedStrings.xml', rewrite((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('nothing dropped or guessed without a word', () => {
  it('reads two-digit years by what the column holds, refuses one that fits nothing, and says which it read', async () => {
    const thisYear = new Date().getFullYear();
    const yy = (offset: number) => String((thisYear + offset) % 100).padStart(2, '0');
    const csv = encodedCsv(
      [
        'ФИО;Дата рождения;Срок действия;Дата отказа',
        `Каримов Бахтиёр;4.5.89;14.08.${yy(1)};03.02.${yy(0)}`,
        `Назарова Гулнора;01.01.1990;14.08.${yy(1)};03.02.${yy(1)}`,
      ],
      'utf8',
    );
    const file = await openSheet('годы.csv', csv);
    const report = await core.invoke('import.dryRun', { token: file.token, mapping: file.proposed });
    // Next year's expiry is next year, not a century ago; a refusal dated next year is no date at all.
    expect(report.problems).toEqual([
      { row: 3, header: 'Дата отказа', value: `03.02.${yy(1)}`, issue: 'ambiguousYear' },
    ]);
    expect(report.twoDigitYears).toEqual([
      {
        header: 'Дата рождения',
        count: 1,
        from: thisYear - 99,
        to: thisYear,
        example: { row: 2, written: '4.5.89', date: '1989-05-04' },
      },
      {
        header: 'Срок действия',
        count: 2,
        from: thisYear - 30,
        to: thisYear + 20,
        example: { row: 2, written: `14.08.${yy(1)}`, date: `${thisYear + 1}-08-14` },
      },
      expect.objectContaining({ header: 'Дата отказа', count: 1, example: expect.objectContaining({ row: 2 }) }),
    ]);
    const preview = await core.invoke('import.preview', { token: file.token, mapping: file.proposed });
    expect(preview.rows[0]?.documents).toEqual([{ kind: 'asylum_certificate', expiresOn: `${thisYear + 1}-08-14` }]);
  });

  it('refuses two columns on one field in the mapping, and joins columns a list or a phone takes', async () => {
    const csv = encodedCsv(
      ['ФИО;Фамилия;Телефон;Телефон 2', 'Каримов Рустам;Karimov;+7 701 000 0001;+7 702 000 0002'],
      'utf8',
    );
    const file = await openSheet('два.csv', csv);
    const twice = {
      columns: [
        { header: 'ФИО', target: 'fullName' as const },
        { header: 'Фамилия', target: 'familyName' as const },
      ],
    };
    await expect(core.invoke('import.preview', { token: file.token, mapping: twice })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ path: 'mapping.columns.1.target', issue: 'targetTwice' }],
    });
    const phones = {
      columns: [
        { header: 'ФИО', target: 'fullName' as const },
        { header: 'Фамилия', target: 'aliases' as const },
        { header: 'Телефон', target: 'phone' as const },
        { header: 'Телефон 2', target: 'phone' as const },
      ],
    };
    await core.invoke('import.commit', { token: file.token, mapping: phones });
    const [person] = (await core.invoke('applicants.list', {})).rows;
    const { applicant } = await core.invoke('applicants.get', { id: person?.id ?? '' });
    expect(applicant).toMatchObject({
      familyName: 'Каримов',
      aliases: ['Karimov'],
      phone: '+7 701 000 0001, +7 702 000 0002',
    });
  });

  it('takes a merged header with data right under it as one header per column, and keeps that first row', async () => {
    const bytes = await workbookOf((sheet) => {
      sheet.getCell('A1').value = 'ФИО';
      sheet.mergeCells('A1:C1');
      sheet.getCell('D1').value = 'Дата рождения';
      sheet.getRow(2).values = ['Каримов', 'Рустам', 'Ахмедович', '14.05.1989'];
      sheet.getRow(3).values = ['Назарова', 'Гулнора', '', '01.01.1990'];
    });
    const file = await openSheet('слитый.xlsx', bytes);
    expect(file.headerRows).toEqual([1]);
    expect(file.columns.map((c) => c.header)).toEqual(['ФИО', 'ФИО (2)', 'ФИО (3)', 'Дата рождения']);
    expect(file.rows).toBe(2);
    expect(JSON.stringify(file)).not.toContain('ФИО / Каримов');
  });

  it('takes a formula by its stored result, and refuses one stored without it, and an error cell', async () => {
    const bytes = await workbookOf((sheet) => {
      sheet.getRow(1).values = ['Фамилия', 'Имя', 'Гражданство'];
      sheet.getCell('A2').value = { formula: 'UPPER("Каримов")', result: 'КАРИМОВ' };
      sheet.getCell('B2').value = 'Рустам';
      sheet.getCell('C2').value = 'UZ';
      sheet.getCell('A3').value = { formula: 'D3&" "&E3' } as ExcelJS.CellFormulaValue;
      sheet.getCell('B3').value = { formula: 'E3' } as ExcelJS.CellFormulaValue;
      sheet.getCell('A4').value = 'Назарова';
      sheet.getCell('C4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    });
    const file = await openSheet('формулы.xlsx', bytes);
    const report = await core.invoke('import.dryRun', { token: file.token, mapping: file.proposed });
    expect(report).toMatchObject({ rows: 3, ready: 1, refusedRows: 2 });
    expect(report.problems).toEqual([
      { row: 3, header: 'Фамилия', value: '=D3&" "&E3', issue: 'formulaWithoutValue' },
      { row: 3, header: 'Имя', value: '=E3', issue: 'formulaWithoutValue' },
      { row: 4, header: 'Гражданство', value: '#N/A', issue: 'cellError' },
    ]);
    const preview = await core.invoke('import.preview', { token: file.token, mapping: file.proposed });
    expect(preview.rows[0]).toMatchObject({ familyName: 'КАРИМОВ', citizenship: ['UZ'] });
  });

  it('refuses a header too long to map by, with its column, and hidden characters in a header or a sheet name', async () => {
    const long = await open('длинный.csv', encodedCsv([`Фамилия;${'Ж'.repeat(400)}`, 'Каримов;x'], 'utf8')).catch(
      (e) => e,
    );
    expect(long).toMatchObject({ code: 'IMPORT_TOO_LARGE', params: { what: 'header', column: 'B', max: 300 } });
    // Excel writes a control character in a cell as _x001B_, and the reader decodes it.
    const controlled = await withSharedStrings(
      await workbookOf((sheet) => {
        sheet.getRow(1).values = ['Фамилия', 'ESC[31mИмя'];
      }),
      (xml) => xml.replace('ESC', '_x001B_'),
    );
    expect(await open('esc.xlsx', controlled).catch((e) => e)).toMatchObject({
      code: 'IMPORT_UNREADABLE',
      params: { what: 'header', column: 'B' },
    });
    const bidi = await workbookOf((sheet) => {
      sheet.getRow(1).values = ['Фамилия'];
    }, 'Лист\u202E1');
    expect(await open('bidi.xlsx', bidi).catch((e) => e)).toMatchObject({
      code: 'IMPORT_UNREADABLE',
      params: { what: 'sheet' },
    });
  });

  it('refuses a FIFO and a device without waiting on them or reading them whole', async () => {
    const fifo = join(temp.dir, 'список.csv');
    execFileSync('mkfifo', [fifo]);
    await expect(core.invokeMainOnly('import.openFile', { path: fifo })).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
    });
    await expect(core.invokeMainOnly('import.openFile', { path: '/dev/zero' })).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
    });
  });

  it('applies the default for duplicates to every row, past the ones the dry run lists', async () => {
    const people = Array.from({ length: REPORT_LIST_MAX + 5 }, (_, n) => ({
      familyName: `Тестов${n}`,
      givenName: 'Тест',
    }));
    await core.invoke('import.run', { format: 'json', content: JSON.stringify({ applicants: people }) });
    const csv = encodedCsv(['Фамилия;Имя', ...people.map((p) => `${p.familyName};${p.givenName}`)], 'utf8');
    const file = await openSheet('ещё раз.csv', csv);
    const report = await core.invoke('import.dryRun', { token: file.token, mapping: file.proposed });
    expect(report).toMatchObject({ duplicateCount: REPORT_LIST_MAX + 5 });
    expect(report.duplicates).toHaveLength(REPORT_LIST_MAX);
    const result = await core.invoke('import.commit', {
      token: file.token,
      mapping: file.proposed,
      defaultAction: 'new',
    });
    expect(result).toMatchObject({ imported: { applicants: REPORT_LIST_MAX + 5 }, skipped: 0 });
  });
});
