import Docxtemplater from 'docxtemplater';
import { closest } from 'fastest-levenshtein';
import type PizZip from 'pizzip';
import { BLANK_GROUP, BLANK_NAME, type FieldNode, fieldTree } from '../../shared/documents/fields';
import type { TemplateInspection } from '../../shared/documents/templates';
import { PanohError } from '../../shared/errors';
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
function lookUp(scope: unknown, tag: string): TemplateValue | undefined {
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
  | 'TEMPLATE_SYNTAX';

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
  used: Set<string>;
  blanks: Set<string>;
  unknown: Map<string, string | undefined>;
  /** The template declares its blanks (shipped ones); an office template's are whatever it names. */
  declaredBlanks: ReadonlySet<string> | undefined;
}

function checkPart(part: Part, scopes: readonly (readonly FieldNode[])[], walk: Walk): void {
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
  const node = [...scopes]
    .reverse()
    .reduce<FieldNode | undefined>((hit, scope) => hit ?? resolve(scope, tag), undefined);
  const isSection = part.module === 'loop';
  if (!node || (!isSection && childrenOf(node))) {
    // A group printed as text, or a name that is not there: either way the nearest real name helps.
    walk.unknown.set(
      tag,
      suggest(
        tag,
        scopes.flatMap((scope) => names(scope, !isSection)),
      ),
    );
    return;
  }
  walk.used.add(tag);
  if (!isSection) return;
  const children = childrenOf(node);
  const inner = children && !part.inverted ? [...scopes, children] : scopes;
  for (const child of part.subparsed ?? []) if (child.type === 'placeholder') checkPart(child, inner, walk);
}

function suggest(tag: string, candidates: readonly string[]): string | undefined {
  return candidates.length ? closest(tag, [...candidates]) : undefined;
}

/**
 * Checks a template whole: its structure (docxtemplater's compile), then every placeholder
 * against the field tree in the scope it stands in (inside `{#events}` an event's own fields).
 */
export function inspectTemplate(zip: PizZip, declaredBlanks?: readonly string[]): TemplateInspection {
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
  for (const part of placeholders(doc)) checkPart(part, [fieldTree], walk);
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
    throw new PanohError('TEMPLATE_UNKNOWN_TAG', {
      tag: first.tag.slice(0, 80),
      suggestion: first.suggestion ?? '',
      count: inspection.unknown.length,
    });
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
