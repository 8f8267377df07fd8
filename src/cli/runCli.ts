import { parseArgs } from 'node:util';
import { PanohError } from '../shared/errors';
import { type Language, languageSchema, translate } from '../shared/i18n';
import { vaultCheck } from './commands/vaultCheck';
import { vaultInit } from './commands/vaultInit';
import { type CliContext, type CliIo, UsageError } from './io';

type Command = (context: CliContext) => Promise<number>;

const commands: Record<string, Command> = {
  'vault init': vaultInit,
  'vault check': vaultCheck,
};

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  vault init   --vault FILE    create an encrypted vault; prints the recovery key once
  vault check  --vault FILE    check the cipher, the integrity and the file header

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
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
}

function languageFrom(value: string | undefined): Language {
  const parsed = languageSchema.safeParse(value);
  return parsed.success ? parsed.data : 'en';
}

/** Runs one command and returns the exit status; prints exactly one line on stderr on failure. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
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
    const name = positionals.join(' ');
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command "${name}"; see --help`);
    if (!values.vault) throw new UsageError(`${name} needs --vault FILE`);
    return await command({
      io,
      json: values.json,
      language,
      vaultPath: values.vault,
      passphraseFile: values['passphrase-file'],
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`panoh: ${error.message}\n`);
      return 2;
    }
    if (error instanceof PanohError) {
      io.stderr(`panoh: ${translate(language, `error.${error.code}`, error.params)}\n`);
      return 1;
    }
    // No stack, no message: either could carry a client's data. The code is enough to report.
    io.stderr(`panoh: ${translate(language, 'error.INTERNAL')}\n`);
    return 1;
  }
}
