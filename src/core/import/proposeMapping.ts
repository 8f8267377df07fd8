import { type ColumnTargetId, columnTargetIds, columnTargets, fieldsOfTarget } from '../../shared/import/columnTargets';
import { foldHeader, foldKey } from '../../shared/import/fold';
import type { ColumnMapping } from '../../shared/import/spreadsheetImport';
import { HEADER_LEVELS } from './sheetGrid';

const byHeader = (() => {
  const map = new Map<string, ColumnTargetId>();
  for (const id of columnTargetIds) for (const header of columnTargets[id].headers) map.set(foldKey(header), id);
  return map;
})();

/** Longer names first, so «дата рождения» wins over «дата» in «Дата рождения заявителя». */
const prefixes = [...byHeader.entries()].filter(([name]) => name.length >= 5).sort((a, b) => b[0].length - a[0].length);

function exactTarget(header: string): ColumnTargetId | undefined {
  return byHeader.get(foldHeader(header)) ?? byHeader.get(foldKey(header));
}

function prefixTarget(header: string): ColumnTargetId | undefined {
  const key = foldHeader(header);
  return prefixes.find(([name]) => key.startsWith(`${name} `))?.[1];
}

/**
 * The target a header most likely means, or `ignore`. Under a merged header the sub-header is the
 * more specific name: «Удостоверение / Срок действия» is tried whole, then as «Срок действия».
 */
export function targetForHeader(header: string): ColumnTargetId {
  const sub = header.split(HEADER_LEVELS).at(-1) ?? header;
  return exactTarget(header) ?? exactTarget(sub) ?? prefixTarget(sub) ?? prefixTarget(header) ?? 'ignore';
}

/**
 * Panoh's first guess at a file's mapping. A field that takes one column only gets the first
 * column that asks for it («ФИО» takes the family name too); the others are proposed as not
 * imported, shown so on the screen and by the CLI for the lawyer to place.
 */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const filled = new Set<string>();
  const columns = headers
    .filter((header) => header !== '')
    .map((header) => {
      let target = targetForHeader(header);
      const { fields, several } = fieldsOfTarget(target);
      if (!several && fields.some((field) => filled.has(field))) target = 'ignore';
      else if (!several) for (const field of fields) filled.add(field);
      return { header, target };
    });
  return { columns, values: {}, unmappedToNotes: false };
}
