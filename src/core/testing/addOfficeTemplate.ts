import { officeTemplates } from '../documents/documentService';
import type { Workspace } from '../records/workspace';
import { toBase64 } from './docxFixtures';

/** Adds `bytes` as an office template, as the settings screen does: what every hostile test tries. */
export function addOfficeTemplate(workspace: Workspace, bytes: Buffer): string {
  return officeTemplates(workspace).add({
    title: 'Office letter',
    language: 'ru',
    fileName: 'letter.docx',
    contentBase64: toBase64(bytes),
  });
}
