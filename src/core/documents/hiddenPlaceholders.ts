import type { Element, Node } from '@xmldom/xmldom';
import type PizZip from 'pizzip';
import { PanohError } from '../../shared/errors';
import {
  contentTypes,
  elementsInOrder,
  firstChild,
  isOn,
  parseXml,
  STORY_CONTENT_TYPES,
  W,
  xmlPartNames,
} from './docxXml';

/**
 * A template may put client data only where the lawyer reading the document sees it: the text of
 * the body, headers, footers and notes. A placeholder in the document's properties, a comment,
 * custom XML, settings or the glossary, or in text formatted hidden, would send the address or the
 * timeline to a court or the State inside a file that looks clean. Such a template is refused,
 * naming where; and the engine fills the visible parts only (templateEngine), so nothing else is
 * filled even if this check were wrong.
 */

/** What docxtemplater would read as a tag: `{name}`, `{#name}`, `{/name}`, `{^name}`, `{@name}`. */
const TAG = /\{\s*[#^/@]?\s*[A-Za-z][\w.]*\s*\}/;
const TAG_SPAN = /\{[^{}\n]*\}/g;
const STYLES = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';
const HIDING = ['vanish', 'specVanish', 'webHidden'];
/** Revisions the document no longer shows. */
const REMOVED = new Set(['del', 'moveFrom']);

/** Whether run properties hide text: true, false, or undefined when they do not say. */
function hides(rPr: Element | undefined): boolean | undefined {
  const set = HIDING.map((name) => firstChild(rPr, name)).filter((e): e is Element => e !== undefined);
  return set.length ? set.some((e) => isOn(e)) : undefined;
}

/** Styles whose text is hidden, following `basedOn`; the document default as the last word. */
function hiddenStyles(zip: PizZip, types: Map<string, string>): { byId: Map<string, boolean>; byDefault: boolean } {
  const name = [...types].find(([, type]) => type === STYLES)?.[0];
  const text = name ? zip.file(name)?.asText() : undefined;
  if (!text) return { byId: new Map(), byDefault: false };
  const root = parseXml(text).documentElement as Element;
  const own = new Map<string, { hidden: boolean | undefined; basedOn: string | undefined }>();
  let byDefault = false;
  for (const element of elementsInOrder(root)) {
    if (element.namespaceURI !== W) continue;
    if (element.localName === 'rPrDefault') byDefault = hides(firstChild(element, 'rPr')) ?? false;
    if (element.localName !== 'style') continue;
    const id = element.getAttributeNS(W, 'styleId') ?? '';
    own.set(id, {
      hidden: hides(firstChild(element, 'rPr')),
      basedOn: firstChild(element, 'basedOn')?.getAttributeNS(W, 'val') ?? undefined,
    });
  }
  const byId = new Map<string, boolean>();
  for (const id of own.keys()) {
    let current: string | undefined = id;
    const seen = new Set<string>();
    let hidden: boolean | undefined;
    while (current && hidden === undefined && !seen.has(current)) {
      seen.add(current);
      hidden = own.get(current)?.hidden;
      current = own.get(current)?.basedOn;
    }
    if (hidden !== undefined) byId.set(id, hidden);
  }
  return { byId, byDefault };
}

function ancestor(node: Node, localName: string): Element | undefined {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    const element = parent as Element;
    if (element.namespaceURI === W && element.localName === localName) return element;
  }
  return undefined;
}

function removed(node: Node): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    const element = parent as Element;
    if (element.namespaceURI === W && REMOVED.has(element.localName ?? '')) return true;
  }
  return false;
}

/** A story part's text in order, each character marked hidden or not; paragraphs end in "\n". */
function storyText(root: Element, styles: ReturnType<typeof hiddenStyles>): { text: string; hidden: boolean[] } {
  let text = '';
  const hidden: boolean[] = [];
  let paragraph: Element | undefined;
  const styleHides = (style: string | null | undefined) => (style ? styles.byId.get(style) : undefined);
  for (const element of elementsInOrder(root)) {
    if (element.namespaceURI !== W || element.localName !== 't') continue;
    const run = ancestor(element, 'r');
    const p = ancestor(element, 'p');
    if (p !== paragraph) {
      text += '\n';
      hidden.push(false);
      paragraph = p;
    }
    const rPr = firstChild(run, 'rPr');
    const pStyle = firstChild(firstChild(p, 'pPr'), 'pStyle')?.getAttributeNS(W, 'val');
    const isHidden =
      removed(element) ||
      (hides(rPr) ??
        styleHides(firstChild(rPr, 'rStyle')?.getAttributeNS(W, 'val')) ??
        styleHides(pStyle) ??
        styles.byDefault);
    const value = element.textContent ?? '';
    text += value;
    for (let index = 0; index < value.length; index++) hidden.push(isHidden);
  }
  return { text, hidden };
}

function refuse(where: string): never {
  throw new PanohError('TEMPLATE_HIDDEN_FIELD', { where: where.slice(0, 80) });
}

export function assertNoHiddenPlaceholders(zip: PizZip): void {
  const types = contentTypes(zip);
  const styles = hiddenStyles(zip, types);
  for (const name of xmlPartNames(zip)) {
    if (name.toLowerCase().endsWith('.rels') || name === '[Content_Types].xml') continue;
    const root = parseXml(zip.file(name)?.asText() ?? '').documentElement as Element;
    if (!STORY_CONTENT_TYPES.has(types.get(name) ?? '')) {
      // Runs joined: a tag split across elements is still seen.
      if (TAG.test(root.textContent ?? '')) refuse(name);
      continue;
    }
    const { text, hidden } = storyText(root, styles);
    for (const match of text.matchAll(TAG_SPAN)) {
      const start = match.index ?? 0;
      if (hidden.slice(start, start + match[0].length).some(Boolean)) refuse(`${name}: ${match[0].slice(0, 60)}`);
    }
  }
}
