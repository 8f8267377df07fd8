import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/**
 * Spreadsheets as offices keep them, made in the test (never real people): a title above the
 * table, headers merged across columns with sub-headers under them, dates stored as Excel serial
 * numbers, and CSVs saved by Russian-locale Excel.
 */
export interface OfficeRow {
  name: string;
  sex?: string;
  /** An Excel serial number (stored with a date format), a year as a number, or text. */
  born?: number | string;
  citizenship?: string;
  languages?: string;
  status?: string;
  refusedOn?: string;
  certificate?: string;
  validUntil?: string;
  remark?: string;
}

/** Excel's day count for a date, as a workbook stores it (30.12.1899 is day 0). */
export function excelSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const HEADERS = ['№', 'ФИО', 'Пол', 'Дата рождения', 'Гражданство', 'Язык', 'Статус', 'Дата отказа'];

export async function officeWorkbook(
  rows: readonly OfficeRow[],
  options: { extraSheet?: boolean; extraColumns?: { header: string; values: readonly string[] }[] } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Заявители');
  sheet.getCell('A1').value = 'Список заявителей бюро на 01.05.2026';
  sheet.mergeCells('A1:K1');
  // Row 2: the headers; «Удостоверение» spans two columns with its sub-headers in row 3, the
  // others span both rows.
  HEADERS.forEach((header, index) => {
    const cell = sheet.getCell(2, index + 1);
    cell.value = header;
    sheet.mergeCells(2, index + 1, 3, index + 1);
  });
  sheet.getCell(2, 9).value = 'Удостоверение';
  sheet.mergeCells(2, 9, 2, 10);
  sheet.getCell(3, 9).value = 'Номер удостоверения';
  sheet.getCell(3, 10).value = 'Срок действия';
  sheet.getCell(2, 11).value = 'Примечание';
  sheet.mergeCells(2, 11, 3, 11);
  rows.forEach((row, index) => {
    const r = sheet.getRow(index + 4);
    const values = [
      index + 1,
      row.name,
      row.sex,
      row.born,
      row.citizenship,
      row.languages,
      row.status,
      row.refusedOn,
      row.certificate,
      row.validUntil,
      row.remark,
    ];
    values.forEach((value, column) => {
      if (value !== undefined) r.getCell(column + 1).value = value;
    });
    if (typeof row.born === 'number' && row.born > 3000) r.getCell(4).numFmt = 'dd.mm.yyyy';
  });
  (options.extraColumns ?? []).forEach((extra, index) => {
    const column = 12 + index;
    sheet.getCell(2, column).value = extra.header;
    sheet.mergeCells(2, column, 3, column);
    extra.values.forEach((value, row) => {
      sheet.getCell(row + 4, column).value = value;
    });
  });
  if (options.extraSheet) workbook.addWorksheet('Архив').getCell('A1').value = 'ФИО';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Lines joined as Excel writes a CSV: CRLF, in the encoding given (win1251, utf16le with its BOM). */
export function encodedCsv(lines: readonly string[], encoding: 'win1251' | 'utf16le' | 'utf8'): Buffer {
  const text = `${lines.join('\r\n')}\r\n`;
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
  return iconv.encode(text, encoding);
}
