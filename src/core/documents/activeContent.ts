import type { Element } from '@xmldom/xmldom';
import type PizZip from 'pizzip';
import { PanohError } from '../../shared/errors';
import { contentTypes, elementsInOrder, parseXml, RELATIONSHIPS, W, xmlPartNames } from './docxXml';

/**
 * What makes Word reach outside a document or run something when it opens it, looked for in a
 * template before it is stored and every time it is used (it may have come by sync from a laptop
 * that was compromised). A template is copied into every document made from it, and those go to
 * courts, the State and the UN, so each of these is refused, not stripped: the lawyer is told what
 * to remove in Word, and no template is rewritten behind their back.
 *
 * - a template Word would attach and load (`attachedTemplate`: the "template injection" route to
 *   macros that the macro check alone does not see; templateFile removes a template's own link
 *   first, as documents made from a .dotx all carry one);
 * - embedded or linked objects and controls (OLE, ActiveX, packages, imported chunks, subdocuments,
 *   frames, custom ribbons);
 * - anything the package points to outside itself (a linked picture, a remote frame, a mail-merge
 *   data source, a web link): Word would call that server when the document opens or is clicked,
 *   telling someone when and where a client's filing is read. A `mailto:` link is the one kept;
 * - field codes that fetch or run (INCLUDEPICTURE, INCLUDETEXT, DDE, LINK, DATABASE…): only
 *   fields that compute from the document itself are allowed, and a field whose name is itself
 *   made by another field (the known way to hide DDE) is refused;
 * - a document type declaration in any part (see docxXml).
 */

const REFUSED_RELATIONSHIP =
  /\/(oleObject|package|control|activeXControlBinary|aFChunk|frame|subDocument|externalLink|externalLinkPath|vbaProject|ui\/extensibility|customUI|mailMergeSource|mailMergeHeaderSource|recipientData)$/i;
const ATTACHED_TEMPLATE = /\/attachedTemplate$/i;
const HYPERLINK = /\/hyperlink$/i;
const REFUSED_CONTENT_TYPE = /oleObject|activeX|vbaProject|vbaData|macroEnabled/i;
const REFUSED_PART = /^(word\/(embeddings|activeX)\/|customUI\/|word\/vbaData\.xml$)/i;
/** Elements that are an object or a control whatever their relationships say. */
const REFUSED_ELEMENT = new Set([
  'OLEObject',
  'control',
  'objectEmbed',
  'objectLink',
  'frameset',
  'altChunk',
  'subDoc',
]);
/** Attributes that hold an address an element loads (VML images and fills, hyperlink bases). */
const ADDRESS_ATTRIBUTE = new Set(['href', 'src']);

/**
 * Fields that only compute from the document and its properties. Anything else (INCLUDEPICTURE,
 * INCLUDETEXT, INCLUDE, IMPORT, LINK, DDE, DDEAUTO, DATABASE, RD, MACROBUTTON, AUTOTEXT…) is refused.
 */
const SAFE_FIELDS = new Set(
  (
    '= ADDIN ADDRESSBLOCK ADVANCE AUTHOR AUTONUM AUTONUMLGL AUTONUMOUT BARCODE BIBLIOGRAPHY BIDIOUTLINE ' +
    'CITATION COMMENTS COMPARE CREATEDATE DATE DISPLAYBARCODE DOCPROPERTY DOCVARIABLE EDITTIME EQ ' +
    'FILENAME FILESIZE FORMCHECKBOX FORMDROPDOWN FORMTEXT GOTOBUTTON GREETINGLINE HYPERLINK IF INDEX INFO ' +
    'KEYWORDS LASTSAVEDBY LISTNUM MERGEFIELD MERGEREC MERGESEQ NEXT NEXTIF NOTEREF NUMCHARS NUMPAGES ' +
    'NUMWORDS PAGE PAGEREF PRINTDATE PRIVATE QUOTE REF REVNUM SAVEDATE SECTION SECTIONPAGES SEQ SET SKIPIF ' +
    'STYLEREF SUBJECT SYMBOL TA TC TEMPLATE TIME TITLE TOA TOC USERADDRESS USERINITIALS USERNAME XE'
  ).split(' '),
);

/** What a message may quote of an address: one line, no control characters, bounded. */
function quoted(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, 100);
}

const isMailto = (target: string) => /^mailto:/i.test(target.trim());

function checkRelationships(name: string, root: Element): void {
  for (const element of elementsInOrder(root)) {
    if (element.namespaceURI !== RELATIONSHIPS || element.localName !== 'Relationship') continue;
    const type = element.getAttribute('Type') ?? '';
    const target = element.getAttribute('Target') ?? '';
    // A template's link to its Word template is removed before this (templateFile); anywhere else
    // it is a file Word would fetch and load.
    if (ATTACHED_TEMPLATE.test(type)) throw new PanohError('DOCX_EXTERNAL_LINK', { target: quoted(target) });
    if (REFUSED_RELATIONSHIP.test(type)) throw new PanohError('DOCX_EMBEDDED_OBJECT', { part: quoted(name) });
    const external = /^external$/i.test(element.getAttribute('TargetMode') ?? '');
    if (external && !(HYPERLINK.test(type) && isMailto(target))) {
      throw new PanohError('DOCX_EXTERNAL_LINK', { target: quoted(target) });
    }
  }
}

