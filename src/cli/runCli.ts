import { parseArgs } from 'node:util';
import { readableErrorParams } from '../shared/documents/fieldText';
import { PanohError } from '../shared/errors';
import {
  errorMessageKey,
  isMessageKey,
  type Language,
  languageSchema,
  type Translate,
  translate,
} from '../shared/i18n';
import { terminalSafe } from '../shared/text/terminalSafe';
import { applicantList, applicantSet, applicantShow } from './commands/applicantCommands';
import { backupCommand, restoreCommand } from './commands/backupCommands';
import { deadlinesCommand } from './commands/deadlinesCommand';
import { documentGenerate, documentTemplates } from './commands/documentCommands';
import { importFile } from './commands/importFile';
import {
  applicantPurge,
  officeRevoke,
  officeRotate,
  officeStatus,
  vaultNewRecoveryKey,
  vaultRekey,
} from './commands/protectionCommands';
import { reportCase, reportStats } from './commands/reportCommands';
import { searchCommand } from './commands/searchCommand';
import { travelEnd, travelStart, vaultErase } from './commands/seizureCommands';
import { conflictsList, officeCreate, officeJoin, syncExport, syncImport } from './commands/syncCommands';
import { vaultCheck } from './commands/vaultCheck';
import { vaultInit } from './commands/vaultInit';
import { type CliContext, type CliIo, UsageError } from './io';

type Command = (context: CliContext) => Promise<number>;

const commands: Record<string, Command> = {
  'vault init': vaultInit,
  'vault check': vaultCheck,
  'vault rekey': vaultRekey,
  'vault new-recovery-key': vaultNewRecoveryKey,
  'vault erase': vaultErase,
  'travel start': travelStart,
  'travel end': travelEnd,
  import: importFile,
  search: searchCommand,
  deadlines: deadlinesCommand,
  'report case': reportCase,
  'report stats': reportStats,
  'office create': officeCreate,
  'office join': officeJoin,
  'office rotate': officeRotate,
  'office revoke': officeRevoke,
  'office status': officeStatus,
  'sync export': syncExport,
  'sync import': syncImport,
  'conflicts list': conflictsList,
  backup: backupCommand,
  restore: restoreCommand,
  'applicant list': applicantList,
  'applicant show': applicantShow,
  'applicant set': applicantSet,
  'document templates': documentTemplates,
  'document generate': documentGenerate,
  'applicant purge': applicantPurge,
};

