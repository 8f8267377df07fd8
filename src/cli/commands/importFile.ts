import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { IMPORT_MAX_CHARS } from '../../shared/api/recordsMethods';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/** `import --in FILE.json|FILE.csv`: all or nothing, like the Import screen. */
export async function importFile(context: CliContext): Promise<number> {
  if (!context.inPath) throw new UsageError('import needs --in FILE.json or FILE.csv');
  const extension = extname(context.inPath).toLowerCase();
  if (extension !== '.json' && extension !== '.csv') throw new UsageError('--in must name a .json or .csv file');
  let content: string;
  try {
    content = readFileSync(context.inPath, 'utf8');
  } catch {
    throw new UsageError('cannot read the file given to --in');
  }
  if (content.length > IMPORT_MAX_CHARS) throw new UsageError('the import file is larger than 64 MB');
  const format = extension === '.json' ? 'json' : 'csv';
  const result = await withUnlockedCore(context, (core) => core.invoke('import.run', { format, content }));
  if (context.json) printJson(context, result);
  else {
    const { applicants, events, incidents } = result.imported;
    context.io.stdout(`Imported ${applicants} applicants, ${events} events, ${incidents} incidents.\n`);
  }
  return 0;
}
