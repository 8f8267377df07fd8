import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { languageSchema } from '../../shared/i18n';
import { type CliContext, UsageError } from '../io';
import { printJson, withUnlockedCore } from '../openCore';

/** `document templates [--json]`: the templates that can be used, in the --lang language. */
export async function documentTemplates(context: CliContext): Promise<number> {
  const templates = await withUnlockedCore(context, (core) =>
    core.invoke('documents.templates', { language: context.language }),
  );
  const usable = templates.filter((t) => !t.retired);
  if (context.json) {
    printJson(
      context,
      usable.map(({ id, languages, title, blanks }) => ({ id, languages, title, blanks })),
    );
    return 0;
  }
  for (const t of usable) {
    const blanks = t.blanks.map((b) => `${b.name}${b.required ? '*' : ''}`).join(', ');
    context.io.stdout(`${t.id}\t${t.languages.join(',')}\t${t.title}${blanks ? `\t--set ${blanks}` : ''}\n`);
  }
  return 0;
}

/**
 * `--blanks-file FILE` (or `-`, stdin): a JSON object of answers. The answers can be the most
 * sensitive text in a filing (the CAT request's personal risk), and arguments show in `ps` and
 * shell history, so this is the way the usage text recommends.
 */
function blanksFromFile(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path === '-' ? 0 : path, 'utf8'));
  } catch {
    throw new UsageError('--blanks-file must be a readable JSON file, e.g. {"court": "…"}');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError('--blanks-file must hold one JSON object of name: text');
  }
  const blanks: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw new UsageError(`--blanks-file: "${name.slice(0, 40)}" must be text`);
    blanks[name] = value;
  }
  return blanks;
}

/** `--blanks-file`, then `--set name=value` on top: each a one-off answer the template asks for. */
function blanksFrom(context: CliContext): Record<string, string> {
  const blanks: Record<string, string> = context.blanksFile ? blanksFromFile(context.blanksFile) : {};
  for (const pair of context.set ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError('--set takes name=value');
    blanks[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return blanks;
}

/**
 * `document generate --id ID --template ID --out FILE.docx [--lang ru|kk|en] [--set name=value…]`:
 * writes the document into the person's files in the vault, then a copy to FILE.docx (outside the
 * vault's protection: audited by template id, never by content).
 */
export async function documentGenerate(context: CliContext): Promise<number> {
  if (!context.id) throw new UsageError('document generate needs --id ID (the applicant)');
  if (!context.template) throw new UsageError('document generate needs --template ID (see document templates)');
  if (!context.outPath || extname(context.outPath).toLowerCase() !== '.docx') {
    throw new UsageError('document generate needs --out FILE.docx');
  }
  const path = resolve(context.outPath);
  const blanks = blanksFrom(context);
  const { id: applicantId, template: templateId } = context;
  const result = await withUnlockedCore(context, async (core) => {
    const templates = await core.invoke('documents.templates', { language: context.language });
    const template = templates.find((t) => t.id === templateId);
    const language = languageSchema.parse(
      context.documentLanguage ?? (template?.languages.includes('ru') ? 'ru' : (template?.languages[0] ?? 'ru')),
    );
    const made = await core.invoke('documents.generate', { applicantId, templateId, language, blanks });
    await core.invokeMainOnly('attachments.writeCopy', { id: made.attachmentId, path });
    return made;
  });
  if (context.json) printJson(context, { path, attachmentId: result.attachmentId, gaps: result.gaps });
  else {
    context.io.stdout(`Written: ${path}\nSaved in the vault too, with the person's files.\n`);
    if (result.gaps.length) context.io.stdout(`Left blank to fill in by hand: ${result.gaps.join(', ')}\n`);
    context.io.stdout("This file is outside the vault's protection: store it safely or delete it.\n");
  }
  return 0;
}