export const USAGE = `Usage: panoh <command> [options]

Commands:
  vault init      --vault FILE                 create an encrypted vault; prints the recovery key once
  vault check     --vault FILE                 check the cipher, the integrity, the header, the audit chain
                                               and its anchor, and the key file's MAC
  vault rekey     --vault FILE                 re-encrypt with a new data key: older .keys files stop working;
                                               prints the new recovery key once
  vault new-recovery-key --vault FILE          replace the recovery key; prints the new one once
  vault erase     --vault FILE --yes           emergency erase: the key file overwritten and removed; only a
                                               backup with its key file brings the data back
  travel start    --vault FILE --keep ID… --backup FILE   verified backup, then only the kept applicants
                                               stay on this laptop (removed here only); sync pauses
  travel end      --vault FILE --from BACKUP|BUNDLE   restore the rest from that backup or a colleague's
                                               full bundle (sync export --all); the trip's edits are kept
  import          --vault FILE --in FILE.json|.xlsx|.csv [--mapping FILE.json] [--dry-run]
                  all or nothing. For .xlsx and .csv Panoh proposes a column mapping (printed) unless
                  --mapping names one; --dry-run checks and prints the report, writing nothing;
                  rows like people already in the vault are skipped unless --duplicates new;
                  --sheet NAME picks a sheet, --encoding utf-8|utf-16le|utf-16be|windows-1251|koi8-r.
  applicant list  --vault FILE                 every applicant
  applicant show  --vault FILE --id ID         one applicant with the timeline
  applicant set   --vault FILE --id ID F=V…    edit fields as the form would (lists: a;b;c, empty: clear)
  applicant purge --vault FILE --id ID --yes   delete forever (withdrawn consent), here and on every laptop
  search          --vault FILE TEXT            find applicants by any spelling, document or phone number
  deadlines       --vault FILE [--due-before YYYY-MM-DD]   open deadlines and tasks, overdue first
  report case     --vault FILE --id ID --out FILE.pdf [--omit contact,…] [--include notes]   PDF case summary
                  (the lawyer's working notes only with --include notes)
  report stats    --vault FILE --from DATE --to DATE --out FILE.pdf|.csv [--threshold N (3 or more)]
                  Reports use --lang for their labels; PANOH_PDF_PASSWORD (12 characters or more)
                  encrypts the PDF (AES-256, revision 6); --out never replaces an existing file;
                  --created-at ISO fixes the creation time (byte-for-byte comparable output).
  office create   --vault FILE                 make the office sync key; prints its 24 words once
  office join     --vault FILE --key-file FILE join with the 24 words kept in FILE (also a changed key's)
  office status   --vault FILE                 this computer's fingerprint, the office key, the colleagues
  office rotate   --vault FILE                 a new office key, announced in the next bundles; prints its words
  office revoke   --vault FILE --device FINGERPRINT   refuse that computer from now on; the office key changes
  sync export     --vault FILE --out DIR [--all]   write an encrypted, signed bundle (since the last one)
  sync import     --vault FILE --in BUNDLE [--trust-device FINGERPRINT]
  conflicts list  --vault FILE                 open sync conflicts
  backup          --vault FILE --out FILE      encrypted, verified backup (FILE and FILE.keys)
  restore         --from FILE --vault FILE     restore a backup into a new vault file (never overwrites)
  document templates --vault FILE             the document templates (shipped and the office's own)
  document generate  --vault FILE --id ID --template ID --out FILE.docx [--lang ru|kk|en]
                     [--blanks-file FILE|-] [--set name=value…]
                  Drafts a Word document from the person's file into their files in the vault and
                  writes a copy to FILE.docx. The template's one-off questions are answered by
                  --blanks-file (a JSON object {"name": "text"}; - reads it from stdin), or --set for
                  what is not sensitive: arguments are visible to every user and kept in shell history.

Options:
  --vault FILE              the vault file (its key file is FILE.keys)
  --passphrase-file FILE    read the passphrase from FILE (otherwise PANOH_PASSPHRASE)
  --json                    print one JSON document on stdout
  --lang ru|kk|en           language of error messages (default: PANOH_LANG or en)
  --help                    this text

The passphrase is never accepted as an argument: arguments are visible to every user of the machine.
`;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      vault: { type: 'string' },
      'passphrase-file': { type: 'string' },
      in: { type: 'string' },
      id: { type: 'string' },
      'due-before': { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      threshold: { type: 'string' },
      omit: { type: 'string' },
      include: { type: 'string' },
      'created-at': { type: 'string' },
      'key-file': { type: 'string' },
      'trust-device': { type: 'string' },
      template: { type: 'string' },
      set: { type: 'string', multiple: true },
      device: { type: 'string' },
      'blanks-file': { type: 'string' },
      keep: { type: 'string', multiple: true },
      backup: { type: 'string' },
      all: { type: 'boolean' },
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean' },
      duplicates: { type: 'string' },
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      yes: { type: 'boolean' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
}

/** One line: the sentence, then each named field and its problem (never a value). */
function describeError(language: Language, error: PanohError): string {
  const t: Translate = (key, params) => translate(language, key, params);
  const sentence = t(errorMessageKey(error.code, error.params) ?? 'error.INTERNAL', readableErrorParams(t, error));
  const fields = (error.fields ?? []).slice(0, 10).map(({ path, issue }) => {
    const key = `form.${issue}`;
    const problem = isMessageKey(key) ? translate(language, key) : issue;
    return `${path || '(file)'}: ${problem}`;
  });
  const more = (error.fields?.length ?? 0) > 10 ? ` (+${(error.fields?.length ?? 0) - 10})` : '';
  return fields.length ? `${sentence} ${fields.join('; ')}${more}` : sentence;
}

function languageFrom(value: string | undefined): Language {
  const parsed = languageSchema.safeParse(value);
  return parsed.success ? parsed.data : 'en';
}

/**
 * Every line printed loses control and format characters: names come from bundles and imports,
 * and an escape sequence in one could rewrite the terminal's screen, title or clipboard.
 */
function terminalIo(io: CliIo): CliIo {
  const clean = (text: string) => text.split('\n').map(terminalSafe).join('\n');
  return { env: io.env, stdout: (text) => io.stdout(clean(text)), stderr: (text) => io.stderr(clean(text)) };
}

/** Runs one command and returns the exit status; prints exactly one line on stderr on failure. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io = terminalIo(rawIo);
  let language = languageFrom(io.env.PANOH_LANG);
  try {
    if (argv.some((arg) => arg === '--passphrase' || arg.startsWith('--passphrase='))) {
      throw new UsageError('--passphrase is not accepted; set PANOH_PASSPHRASE or use --passphrase-file FILE');
    }
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(argv);
    } catch (error) {
      throw new UsageError(
        error instanceof Error ? (error.message.split('\n')[0] ?? 'bad arguments') : 'bad arguments',
      );
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined) {
      if (!languageSchema.safeParse(values.lang).success) throw new UsageError('--lang must be ru, kk or en');
      language = languageFrom(values.lang);
    }
    if (values.help || positionals.length === 0) {
      io.stdout(USAGE);
      return values.help ? 0 : 2;
    }
    const twoWords = positionals.slice(0, 2).join(' ');
    const name = commands[twoWords] ? twoWords : (positionals[0] ?? '');
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command "${twoWords.slice(0, 60)}"; see --help`);
    const args = positionals.slice(name.split(' ').length);
    if (args.length > 0 && name !== 'applicant set' && name !== 'search')
      throw new UsageError(`${name} takes no further words`);
    if (!values.vault) throw new UsageError(`${name} needs --vault FILE`);
    return await command({
      io,
      json: values.json,
      language,
      vaultPath: values.vault,
      passphraseFile: values['passphrase-file'],
      args,
      inPath: values.in,
      id: values.id,
      dueBefore: values['due-before'],
      outPath: values.out,
      from: values.from,
      to: values.to,
      threshold: values.threshold,
      omit: values.omit,
      include: values.include,
      createdAt: values['created-at'],
      keyFile: values['key-file'],
      trustDevice: values['trust-device'],
      all: values.all,
      mappingPath: values.mapping,
      dryRun: values['dry-run'],
      duplicates: values.duplicates,
      sheet: values.sheet,
      encoding: values.encoding,
      template: values.template,
      set: values.set,
      blanksFile: values['blanks-file'],
      documentLanguage: values.lang,
      yes: values.yes,
      device: values.device,
      keep: values.keep,
      backup: values.backup,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`panoh: ${error.message}\n`);
      return 2;
    }
    if (error instanceof PanohError) {
      // A header or a sheet name from a file may be in the sentence: nothing in it may act on the terminal.
      io.stderr(`panoh: ${terminalSafe(describeError(language, error))}\n`);
      return 1;
    }
    // No stack, no message: either could carry a client's data. The code is enough to report.
    io.stderr(`panoh: ${translate(language, 'error.INTERNAL')}\n`);
    return 1;
  }
}
