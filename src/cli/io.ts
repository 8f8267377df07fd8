import type { Language } from '../shared/i18n';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

export interface CliContext {
  io: CliIo;
  json: boolean;
  language: Language;
  vaultPath: string;
  passphraseFile: string | undefined;
  /** Positional words after the command name (FIELD=VALUE pairs, search text). */
  args: string[];
  /** --in FILE */
  inPath: string | undefined;
  /** --id ID */
  id: string | undefined;
  /** --due-before DATE */
  dueBefore: string | undefined;
  /** Report options: --out, --from, --to, --threshold, --omit, --include, --created-at. */
  outPath?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  threshold?: string | undefined;
  omit?: string | undefined;
  /** --include notes: sections a case summary leaves out unless asked. */
  include?: string | undefined;
  createdAt?: string | undefined;
  /** Sync options: --key-file, --trust-device, --all. */
  keyFile?: string | undefined;
  trustDevice?: string | undefined;
  all?: boolean | undefined;
  /** Spreadsheet import: --mapping, --dry-run, --duplicates, --sheet, --encoding. */
  mappingPath?: string | undefined;
  dryRun?: boolean | undefined;
  duplicates?: string | undefined;
  sheet?: string | undefined;
  encoding?: string | undefined;
  /** Document options: --template, --set name=value (repeatable), and --lang as given (the document's language). */
  template?: string | undefined;
  set?: string[] | undefined;
  /** --blanks-file FILE (or - for stdin): the answers as JSON, kept out of process arguments. */
  blanksFile?: string | undefined;
  documentLanguage?: string | undefined;
  /** --yes: confirms an operation that cannot be undone (applicant purge). */
  yes?: boolean | undefined;
  /** --device FINGERPRINT (office revoke). */
  device?: string | undefined;
  /** Travel mode: --keep ID (repeatable), --backup FILE. */
  keep?: string[] | undefined;
  backup?: string | undefined;
}

/** A usage mistake: exit status 2 and the message as given (it names flags, not data). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
