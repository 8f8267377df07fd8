import { targetsTwice } from '../../../../shared/import/columnTargets';
import type { ColumnMapping, SpreadsheetInfo } from '../../../../shared/import/spreadsheetImport';

/** Headers of the file's columns whose field an earlier column already fills, in the file's order. */
export function headersTwice(info: SpreadsheetInfo, mapping: ColumnMapping): Set<string> {
  const targetOf = (header: string) => mapping.columns.find((c) => c.header === header)?.target ?? 'ignore';
  const columns = info.columns.map((column) => ({ header: column.header, target: targetOf(column.header) }));
  return new Set(targetsTwice(columns).map((index) => columns[index]?.header ?? ''));
}
