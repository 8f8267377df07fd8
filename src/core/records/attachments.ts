import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { type ErrorCode, type ErrorParams, PanohError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import {
  ATTACHMENT_MAX_BYTES,
  type AttachmentMeta,
  type AttachmentMimeType,
  attachmentUploadSchema,
  DOCX_MIME_TYPE,
} from '../../shared/records/attachment';
import { activeContentIn } from '../documents/activeContent';
import { docxParagraphs, looksLikeZip, openDocx } from '../documents/docxFile';
import { writeFileAtomic } from '../fs/atomicWrite';
import { classifyStorageError } from '../fs/fsErrors';
import type { Db } from '../vault/openDatabase';
import { prepared } from '../vault/prepared';
import { parseOrThrow } from './parseOrThrow';
import type { RecordStore, StoredRecord } from './recordStore';
import { type AttachmentDoc, applicantSpec, attachmentSpec, incidentSpec } from './specs';

/**
 * The file's own first bytes decide its type; a name or a claimed type can lie. A zip is a Word
 * document only once it has been opened as one (bounded, with a Word main part that parses, no
 * macros): otherwise DOCX_INVALID or DOCX_MACROS.
 */
export function sniffMimeType(bytes: Uint8Array): AttachmentMimeType | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (looksLikeZip(bytes)) {
    openDocx(bytes);
    return DOCX_MIME_TYPE;
  }
  return undefined;
}

/** Keeps only a plain file name: no folders (`../../x`), no control characters, bounded length. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    // Dots and spaces mixed at the start (' .x', '. .x') must not leave a hidden file.
    .replace(/^[\s.]+/u, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'attachment';
}

const EXTENSIONS: Record<AttachmentMimeType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  [DOCX_MIME_TYPE]: ['.docx'],
};
const KNOWN_EXTENSION = /\.(pdf|jpe?g|png|docx)$/i;
/** Names Windows keeps for devices: a file called `CON.pdf` or `nul.png` cannot be saved there. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/**
 * The name a copy saved out of the vault is offered under: `safeFileName` again (a name that came
 * by sync was never through it, and a default path is joined to the Documents folder), no hidden
 * file (`safeFileName` trims after removing leading dots, so ` .x` kept one), no name Windows
 * refuses (a device name, trailing dots or spaces), and the extension of what the bytes
 * really are, so the copy opens in the right program.
 */
export function copyFileName(name: string, mimeType: AttachmentMimeType): string {
  let base = safeFileName(name)
    .replace(/^[. ]+/, '')
    .replace(/[. ]+$/, '');
  if (WINDOWS_DEVICE.test(base)) base = `_${base}`;
  const extensions = EXTENSIONS[mimeType];
  if (extensions.some((extension) => base.toLowerCase().endsWith(extension))) return base;
  const stem = base.replace(KNOWN_EXTENSION, '') || 'attachment';
  return `${stem}${extensions[0]}`;
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
    ...(doc.templateId ? { templateId: doc.templateId, templateLanguage: doc.templateLanguage } : {}),
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
    return this.store.transaction(() => {
      if (input.ownerKind === 'applicant') this.store.require(applicantSpec, input.ownerId);
      else this.store.require(incidentSpec, input.ownerId);
      return this.store.create(attachmentSpec, {
        ...this.storeBlob(bytes, mimeType, input.fileName),
        ownerKind: input.ownerKind,
        ownerId: input.ownerId,
        ...(input.description ? { description: input.description } : {}),
      });
    });
  }

  /** A document Panoh wrote from a template, filed with the person's other files. */
  addGenerated(applicantId: string, fileName: string, bytes: Buffer, template: { id: string; language: Language }) {
    if (bytes.length > ATTACHMENT_MAX_BYTES) {
      throw new PanohError('ATTACHMENT_TOO_LARGE', { maxMegabytes: ATTACHMENT_MAX_BYTES / 1024 / 1024 });
    }
    return this.store.transaction(() => {
      this.store.require(applicantSpec, applicantId);
      return this.store.create(attachmentSpec, {
        ...this.storeBlob(bytes, DOCX_MIME_TYPE, fileName),
        ownerKind: 'applicant',
        ownerId: applicantId,
        templateId: template.id,
        templateLanguage: template.language,
      });
    });
  }

  private storeBlob(bytes: Buffer, mimeType: AttachmentMimeType, fileName: string) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    prepared(this.db, 'INSERT OR IGNORE INTO blobs (sha256, content) VALUES (?, ?)').run(sha256, bytes);
    return { fileName: safeFileName(fileName), mimeType, size: bytes.length, sha256 };
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

  /**
   * A Word attachment's text for the preview, through the bounded opening (DOCX_* if it is not
   * one), and what in it would make Word fetch or run something: a client's .docx is kept as
   * evidence whatever it holds, but the lawyer is told before opening a copy in Word.
   */
  docxText(id: string): { paragraphs: string[]; activeContent?: { code: ErrorCode; params?: ErrorParams } } {
    const { meta, contentBase64 } = this.content(id);
    if (meta.mimeType !== DOCX_MIME_TYPE) throw new PanohError('DOCX_INVALID');
    const zip = openDocx(Buffer.from(contentBase64, 'base64'));
    const found = activeContentIn(zip);
    return {
      paragraphs: docxParagraphs(zip),
      ...(found ? { activeContent: { code: found.code, ...(found.params ? { params: found.params } : {}) } } : {}),
    };
  }

  /** What the save dialog offers; refuses a deleted or unknown file before any dialog opens. */
  copyName(id: string): { fileName: string; mimeType: AttachmentMimeType } {
    const record = this.store.require(attachmentSpec, id);
    const mimeType = record.doc.mimeType as AttachmentMimeType;
    return { fileName: copyFileName(record.doc.fileName, mimeType), mimeType };
  }

  /**
   * The one way an attachment leaves the vault in clear: to a path the lawyer chose in a native
   * save dialog. Written atomically and private to this user (0600), so a pulled stick never holds
   * half a scan; then audited by id, type and size (never the name, which may name the client).
   * If the audit entry cannot be written, the copy is removed: no copy goes out unrecorded.
   */
  writeCopy(id: string, path: string): void {
    const { record, bytes } = this.read(id);
    try {
      writeFileAtomic(path, bytes);
    } catch (error) {
      throw classifyStorageError(error);
    }
    try {
      this.store.audit.append({
        action: 'attachment_save_out',
        targetKind: 'attachment',
        targetId: record.id,
        ...(record.doc.ownerKind === 'applicant' ? { applicantId: record.doc.ownerId } : {}),
        detail: {
          ownerKind: record.doc.ownerKind,
          format: record.doc.mimeType === DOCX_MIME_TYPE ? 'docx' : (record.doc.mimeType.split('/')[1] ?? ''),
          bytes: bytes.length,
          // Which template a document came from; never what it says.
          ...(record.doc.templateId ? { templateId: record.doc.templateId } : {}),
        },
      });
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
  }

  /** The record and its bytes (the same lookup as `content`, without the base64). */
  private read(id: string): { record: StoredRecord<AttachmentDoc>; bytes: Buffer } {
    const record = this.store.require(attachmentSpec, id);
    const blob = prepared(this.db, 'SELECT content FROM blobs WHERE sha256 = ?').get(record.doc.sha256) as
      | { content: Buffer }
      | undefined;
    if (!blob) throw new PanohError('RECORD_NOT_FOUND', { kind: 'attachment' });
    return { record, bytes: blob.content };
  }
}
