import { z } from 'zod';

export const auditActions = [
  'create',
  'update',
  'delete',
  'restore',
  'merge',
  'unlock',
  'lock',
  'passphrase_change',
  'recover',
  'export',
  'import',
  'attachment_save_out',
  'document_generate',
  /** The vault was re-encrypted under a new data key. */
  'rekey',
  'recovery_key_change',
  /** Deleted forever (content-free: kind, id and counts only). */
  'purge',
  /** A colleague's "delete forever" of a record here was declined: the record is kept. */
  'purge_declined',
  'office_rotate',
  'device_revoke',
  /** Emergency erase of the key slots (written just before, so it survives in the vault file). */
  'erase',
  /** Seizure settings changed: the erase shortcut, wipe after failed unlocks. */
  'seizure_settings',
  'travel_start',
  'travel_end',
] as const;
export const auditTargetKinds = [
  'applicant',
  'event',
  'incident',
  'attachment',
  'task',
  'rule',
  'vault',
  'file',
  'template',
  'office',
  'device',
] as const;
export type AuditAction = (typeof auditActions)[number];
export type AuditTargetKind = (typeof auditTargetKinds)[number];

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(auditActions),
  targetKind: z.enum(auditTargetKinds).optional(),
  targetId: z.string().optional(),
  applicantId: z.string().optional(),
  fields: z.array(z.string()),
  detail: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;
