import { createHash } from 'node:crypto';
import { PanohError } from '../../shared/errors';
import {
  ATTACHMENT_MAX_BYTES,
  type AttachmentMeta,
  type AttachmentMimeType,
  attachmentUploadSchema,
} from '../../shared/records/attachment';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { parseOrThrow } from './parseOrThrow';
import type { RecordStore, StoredRecord } from './recordStore';
import { type AttachmentDoc, applicantSpec, attachmentSpec, incidentSpec } from './specs';

/** The file's own first bytes decide its type; a name or a claimed type can lie. */
export function sniffMimeType(bytes: Uint8Array): AttachmentMimeType | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return undefined;
}

/** Keeps only a plain file name: no folders (`../../x`), no control characters, bounded length. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'attachment';
}

function toMeta(record: StoredRecord<AttachmentDoc>): AttachmentMeta {
  const { doc } = record;
  return {
    id: record.id,
    ownerKind: doc.ownerKind,
    ownerId: doc.ownerId,
    fileName: doc.fileName,
    mimeType: doc.mimeType as AttachmentMimeType,
    size: doc.size,
    sha256: doc.sha256,
    description: doc.description,
    createdAt: record.createdAt,
  };
}

export class AttachmentRepository {
  constructor(
    private readonly db: Db,
    private readonly store: RecordStore,
  ) {}

  add(upload: unknown): string {
    const input = parseOrThrow(attachmentUploadSchema, upload);
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length > ATTACHMENT_MAX_BYTES) {
      throw new PanohError('ATTACHMENT_TOO_LARGE', { maxMegabytes: ATTACHMENT_MAX_BYTES / 1024 / 1024 });
    }
    const mimeType = sniffMimeType(bytes);
    if (!mimeType) throw new PanohError('ATTACHMENT_UNSUPPORTED');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return this.store.transaction(() => {
      if (input.ownerKind === 'applicant') this.store.require(applicantSpec, input.ownerId);
      else this.store.require(incidentSpec, input.ownerId);
      prepared(this.db, 'INSERT OR IGNORE INTO blobs (sha256, content) VALUES (?, ?)').run(sha256, bytes);
      const doc: AttachmentDoc = {
        ownerKind: input.ownerKind,
        ownerId: input.ownerId,
        fileName: safeFileName(input.fileName),
        mimeType,
        size: bytes.length,
        sha256,
        ...(input.description ? { description: input.description } : {}),
      };
      return this.store.create(attachmentSpec, doc);
    });
  }

  setDeleted(id: string, deleted: boolean): void {
    this.store.setDeleted(attachmentSpec, id, deleted);
  }

  forOwner(ownerId: string): AttachmentMeta[] {
    const rows = prepared(
      this.db,
      `SELECT id, doc, created_at, updated_at, deleted_at FROM attachments
         WHERE owner_id = ? AND deleted_at IS NULL ORDER BY created_at`,
    ).all(ownerId) as { id: string; doc: string; created_at: string; updated_at: string; deleted_at: string | null }[];
    return rows.map((row) =>
      toMeta({
        id: row.id,
        doc: JSON.parse(row.doc) as AttachmentDoc,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        deletedAt: row.deleted_at,
      }),
    );
  }

  /** The bytes, for the in-app preview: they travel to the window in memory, never to a file. */
  content(id: string): { meta: AttachmentMeta; contentBase64: string } {
    const record = this.store.require(attachmentSpec, id);
    const blob = prepared(this.db, 'SELECT content FROM blobs WHERE sha256 = ?').get(record.doc.sha256) as
      | { content: Buffer }
      | undefined;
    if (!blob) throw new PanohError('RECORD_NOT_FOUND', { kind: 'attachment' });
    return { meta: toMeta(record), contentBase64: blob.content.toString('base64') };
  }
}
