import { z } from 'zod';
import { list, nameText, optional, requiredName, shortText } from '../records/text';

/** One of the office's lawyers, as filings name them (the licence a court filing quotes). */
export const officeLawyerSchema = z.object({
  name: requiredName,
  /** «лицензия № … от …», as the lawyer writes it. */
  licence: optional(shortText),
  barAssociation: optional(shortText),
  phone: optional(shortText),
  email: optional(shortText),
});
export type OfficeLawyer = z.output<typeof officeLawyerSchema>;

/**
 * The office's own details, which letterheads and signatures take. Synced between the office's
 * laptops like a record (field by field), so a colleague's filings carry the same address.
 */
export const officeDetailsSchema = z.object({
  name: shortText.refine((s) => s.length > 0, { message: 'required' }),
  address: optional(shortText),
  city: optional(nameText),
  phone: optional(shortText),
  email: optional(shortText),
  lawyers: list(officeLawyerSchema, 30).default([]),
});
export type OfficeDetails = z.output<typeof officeDetailsSchema>;
export type OfficeDetailsInput = z.input<typeof officeDetailsSchema>;
