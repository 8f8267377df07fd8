import Docxtemplater, { type DXT } from 'docxtemplater';
import { closest } from 'fastest-levenshtein';
import type PizZip from 'pizzip';
import { BLANK_GROUP, BLANK_NAME, type FieldNode, fieldTree } from '../../shared/documents/fields';
import type { TemplateInspection } from '../../shared/documents/templates';
import { PanohError } from '../../shared/errors';
import { ATTACHMENT_MAX_BYTES } from '../../shared/records/attachment';
import { STORY_CONTENT_TYPES } from './docxXml';
import type { TemplateData, TemplateValue } from './templateData';

/**
 * Filling Word templates with docxtemplater, on Panoh's terms: a placeholder is a dotted name from
 * the field tree and nothing else (no expressions, so a template cannot run code or reach anything
 * but the values Panoh hands it), names are looked up as the data's own properties only, and a
 * template is checked whole, before it is stored or used, for names Panoh does not know.
 */

/** What a placeholder may be: `name`, `group.name`, `group.group.name`. */
const TAG = /^[A-Za-z][A-Za-z0-9]{0,59}(\.[A-Za-z][A-Za-z0-9]{0,59}){0,4}$/;
/** Where the file shows a value the case file does not hold: a line to fill in by hand. */
export const BLANK_LINE = '________';

interface Part {
  type: string;
  value: string;
  module?: string;
  inverted?: boolean;
  subparsed?: Part[];
}

function own(value: unknown, key: string): TemplateValue | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as TemplateData)[key] : undefined;
}

/** The dotted name's value in one scope, through own properties only (no `constructor`, no `__proto__`). */
export function lookUp(scope: unknown, tag: string): TemplateValue | undefined {
  let current: unknown = scope;
  for (const key of tag.split('.')) {
    current = own(current, key);
    if (current === undefined) return undefined;
  }
  return current as TemplateValue;
}

function parser(tag: string) {
  const name = tag.trim();
  if (!TAG.test(name)) throw new Error('not a field name');
  return { get: (scope: unknown) => lookUp(scope, name) };
}

export type TemplateProblem =
  | 'TEMPLATE_UNBALANCED_LOOP'
  | 'TEMPLATE_UNCLOSED_TAG'
  | 'TEMPLATE_BAD_TAG'
  | 'TEMPLATE_SYNTAX'
  | 'TEMPLATE_NESTED_LIST'
  | 'TEMPLATE_TOO_DEEP';

/** Loops and conditions inside each other: a filing needs three or four; more is a bomb's shape. */
export const MAX_SECTION_DEPTH = 8;

/**
 * docxtemplater fills the document's properties, settings, comments and some custom XML as well
 * as its text. Panoh fills only what the reader sees (the body, headers, footers, foot- and
 * endnotes): a placeholder anywhere else is refused by hiddenPlaceholders, and this makes sure it
 * would not be filled even so.
 */
function visiblePartsOnly(): DXT.Module {
  return {
    name: 'PanohVisiblePartsOnly',
    getFileType({ doc }: { doc: { targets: string[]; filesContentTypes?: Record<string, string> } }) {
      const types = doc.filesContentTypes ?? {};
      doc.targets = Object.keys(types).filter((name) => STORY_CONTENT_TYPES.has(types[name] ?? ''));
      return undefined;
    },
    optionsTransformer(options, doc) {
      const config = (doc as unknown as { fileTypeConfig?: { templatedNs?: string[] } }).fileTypeConfig;
      if (config) config.templatedNs = [];
      return options;
    },
  };
}

/** docxtemplater's compile errors, as the problems the lawyer reads about. */
function problemKind(id: string): TemplateProblem {
  if (/loop|unbalanced|closing_tag_does_not_match/.test(id)) return 'TEMPLATE_UNBALANCED_LOOP';
  if (/^(unclosed_tag|duplicate_open_tag|unopened_tag|duplicate_close_tag)$/.test(id)) return 'TEMPLATE_UNCLOSED_TAG';
  if (id === 'scopeparser_compilation_failed') return 'TEMPLATE_BAD_TAG';
  return 'TEMPLATE_SYNTAX';
}

interface TemplateErrorShape {
  properties?: { id?: string; xtag?: string; errors?: TemplateErrorShape[] };
}

