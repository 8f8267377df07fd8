import { type Element, XMLSerializer } from '@xmldom/xmldom';
import type PizZip from 'pizzip';
import { PanohError } from '../../shared/errors';
import { assertNoActiveContent } from './activeContent';
import { openDocx } from './docxFile';
import { elementsInOrder, parseXml, RELATIONSHIPS, storyPartNames, W, xmlPartNames } from './docxXml';
import { assertNoHiddenPlaceholders } from './hiddenPlaceholders';

/**
 * A Word file that is to be a template, opened on Panoh's terms every time it is stored or used
 * (an office template may have come by sync, from a laptop that was not careful or not honest):
 * a bounded .docx (docxFile), the one link Word files routinely carry removed, nothing left that
 * fetches or runs (activeContent), no text part larger than a filing needs, and no placeholder
 * where the reader would not see it (hiddenPlaceholders).
 */

/** The text of a long filing is well under 1 MB; this leaves room for tables, not for a bomb. */
export const TEMPLATE_MAX_PART_BYTES = 4 * 1024 * 1024;

const ATTACHED_TEMPLATE = /\/attachedTemplate$/i;

/**
 * A document made from a Word template (.dotx) names it in its settings (`attachedTemplate`), often
 * as a path on the author's computer, sometimes as a web address: Word would load it, macros and
 * all. The template's look is already in the file's own styles, so the link is removed rather than
 * the file refused, and the lawyer is told. Returns what it pointed to.
 */
function removeAttachedTemplate(zip: PizZip): string | undefined {
  let target: string | undefined;
  const serializer = new XMLSerializer();
  for (const name of xmlPartNames(zip)) {
    const text = zip.file(name)?.asText() ?? '';
    if (!/attachedTemplate/.test(text)) continue;
    const document = parseXml(text);
    const doomed = [...elementsInOrder(document.documentElement as Element)].filter(
      (element) =>
        (element.namespaceURI === RELATIONSHIPS &&
          element.localName === 'Relationship' &&
          ATTACHED_TEMPLATE.test(element.getAttribute('Type') ?? '')) ||
        (element.namespaceURI === W && element.localName === 'attachedTemplate'),
    );
    for (const element of doomed) {
      if (element.localName === 'Relationship') target ??= element.getAttribute('Target') ?? '';
      element.parentNode?.removeChild(element);
    }
    if (doomed.length) zip.file(name, serializer.serializeToString(document));
  }
  return target?.replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, 200);
}

function assertStoryBounds(zip: PizZip): void {
  for (const name of storyPartNames(zip)) {
    const size = Buffer.byteLength(zip.file(name)?.asText() ?? '');
    if (size > TEMPLATE_MAX_PART_BYTES) {
      throw new PanohError('TEMPLATE_TOO_LARGE', { maxMegabytes: TEMPLATE_MAX_PART_BYTES / 1024 / 1024 });
    }
  }
}

export interface OpenedTemplate {
  zip: PizZip;
  /** The Word template the file was linked to, now removed (said to the lawyer when adding it). */
  attachedTemplate?: string;
}

export function openTemplate(bytes: Uint8Array): OpenedTemplate {
  const zip = openDocx(bytes);
  const attachedTemplate = removeAttachedTemplate(zip);
  assertNoActiveContent(zip);
  assertStoryBounds(zip);
  assertNoHiddenPlaceholders(zip);
  return { zip, ...(attachedTemplate !== undefined ? { attachedTemplate } : {}) };
}
