import { z } from 'zod';
import { countryCode, languageCode } from './codes';
import { partialDate } from './partialDate';
import { list, longText, nameText, optional, requiredName, shortText } from './text';

export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export const caseStatuses = [
  'intake',
  'asylum_pending',
  'refused',
  'appeal',
  'extradition_risk',
  'recognized',
  'unhcr_mandate',
  'left_country',
  'extradited',
  'closed',
] as const;
export const documentKinds = [
  'passport',
  'asylum_certificate',
  'unhcr_certificate',
  'residence_permit',
  'other',
] as const;
export const vulnerabilities = [
  'minor',
  'unaccompanied_minor',
  'pregnant',
  'elderly',
  'disability',
  'serious_illness',
  'torture_survivor',
  'gbv_survivor',
  'single_parent',
  'stateless',
] as const;
/** Who a client agreed their data may be shared with (informed consent). */
export const consentRecipients = [
  'unhcr',
  'courts',
  'ombudsman',
  'un_bodies',
  'embassies',
  'ngo_partners',
  'media',
] as const;
export const familyRelations = ['spouse', 'child', 'parent', 'sibling', 'other'] as const;

export const identityDocumentSchema = z.object({
  kind: z.enum(documentKinds),
  number: optional(shortText),
  issuedBy: optional(shortText),
  issuedOn: optional(partialDate),
  expiresOn: optional(partialDate),
});

export const familyLinkSchema = z.object({
  applicantId: z.uuid(),
  relation: z.enum(familyRelations),
});

export const consentSchema = z.object({
  given: z.boolean(),
  recordedOn: optional(partialDate),
  shareWith: list(z.enum(consentRecipients)),
  note: optional(longText),
});

/** Every field of an applicant as the form, IPC, the CLI and import all see it. */
export const applicantFieldsSchema = z.object({
  familyName: requiredName,
  givenName: optional(nameText),
  patronymic: optional(nameText),
  aliases: list(requiredName).default([]),
  sex: z.enum(sexes).default('unknown'),
  birthDate: optional(partialDate),
  birthPlace: optional(shortText),
  citizenship: list(countryCode, 5).default([]),
  languages: list(languageCode, 10).default([]),
  documents: list(identityDocumentSchema, 20).default([]),
  phone: optional(shortText),
  address: optional(shortText),
  arrivalDate: optional(partialDate),
  familyLinks: list(familyLinkSchema, 30).default([]),
  vulnerabilities: list(z.enum(vulnerabilities)).default([]),
  consent: consentSchema.optional(),
  assignedLawyer: optional(shortText),
  caseStatus: z.enum(caseStatuses).default('intake'),
  notes: optional(longText),
});
export type ApplicantFields = z.output<typeof applicantFieldsSchema>;
export type ApplicantInput = z.input<typeof applicantFieldsSchema>;
export const applicantFieldNames = Object.keys(applicantFieldsSchema.shape) as (keyof ApplicantFields)[];

export const applicantSchema = applicantFieldsSchema.extend({
  id: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Applicant = z.output<typeof applicantSchema>;
