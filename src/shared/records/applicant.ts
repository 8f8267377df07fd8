import { z } from 'zod';
import { countryCode, languageCode } from './codes';
import { documentNumber } from './documentNumber';
import { nameFormsSchema } from './nameForms';
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
  'refugee_certificate',
  'travel_document',
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
  number: optional(documentNumber),
  issuedBy: optional(shortText),
  issuedOn: optional(partialDate),
  expiresOn: optional(partialDate),
});

export const familyLinkSchema = z.object({
  applicantId: z.uuid(),
  relation: z.enum(familyRelations),
});

export type FamilyLink = z.output<typeof familyLinkSchema>;

export const consentSchema = z.object({
  given: z.boolean(),
  recordedOn: optional(partialDate),
  shareWith: list(z.enum(consentRecipients)),
  note: optional(longText),
});

/** An age as the person states it, when the birth year itself is not known. */
export const MAX_AGE = 120;

/**
 * Every field of an applicant, with no defaults: the base of the full record and of an edit.
 * A person may be known by one name only, so the family name is optional; the record needs a
 * family or a given name (see `applicantFieldsSchema`).
 */
const applicantShape = {
  familyName: optional(nameText),
  givenName: optional(nameText),
  patronymic: optional(nameText),
  aliases: list(requiredName),
  sex: z.enum(sexes),
  birthDate: optional(partialDate),
  /** Used when the birth year is unknown: "about 30", as stated on `approximateAgeOn`. */
  // An empty form field (or null) means "not given", as for text.
  approximateAge: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.number().int().min(0).max(MAX_AGE).optional(),
  ),
  approximateAgeOn: optional(partialDate),
  birthPlace: optional(shortText),
  citizenship: list(countryCode, 5),
  languages: list(languageCode, 10),
  documents: list(identityDocumentSchema, 20),
  phone: optional(shortText),
  address: optional(shortText),
  arrivalDate: optional(partialDate),
  familyLinks: list(familyLinkSchema, 30),
  vulnerabilities: list(z.enum(vulnerabilities)),
  consent: consentSchema.optional(),
  assignedLawyer: optional(shortText),
  caseStatus: z.enum(caseStatuses),
  notes: optional(longText),
  /** How the name reads in filings, as the lawyer corrected it (documents from templates). */
  nameForms: nameFormsSchema.optional(),
};

/** A whole applicant as the form, IPC, the CLI and import all see it. */
export const applicantFieldsSchema = z
  .object({
    ...applicantShape,
    aliases: applicantShape.aliases.default([]),
    sex: applicantShape.sex.default('unknown'),
    citizenship: applicantShape.citizenship.default([]),
    languages: applicantShape.languages.default([]),
    documents: applicantShape.documents.default([]),
    familyLinks: applicantShape.familyLinks.default([]),
    vulnerabilities: applicantShape.vulnerabilities.default([]),
    caseStatus: applicantShape.caseStatus.default('intake'),
  })
  .refine((applicant) => Boolean(applicant.familyName || applicant.givenName), {
    message: 'nameRequired',
    path: ['familyName'],
  });
export type ApplicantFields = z.output<typeof applicantFieldsSchema>;
export type ApplicantInput = z.input<typeof applicantFieldsSchema>;
export const applicantFieldNames = Object.keys(applicantFieldsSchema.shape) as (keyof ApplicantFields)[];

/**
 * An edit names only the fields it changes. It has no defaults: with them, an edit of the status
 * would silently empty the citizenship list.
 */
export const applicantPatchSchema = z.object(applicantShape).partial().strict();
export type ApplicantPatch = z.input<typeof applicantPatchSchema>;

export const applicantSchema = applicantFieldsSchema.extend({
  id: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Applicant = z.output<typeof applicantSchema>;
