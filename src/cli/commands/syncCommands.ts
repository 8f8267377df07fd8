import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportBundle, importBundle, listConflicts } from '../../core/sync/syncService';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/** `office create`: makes the office sync key and prints its 24 words once. */
export async function officeCreate(context: CliContext): Promise<number> {
  const { words } = await withUnlockedCore(context, (core) => core.invoke('sync.createOffice', {}));
  if (context.json) printJson(context, { words });
  else {
    context.io.stdout(
      `Office sync key (shown this once; copy the 24 words by hand and give them only to the bureau's devices):\n\n    ${words}\n\n`,
    );
  }
  return 0;
}

/** `office join --key-file FILE`: the words come from a file, never from an argument. */
export async function officeJoin(context: CliContext): Promise<number> {
  if (!context.keyFile) throw new UsageError('office join needs --key-file FILE (a file holding the 24 words)');
  let words: string;
  try {
    words = readFileSync(context.keyFile, 'utf8');
  } catch {
    throw new UsageError('cannot read the file given to --key-file');
  }
  await withUnlockedCore(context, (core) => core.invoke('sync.joinOffice', { words: words.trim() }));
  if (context.json) printJson(context, { joined: true });
  else context.io.stdout('Joined the office.\n');
  return 0;
}

/**
 * `sync export --out DIR [--all]`: everything, or what the least up-to-date colleague this vault
 * has heard from may lack.
 */
export async function syncExport(context: CliContext): Promise<number> {
  if (!context.outPath) throw new UsageError('sync export needs --out DIR (the USB stick)');
  const folder = resolve(context.outPath);
  const result = await withUnlockedCore(context, async (core) =>
    exportBundle(core.workspace(), { folder, all: context.all ?? false }),
  );
  if (context.json) printJson(context, { bundle: result.path, changes: result.changes });
  else context.io.stdout(`Written: ${result.path} (${result.changes} changes)\n`);
  return 0;
}

/** `sync import --in BUNDLE [--trust-device FINGERPRINT]`. */
export async function syncImport(context: CliContext): Promise<number> {
  if (!context.inPath) throw new UsageError('sync import needs --in BUNDLE');
  const path = resolve(context.inPath);
  const result = await withUnlockedCore(context, async (core) =>
    importBundle(core.workspace(), { path, trustFingerprint: context.trustDevice }),
  );
  if (context.json) printJson(context, result);
  else {
    context.io.stdout(
      `Imported from ${result.device}: ${result.received} new changes, ${result.known} already here, ${result.conflicts} conflicts.\n`,
    );
    if (result.purged > 0) context.io.stdout(`${result.purged} records were deleted forever, as a colleague asked.\n`);
    if (result.purgeRequests > 0) {
      context.io.stdout(
        `A colleague asks to delete ${result.purgeRequests} records forever that are still here: confirm or keep them in Recently deleted.\n`,
      );
    }
    if (result.ignored > 0) {
      context.io.stdout(`${result.ignored} changes of a revoked computer, made after it was revoked, were left out.\n`);
    }
    if (result.senderAuditShortened) {
      context.io.stdout(
        `WARNING: ${result.device}'s audit log now holds fewer entries than its earlier bundle said: entries were removed there.\n`,
      );
    }
    if (result.waiting > 0) {
      context.io.stdout(
        `${result.waiting} records are waiting for their beginning; they appear with the next bundle from a colleague who has them.\n`,
      );
    }
  }
  return 0;
}

/** `conflicts list`: open conflicts, for a lawyer to decide in the app. */
export async function conflictsList(context: CliContext): Promise<number> {
  const conflicts = await withUnlockedCore(context, async (core) => listConflicts(core.workspace()));
  if (context.json) printJson(context, conflicts);
  else {
    for (const c of conflicts) {
      context.io.stdout(
        `#${c.id} ${c.tbl}/${c.rowId} ${c.field}: kept ${JSON.stringify(c.winner.value)} (${c.winner.device}), other ${JSON.stringify(c.loser.value)} (${c.loser.device})\n`,
      );
    }
    context.io.stdout(`${conflicts.length} open\n`);
  }
  return 0;
}
