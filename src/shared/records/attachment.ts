import { z } from 'zod';
import { optional, shortText } from './text';

export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const attachmentMimeTypes = ['application/pdf', 'image/jpeg', 'image/png', DOCX_MIME_TYPE] as const;
export type AttachmentMimeType = (typeof attachmentMimeTypes)[number];
export const attachmentOwnerKinds = ['applicant', 'incident'] as const;

export const attachmentMetaSchema = z.object({
  id: z.uuid(),
  ownerKind: z.enum(attachmentOwnerKinds),
  ownerId: z.uuid(),
  fileName: z.string(),
  mimeType: z.enum(attachmentMimeTypes),
  size: z.number().int(),
  sha256: z.string(),
  description: z.string().optional(),
  /** A document Panoh wrote from a template: which one, in which language. */
  templateId: z.string().optional(),
  templateLanguage: z.string().optional(),
  createdAt: z.string(),
});
export type AttachmentMeta = z.output<typeof attachmentMetaSchema>;

/** Base64 is how bytes cross IPC and the test bridge alike; 4/3 of the size limit plus padding. */
export const attachmentUploadSchema = z
  .object({
    ownerKind: z.enum(attachmentOwnerKinds),
    ownerId: z.uuid(),
    fileName: z.string().min(1).max(255),
    description: optional(shortText),
    contentBase64: z
      .string()
      .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, { message: 'attachmentTooLarge' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'invalidFile' }),
  })
  .strict();
