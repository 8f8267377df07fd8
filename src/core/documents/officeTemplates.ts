import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  type OfficeTemplateDoc,
  TEMPLATE_MAX_BYTES,
  type TemplateInspection,
  templateUploadSchema,
} from '../../shared/documents/templates';
import { PanohError } from '../../shared/errors';
import { safeFileName } from '../records/attachments';
import { parseOrThrow } from '../records/parseOrThrow';
import type { RecordStore, StoredRecord } from '../records/recordStore';
import { officeTemplateSpec } from '../records/specs';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { assertUsable, inspectTemplate } from './templateEngine';
import { openTemplate } from './templateFile';

type Upload = z.input<typeof templateUploadSchema>;

function decode(contentBase64: string): Buffer {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > TEMPLATE_MAX_BYTES)
    throw new PanohError('DOCX_TOO_LARGE', { maxMegabytes: TEMPLATE_MAX_BYTES / 1024 / 1024 });
  return bytes;
}

/**
 * The office's own templates: a .docx made in Word, checked whole before it is stored (a Word
 * file, within bounds, every placeholder known), kept encrypted in the vault as a blob and synced
 * to colleagues like a scan. Replacing keeps the id (documents made from it still name it);
 * retiring hides it from the list of templates to use.
 */
export class OfficeTemplateRepository {
  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
  ) {}

  /** What the lawyer sees before accepting: the placeholders, and those Panoh does not know. */
  inspect(upload: { contentBase64: string }): TemplateInspection {
    const bytes = decode(parseOrThrow(templateUploadSchema.shape.contentBase64, upload.contentBase64));
    const { zip, attachedTemplate } = openTemplate(bytes);
    return { ...inspectTemplate(zip), ...(attachedTemplate !== undefined ? { attachedTemplate } : {}) };
  }

  add(upload: Upload): string {
    const input = parseOrThrow(templateUploadSchema, upload);
    const bytes = decode(input.contentBase64);
    const inspection = inspectTemplate(openTemplate(bytes).zip);
    assertUsable(inspection);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const doc: OfficeTemplateDoc = {
      title: input.title,
      language: input.language,
      fileName: safeFileName(input.fileName),
      size: bytes.length,
      sha256,
      blanks: inspection.blanks,
      retired: false,
    };
    return this.store.transaction(() => {
      prepared(this.db, 'INSERT OR IGNORE INTO blobs (sha256, content) VALUES (?, ?)').run(sha256, bytes);
      if (!input.replaces) return this.store.create(officeTemplateSpec, doc);
      this.store.require(officeTemplateSpec, input.replaces);
      this.store.update(officeTemplateSpec, input.replaces, doc);
      return input.replaces;
    });
  }

  setRetired(id: string, retired: boolean): void {
    this.store.transaction(() => {
      const current = this.store.require(officeTemplateSpec, id);
      this.store.update(officeTemplateSpec, id, { ...current.doc, retired });
    });
  }

  list(): StoredRecord<OfficeTemplateDoc>[] {
    const rows = prepared(
      this.db,
      'SELECT id FROM office_templates WHERE deleted_at IS NULL ORDER BY created_at, id',
    ).all() as { id: string }[];
    return rows.map((row) => this.store.require(officeTemplateSpec, row.id));
  }

  get(id: string): StoredRecord<OfficeTemplateDoc> | undefined {
    if (!z.uuid().safeParse(id).success) return undefined;
    const record = this.store.get(officeTemplateSpec, id);
    return record && !record.deletedAt ? record : undefined;
  }

  /** The .docx bytes, checked against the hash the record names (a blob may have come by sync). */
  bytes(record: StoredRecord<OfficeTemplateDoc>): Buffer {
    const blob = prepared(this.db, 'SELECT content FROM blobs WHERE sha256 = ?').get(record.doc.sha256) as
      | { content: Buffer }
      | undefined;
    if (!blob || createHash('sha256').update(blob.content).digest('hex') !== record.doc.sha256) {
      throw new PanohError('TEMPLATE_NOT_FOUND');
    }
    return blob.content;
  }
}
