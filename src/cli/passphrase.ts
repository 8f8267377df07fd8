import { readFileSync } from 'node:fs';
import { type CliContext, UsageError } from './io';

/**
 * The passphrase comes from PANOH_PASSPHRASE or a file, never from an argument: arguments show up
 * in `ps` for every user of the machine and in shell history.
 */
export function readPassphrase(context: CliContext): string {
  if (context.passphraseFile) {
    let text: string;
    try {
      text = readFileSync(context.passphraseFile, 'utf8');
    } catch {
      throw new UsageError('cannot read the file given to --passphrase-file');
    }
    // Editors add a final newline; anything else in the file is part of the passphrase.
    return text.replace(/\r?\n$/, '');
  }
  const fromEnv = context.io.env.PANOH_PASSPHRASE;
  if (fromEnv) return fromEnv;
  throw new UsageError('no passphrase: set PANOH_PASSPHRASE or pass --passphrase-file FILE');
}
