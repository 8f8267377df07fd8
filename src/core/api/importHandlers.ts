import type { z } from 'zod';
import type { importMainOnlyMethods, importMethods, importShellMethods } from '../../shared/api/importMethods';
import type { ColumnMapping, ImportProgress, ReadOptions } from '../../shared/import/spreadsheetImport';
import { exportApplicantList } from '../import/exportApplicantList';
import { importRecords, parseImport } from '../import/importRecords';
import { describeTable, type HeldFile, type ImportFiles, openedFile } from '../import/importSession';
import { proposeMapping } from '../import/proposeMapping';
import { deleteMapping, listMappings, saveMapping } from '../import/savedMappings';
import { commitImport, dryRunImport, previewImport } from '../import/spreadsheetImport';
import type { Workspace } from '../records/workspace';
import type { ExportTarget } from '../reports/reportService';
import { throttledProgress } from './syncHandlers';

type Methods = Omit<typeof importMethods, (typeof importShellMethods)[number]>;
type Handlers<T extends Record<string, { input: z.ZodType; output: z.ZodType }>> = {
  [M in keyof T]: (input: z.output<T[M]['input']>) => z.output<T[M]['output']> | Promise<z.output<T[M]['output']>>;
};

function jsonDocument(file: HeldFile) {
  return parseImport('json', Buffer.from(file.bytes).toString('utf8'));
}

/** The import screen's steps over the file the core holds (ImportFiles), and the list's export. */
export function importHandlers(
  ws: () => Workspace,
  files: ImportFiles,
  target: () => ExportTarget,
  progress: (progress: ImportProgress) => void,
): Handlers<Methods> {
  /** Without a mapping (the CLI with no --mapping), the one Panoh proposes. */
  const mappingOr = async (token: string, read: ReadOptions, given: ColumnMapping | undefined) =>
    given ?? proposeMapping((await files.table(token, read)).table.headers);

  return {
    'import.describe': async ({ token, read }) => describeTable(await files.table(token, read)),
    'import.preview': async ({ token, read, mapping }) =>
      previewImport((await files.table(token, read)).table, mapping),
    'import.dryRun': async ({ token, read, mapping }) => {
      const file = files.get(token);
      if (file.format === 'json') {
        const doc = jsonDocument(file);
        const events = doc.applicants.reduce((n, a) => n + a.events.length, 0);
        const rows = doc.applicants.length;
        return {
          rows,
          ready: rows,
          events,
          refusedRows: 0,
          problems: [],
          problemCount: 0,
          duplicates: [],
          duplicateCount: 0,
          twoDigitYears: [],
        };
      }
      const { table } = await files.table(token, read);
      return dryRunImport(ws(), table, await mappingOr(token, read, mapping), files.rememberCheck(token, read));
    },
    'import.commit': async ({ token, read, mapping, decisions, defaultAction }) => {
      const file = files.get(token);
      const send = throttledProgress(progress);
      if (file.format === 'json') {
        send({ phase: 'writing', done: 0, total: 1 });
        const result = importRecords(ws(), jsonDocument(file), 'json');
        send({ phase: 'writing', done: 1, total: 1 });
        files.forget();
        return { ...result, merged: 0, skipped: 0 };
      }
      send({ phase: 'reading', done: 0, total: 1 });
      const { table } = await files.table(token, read);
      const result = commitImport(
        ws(),
        table,
        { mapping: await mappingOr(token, read, mapping), decisions, defaultAction, format: file.format },
        send,
        files.rememberCheck(token, read),
      );
      files.forget();
      return result;
    },
    'import.forget': ({ token }) => {
      if (files.get(token)) files.forget();
      return {};
    },
    'import.mappings': () => listMappings(ws()),
    'import.saveMapping': ({ name, mapping }) => {
      saveMapping(ws(), name, mapping);
      return {};
    },
    'import.deleteMapping': ({ name }) => {
      deleteMapping(ws(), name);
      return {};
    },
    'applicants.exportXlsx': (request) => exportApplicantList(ws(), request, target()),
  };
}

/** The main process hands over the path the lawyer chose in the open dialog. */
export function importMainOnlyHandlers(files: ImportFiles): Handlers<typeof importMainOnlyMethods> {
  return {
    'import.openFile': ({ path }) => openedFile(files, files.open(path)),
  };
}
