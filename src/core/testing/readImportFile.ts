/**
 * Reads one import file as the core does (ImportFiles: the bounded read, the format by content,
 * the sheet, the table) and prints what came of it as one JSON line. Run by importBounds.test.ts in
 * a process whose heap is capped, so that a reader that builds too much dies instead of passing.
 */
import { PanohError } from '../../shared/errors';
import { ImportFiles } from '../import/importSession';

async function main(path: string): Promise<void> {
  const files = new ImportFiles();
  try {
    const file = files.open(path);
    const { table } = await files.table(file.token, {});
    process.stdout.write(`${JSON.stringify({ rows: table.rows.length, columns: table.headers.length })}\n`);
  } catch (error) {
    if (!(error instanceof PanohError)) throw error;
    process.stdout.write(`${JSON.stringify({ code: error.code, params: error.params ?? {} })}\n`);
  }
}

void main(process.argv[2] ?? '');