/** The field's name and, for HYPERLINK, whether it leaves the document. */
function checkInstruction(instruction: string): void {
  const code = instruction.trim();
  const keyword = (code.startsWith('=') ? '=' : (code.split(/[\s\\"]/, 1)[0] ?? '')).toUpperCase();
  if (!SAFE_FIELDS.has(keyword)) throw new PanohError('DOCX_ACTIVE_FIELD', { field: quoted(keyword || '{ }') });
  if (keyword !== 'HYPERLINK') return;
  // HYPERLINK "target" [\l "bookmark"] [\o "tip"]…: the target is the first argument not a switch.
  const rest = code
    .slice('HYPERLINK'.length)
    .replace(/\\[lot]\s*("[^"]*"|\S+)/gi, ' ')
    .replace(/\\[a-z]/gi, ' ');
  const target = rest.match(/"([^"]*)"|(\S+)/);
  const address = target?.[1] ?? target?.[2] ?? '';
  if (address && !isMailto(address)) throw new PanohError('DOCX_EXTERNAL_LINK', { target: quoted(address) });
}

/** A nested field's result as part of another field's code: its name cannot be read, only run. */
const NESTED = '\u0000';

/**
 * Word's fields: `w:fldSimple` holds its code in an attribute; a complex field's code is the text
 * of the `w:instrText` runs between its `begin` and `separate` marks, and fields nest.
 */
function checkFields(root: Element): void {
  const open: { code: string; inCode: boolean }[] = [];
  const close = (field: { code: string; inCode: boolean } | undefined) => {
    if (field?.inCode) {
      field.inCode = false;
      if (field.code.trimStart().startsWith(NESTED)) throw new PanohError('DOCX_ACTIVE_FIELD', { field: '{ { } }' });
      checkInstruction(field.code.replaceAll(NESTED, ' '));
    }
  };
  for (const element of elementsInOrder(root)) {
    if (element.namespaceURI !== W) continue;
    if (element.localName === 'fldSimple') checkInstruction(element.getAttributeNS(W, 'instr') ?? '');
    if (element.localName === 'instrText' || element.localName === 'delInstrText') {
      const field = open[open.length - 1];
      if (field?.inCode) field.code += element.textContent ?? '';
    }
    if (element.localName !== 'fldChar') continue;
    const kind = element.getAttributeNS(W, 'fldCharType');
    if (kind === 'begin') {
      const outer = open[open.length - 1];
      if (outer?.inCode) outer.code += NESTED;
      open.push({ code: '', inCode: true });
    } else if (kind === 'separate') {
      close(open[open.length - 1]);
    } else if (kind === 'end') {
      close(open.pop());
    }
  }
  for (const field of open) close(field);
}

function checkElements(root: Element): void {
  for (const element of elementsInOrder(root)) {
    if (REFUSED_ELEMENT.has(element.localName ?? '')) {
      throw new PanohError('DOCX_EMBEDDED_OBJECT', { part: quoted(element.localName ?? '') });
    }
    if (element.namespaceURI === W && element.localName === 'mailMerge') {
      throw new PanohError('DOCX_EXTERNAL_LINK', { target: 'mail merge data source' });
    }
    for (let index = 0; index < element.attributes.length; index++) {
      const attribute = element.attributes.item(index);
      if (!attribute || !ADDRESS_ATTRIBUTE.has(attribute.localName ?? '')) continue;
      const value = attribute.value.trim();
      if (/^([a-z][a-z0-9+.-]*:|\\\\)/i.test(value) && !isMailto(value)) {
        throw new PanohError('DOCX_EXTERNAL_LINK', { target: quoted(value) });
      }
    }
  }
}

/** Throws the first thing found that would make Word fetch or run something; see above. */
export function assertNoActiveContent(zip: PizZip): void {
  for (const [name, type] of contentTypes(zip)) {
    if (REFUSED_CONTENT_TYPE.test(type)) throw new PanohError('DOCX_EMBEDDED_OBJECT', { part: quoted(name) });
  }
  for (const file of Object.values(zip.files)) {
    if (!file.dir && REFUSED_PART.test(file.name)) {
      throw new PanohError('DOCX_EMBEDDED_OBJECT', { part: quoted(file.name) });
    }
  }
  for (const name of xmlPartNames(zip)) {
    const root = parseXml(zip.file(name)?.asText() ?? '').documentElement as Element;
    if (name.toLowerCase().endsWith('.rels')) checkRelationships(name, root);
    else {
      checkFields(root);
      checkElements(root);
    }
  }
}

/** The same scan as an answer rather than a refusal: for a client's .docx kept as evidence. */
export function activeContentIn(zip: PizZip): PanohError | undefined {
  try {
    assertNoActiveContent(zip);
    return undefined;
  } catch (error) {
    if (error instanceof PanohError) return error;
    throw error;
  }
}
