import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import type PizZip from 'pizzip';
import { PanohError } from '../../shared/errors';

/**
 * Reading the XML parts of a Word package: every part parsed the same strict way, and which part
 * is what, by the package's own content types (a part's name says nothing Word relies on).
 */

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WORDML = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';

/** The parts a reader of the document sees: the body, headers, footers, foot- and endnotes. */
export const STORY_CONTENT_TYPES: ReadonlySet<string> = new Set([
  `${WORDML}document.main+xml`,
  `${WORDML}header+xml`,
  `${WORDML}footer+xml`,
  `${WORDML}footnotes+xml`,
  `${WORDML}endnotes+xml`,
]);

/** Word never writes a document type declaration; in a part it can only be there to expand. */
const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

export function parseXml(text: string): Document {
  if (DECLARATION.test(text)) throw new PanohError('DOCX_DTD');
  let failed = false;
  const parser = new DOMParser({
    onError: (level) => {
      if (level !== 'warning') failed = true;
    },
  });
  let document: Document | undefined;
  try {
    document = parser.parseFromString(text, 'application/xml');
  } catch {
    failed = true;
  }
  if (failed || !document?.documentElement) throw new PanohError('DOCX_INVALID');
  return document;
}

/** The XML parts of the package (relationships included), by name. */
export function xmlPartNames(zip: PizZip): string[] {
  return Object.values(zip.files)
    .filter((file) => !file.dir && /\.(xml|rels)$/i.test(file.name))
    .map((file) => file.name);
}

/** Each part's content type: its own override, else the default for its extension. */
export function contentTypes(zip: PizZip): Map<string, string> {
  const text = zip.file('[Content_Types].xml')?.asText();
  if (!text) throw new PanohError('DOCX_INVALID');
  const root = parseXml(text).documentElement as Element;
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const element of childElements(root)) {
    if (element.namespaceURI !== CONTENT_TYPES) continue;
    const type = element.getAttribute('ContentType') ?? '';
    if (element.localName === 'Default') defaults.set((element.getAttribute('Extension') ?? '').toLowerCase(), type);
    if (element.localName === 'Override')
      overrides.set((element.getAttribute('PartName') ?? '').replace(/^\//, ''), type);
  }
  const types = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    const type = overrides.get(file.name) ?? defaults.get(extension);
    if (type) types.set(file.name, type);
  }
  return types;
}

export function storyPartNames(zip: PizZip): string[] {
  return [...contentTypes(zip)].filter(([, type]) => STORY_CONTENT_TYPES.has(type)).map(([name]) => name);
}

export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) out.push(child as Element);
  }
  return out;
}

/** Every element under `node`, in document order (iteratively: a deep part cannot blow the stack). */
export function* elementsInOrder(node: Node): Generator<Element> {
  const stack: Node[] = [...childElements(node)].reverse();
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    yield element;
    const children = childElements(element);
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Element);
  }
}

/** `w:val` of an on/off property: absent, "1", "true" or "on" means on. */
export function isOn(element: Element | undefined): boolean {
  if (!element) return false;
  const value = element.getAttributeNS(W, 'val') ?? element.getAttribute('w:val');
  return value === null || value === '' || !/^(0|false|off)$/i.test(value);
}

export function firstChild(element: Element | undefined, localName: string): Element | undefined {
  if (!element) return undefined;
  return childElements(element).find((child) => child.namespaceURI === W && child.localName === localName);
}