function firstProblem(error: unknown): { kind: TemplateProblem; tag?: string } {
  const shape = error as TemplateErrorShape;
  const first = shape.properties?.errors?.[0] ?? shape;
  const id = first.properties?.id ?? '';
  const tag = first.properties?.xtag?.slice(0, 60);
  return { kind: problemKind(id), ...(tag ? { tag } : {}) };
}

/** Compiles the template (docxtemplater parses on construction). Throws TEMPLATE_SYNTAX. */
export function compile(zip: PizZip, nullGetter?: (part: Part, path: string[]) => string): Docxtemplater {
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      // Its own log would print the template's text (and a filled value) to the console.
      errorLogging: false,
      modules: [visiblePartsOnly()],
      parser,
      nullGetter: (part, scopeManager) => {
        if (part.module) return '';
        return nullGetter ? nullGetter(part as Part, [...(scopeManager as { scopePath: string[] }).scopePath]) : '';
      },
    });
  } catch (error) {
    const problem = firstProblem(error);
    throw new PanohError(problem.kind, { tag: problem.tag ?? '' });
  }
}

function placeholders(doc: Docxtemplater): Part[] {
  const compiled = (doc as unknown as { compiled: Record<string, { postparsed: Part[] }> }).compiled;
  return Object.values(compiled).flatMap((file) => file.postparsed.filter((part) => part.type === 'placeholder'));
}

function childrenOf(node: FieldNode): readonly FieldNode[] | undefined {
  return node.kind === 'group' || node.kind === 'list' ? node.children : undefined;
}

function resolve(scope: readonly FieldNode[], tag: string): FieldNode | undefined {
  let nodes: readonly FieldNode[] | undefined = scope;
  let found: FieldNode | undefined;
  for (const key of tag.split('.')) {
    found = nodes?.find((node) => node.name === key);
    if (!found) return undefined;
    nodes = childrenOf(found);
  }
  return found;
}

/** Every name a scope offers; only those that print as text when a placeholder is not a section. */
function names(nodes: readonly FieldNode[], printableOnly: boolean, prefix = ''): string[] {
  return nodes.flatMap((node) => {
    const path = prefix ? `${prefix}.${node.name}` : node.name;
    const children = childrenOf(node);
    if (!children) return [path];
    return [...(printableOnly ? [] : [path]), ...names(children, printableOnly, path)];
  });
}

interface Walk {
  problem?: { kind: TemplateProblem; tag: string };
  used: Set<string>;
  blanks: Set<string>;
  unknown: Map<string, string | undefined>;
  /** The template declares its blanks (shipped ones); an office template's are whatever it names. */
  declaredBlanks: ReadonlySet<string> | undefined;
}

/** A scope's names and the path they stand under (`refusal` inside `{#refusal}`, '' at the top). */
interface Scope {
  nodes: readonly FieldNode[];
  prefix: string;
}

/** Where a part stands: the scopes it reads, how many lists it is inside, how deep in sections. */
interface Place {
  scopes: readonly Scope[];
  lists: number;
  depth: number;
}

function checkPart(part: Part, place: Place, walk: Walk): void {
  const { scopes } = place;
  const tag = part.value.trim();
  if (part.module === 'rawxml') {
    walk.unknown.set(`@${tag}`, undefined);
    return;
  }
  const blank = tag.startsWith(`${BLANK_GROUP}.`) ? tag.slice(BLANK_GROUP.length + 1) : undefined;
  if (blank !== undefined) {
    const known = BLANK_NAME.test(blank) && (!walk.declaredBlanks || walk.declaredBlanks.has(blank));
    if (known) walk.blanks.add(blank);
    else
      walk.unknown.set(
        tag,
        walk.declaredBlanks
          ? suggest(
              tag,
              [...walk.declaredBlanks].map((b) => `blank.${b}`),
            )
          : undefined,
      );
    return;
  }
  const scope = [...scopes].reverse().find((candidate) => resolve(candidate.nodes, tag));
  const node = scope ? resolve(scope.nodes, tag) : undefined;
  const isSection = part.module === 'loop';
  if (!node || (!isSection && childrenOf(node))) {
    // A group printed as text, or a name that is not there: either way the nearest real name helps.
    walk.unknown.set(
      tag,
      suggest(
        tag,
        scopes.flatMap((candidate) => names(candidate.nodes, !isSection)),
      ),
    );
    return;
  }
  // The full path (`extradition.requestingStateGenitive` inside `{#extradition}`): what the document prints.
  const path = scope?.prefix ? `${scope.prefix}.${tag}` : tag;
  walk.used.add(path);
  if (!isSection) return;
  const loops = node.kind === 'list' && !part.inverted;
  // Inside {#events}, {#events} resolves again from the top: 12 events nested five times are
  // 248,832 copies. No filing loops over a list inside a list, so none may.
  if (loops && place.lists > 0) walk.problem ??= { kind: 'TEMPLATE_NESTED_LIST', tag };
  if (place.depth + 1 > MAX_SECTION_DEPTH) walk.problem ??= { kind: 'TEMPLATE_TOO_DEEP', tag };
  if (walk.problem) return;
  const children = childrenOf(node);
  const inner: Place = {
    scopes: children && !part.inverted ? [...scopes, { nodes: children, prefix: path }] : scopes,
    lists: place.lists + (loops ? 1 : 0),
    depth: place.depth + 1,
  };
  for (const child of part.subparsed ?? []) if (child.type === 'placeholder') checkPart(child, inner, walk);
}

function suggest(tag: string, candidates: readonly string[]): string | undefined {
  return candidates.length ? closest(tag, [...candidates]) : undefined;
}

/** The field tree narrowed to what a template reads (`applicant`, `applicant.fullName`), and the date. */
function narrowTree(nodes: readonly FieldNode[], reads: readonly string[], prefix = ''): FieldNode[] {
  return nodes.flatMap((node): FieldNode[] => {
    const path = prefix ? `${prefix}.${node.name}` : node.name;
    if (!prefix && /^today(Long|When)?$/.test(path)) return [node];
    if (reads.some((read) => read === path || path.startsWith(`${read}.`))) return [node];
    const children = childrenOf(node);
    if (!children || !reads.some((read) => read.startsWith(`${path}.`))) return [];
    return [{ name: node.name, kind: node.kind as 'group' | 'list', children: narrowTree(children, reads, path) }];
  });
}

/**
 * Checks a template whole: its structure (docxtemplater's compile), then every placeholder
 * against the field tree in the scope it stands in (inside `{#events}` an event's own fields),
 * narrowed to what the template declares it reads when it declares it (shipped templates).
 */
export function inspectTemplate(
  zip: PizZip,
  declaredBlanks?: readonly string[],
  reads?: readonly string[],
): TemplateInspection {
  let doc: Docxtemplater;
  try {
    doc = compile(zip);
  } catch (error) {
    if (error instanceof PanohError && error.code.startsWith('TEMPLATE_')) {
      const tag = String(error.params?.tag ?? '');
      return {
        placeholders: [],
        blanks: [],
        unknown: [],
        problem: { kind: error.code as TemplateProblem, ...(tag ? { tag } : {}) },
      };
    }
    throw error;
  }
  const walk: Walk = {
    used: new Set(),
    blanks: new Set(),
    unknown: new Map(),
    declaredBlanks: declaredBlanks ? new Set(declaredBlanks) : undefined,
  };
  const tree = reads ? narrowTree(fieldTree, reads) : fieldTree;
  for (const part of placeholders(doc))
    checkPart(part, { scopes: [{ nodes: tree, prefix: '' }], lists: 0, depth: 0 }, walk);
  if (walk.problem) {
    return { placeholders: [], blanks: [], unknown: [], problem: { kind: walk.problem.kind, tag: walk.problem.tag } };
  }
  return {
    placeholders: [...walk.used].sort(),
    blanks: [...walk.blanks].sort(),
    unknown: [...walk.unknown].map(([tag, suggestion]) => ({ tag, ...(suggestion ? { suggestion } : {}) })),
  };
}

/** Refuses a template with a structural problem or an unknown name, naming the first. */
export function assertUsable(inspection: TemplateInspection): void {
  if (inspection.problem) {
    throw new PanohError(inspection.problem.kind as TemplateProblem, { tag: inspection.problem.tag ?? '' });
  }
  const [first] = inspection.unknown;
  if (first) {
    const tag = first.tag.slice(0, 80);
    const count = inspection.unknown.length;
    if (!first.suggestion) throw new PanohError('TEMPLATE_UNKNOWN_TAG_NO_MATCH', { tag, count });
    throw new PanohError('TEMPLATE_UNKNOWN_TAG', { tag, suggestion: first.suggestion, count });
  }
}

/**
 * Fills the template. Values the file does not hold print as a line to fill in by hand, and are
 * returned as gaps (by the path they were written under) so the lawyer is told which.
 */
export function render(
  zip: PizZip,
  data: TemplateData,
  tidy?: (xml: string) => string,
): { bytes: Buffer; gaps: string[] } {
  const gaps = new Set<string>();
  const doc = compile(zip, (part, scopePath) => {
    const tag = part.value.trim();
    const full = [...scopePath, tag].join('.');
    gaps.add(lookUpPath(full) ? full : tag);
    return BLANK_LINE;
  });
  assertOutputBounded(doc, data);
  doc.render(data);
  const out = doc.getZip();
  const main = out.file('word/document.xml');
  if (tidy && main) out.file('word/document.xml', tidy(main.asText()));
  const bytes = out.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
  return { bytes, gaps: [...gaps].sort() };
}

function lookUpPath(path: string): boolean {
  return resolve(fieldTree, path) !== undefined || path.startsWith(`${BLANK_GROUP}.`);
}

/** More parts than any filing has: what a template that slipped past inspection would show. */
const MAX_ESTIMATE_STEPS = 2_000_000;

/** A value's length once written as XML: escapes and line breaks make it longer. */
function writtenLength(value: TemplateValue | undefined): number {
  if (typeof value !== 'string') return BLANK_LINE.length;
  let extra = 0;
  for (const char of value) {
    if (char === '\n') extra += 40;
    else if ('&<>"\''.includes(char)) extra += 5;
  }
  return value.length + extra;
}

function inScopes(scopes: readonly unknown[], tag: string): TemplateValue | undefined {
  for (let index = scopes.length - 1; index >= 0; index--) {
    const value = lookUp(scopes[index], tag);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** How often a section's body is written, and with what scope (undefined: the same one). */
function sectionRounds(value: TemplateValue | undefined, inverted: boolean | undefined): (TemplateData | undefined)[] {
  const empty = !value || (Array.isArray(value) && value.length === 0);
  if (inverted) return empty ? [undefined] : [];
  if (empty) return [];
  if (Array.isArray(value)) return value;
  return typeof value === 'object' ? [value] : [undefined];
}

/**
 * What the document would weigh, counted before docxtemplater builds it in memory: the template's
 * own XML, each value as written, each loop's body once per item. Refused (DOCUMENT_TOO_LARGE)
 * above what a file in the vault may be, or past a count of steps no filing needs, so even a
 * template that was never inspected cannot make the core work for hours or run out of memory.
 */
function assertOutputBounded(doc: Docxtemplater, data: TemplateData): void {
  const compiled = (doc as unknown as { compiled: Record<string, { postparsed: Part[] }> }).compiled;
  let bytes = 0;
  let steps = 0;
  const tooLarge = () => new PanohError('DOCUMENT_TOO_LARGE', { maxMegabytes: ATTACHMENT_MAX_BYTES / 1024 / 1024 });
  const walk = (parts: readonly Part[], scopes: readonly unknown[]) => {
    for (const part of parts) {
      steps += 1;
      if (steps > MAX_ESTIMATE_STEPS || bytes > ATTACHMENT_MAX_BYTES) throw tooLarge();
      if (part.type !== 'placeholder') {
        bytes += part.value?.length ?? 0;
        continue;
      }
      const value = inScopes(scopes, part.value.trim());
      if (part.module !== 'loop') {
        bytes += writtenLength(value);
        continue;
      }
      for (const round of sectionRounds(value, part.inverted)) {
        walk(part.subparsed ?? [], round === undefined ? scopes : [...scopes, round]);
      }
    }
  };
  for (const file of Object.values(compiled)) walk(file.postparsed, [data]);
  if (bytes > ATTACHMENT_MAX_BYTES) throw tooLarge();
}
