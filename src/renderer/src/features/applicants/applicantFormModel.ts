import type { Control } from 'react-hook-form';
import {
  type Applicant,
  type ApplicantInput,
  type ApplicantPatch,
  applicantFieldsSchema,
  type caseStatuses,
  type consentRecipients,
  type documentKinds,
  type familyRelations,
  type sexes,
  type vulnerabilities,
} from '../../../../shared/records/applicant';
import type { ApplicantSummary } from '../../../../shared/records/applicantSummary';
import { parseTypedDate } from '../../../../shared/records/partialDate';
import { showDate } from './format';
import { sharedSchemaResolver } from './formResolver';

export type ConsentState = 'unrecorded' | 'given' | 'refused';

export interface DocumentRow {
  kind: (typeof documentKinds)[number];
  number: string;
  issuedBy: string;
  /** As typed: dd.mm.yyyy, mm.yyyy or yyyy. */
  issuedOn: string;
  expiresOn: string;
}

export interface FamilyRow {
  applicantId: string;
  relation: (typeof familyRelations)[number] | '';
  /** The chosen person as the picker shows them; kept only for display. */
  person: ApplicantSummary | null;
}

/**
 * What the applicant form holds: the shape of the shared schema, so its error paths land on the
 * right field, except that dates are kept as typed and consent has an explicit "not recorded".
 */
export interface ApplicantFormValues {
  familyName: string;
  givenName: string;
  patronymic: string;
  aliases: string[];
  sex: (typeof sexes)[number];
  birthDate: string;
  /** The age a person states when the birth year is unknown; as typed. */
  approximateAge: string;
  approximateAgeOn: string;
  birthPlace: string;
  citizenship: string[];
  languages: string[];
  documents: DocumentRow[];
  phone: string;
  address: string;
  arrivalDate: string;
  familyLinks: FamilyRow[];
  vulnerabilities: (typeof vulnerabilities)[number][];
  consent: {
    state: ConsentState;
    recordedOn: string;
    shareWith: (typeof consentRecipients)[number][];
    note: string;
  };
  assignedLawyer: string;
  caseStatus: (typeof caseStatuses)[number];
  notes: string;
}

/** The form's control, whose submit handler receives the schema's input. */
export type ApplicantControl = Control<ApplicantFormValues, unknown, ApplicantInput>;

export const emptyDocument: DocumentRow = { kind: 'passport', number: '', issuedBy: '', issuedOn: '', expiresOn: '' };
export const emptyFamilyRow: FamilyRow = { applicantId: '', relation: '', person: null };

export function emptyApplicantValues(): ApplicantFormValues {
  return {
    familyName: '',
    givenName: '',
    patronymic: '',
    aliases: [],
    sex: 'unknown',
    birthDate: '',
    approximateAge: '',
    approximateAgeOn: '',
    birthPlace: '',
    citizenship: [],
    languages: [],
    documents: [],
    phone: '',
    address: '',
    arrivalDate: '',
    familyLinks: [],
    vulnerabilities: [],
    consent: { state: 'unrecorded', recordedOn: '', shareWith: [], note: '' },
    assignedLawyer: '',
    caseStatus: 'intake',
    notes: '',
  };
}

/** A stored applicant as the form shows it. */
export function applicantToValues(applicant: Applicant, people: Map<string, ApplicantSummary>): ApplicantFormValues {
  return {
    familyName: applicant.familyName ?? '',
    givenName: applicant.givenName ?? '',
    patronymic: applicant.patronymic ?? '',
    aliases: [...applicant.aliases],
    sex: applicant.sex,
    birthDate: showDate(applicant.birthDate),
    approximateAge: applicant.approximateAge === undefined ? '' : String(applicant.approximateAge),
    approximateAgeOn: showDate(applicant.approximateAgeOn),
    birthPlace: applicant.birthPlace ?? '',
    citizenship: [...applicant.citizenship],
    languages: [...applicant.languages],
    documents: applicant.documents.map((d) => ({
      kind: d.kind,
      number: d.number ?? '',
      issuedBy: d.issuedBy ?? '',
      issuedOn: showDate(d.issuedOn),
      expiresOn: showDate(d.expiresOn),
    })),
    phone: applicant.phone ?? '',
    address: applicant.address ?? '',
    arrivalDate: showDate(applicant.arrivalDate),
    familyLinks: applicant.familyLinks.map((link) => ({
      applicantId: link.applicantId,
      relation: link.relation,
      person: people.get(link.applicantId) ?? null,
    })),
    vulnerabilities: [...applicant.vulnerabilities],
    consent: applicant.consent
      ? {
          state: applicant.consent.given ? 'given' : 'refused',
          recordedOn: showDate(applicant.consent.recordedOn),
          shareWith: [...applicant.consent.shareWith],
          note: applicant.consent.note ?? '',
        }
      : { state: 'unrecorded', recordedOn: '', shareWith: [], note: '' },
    assignedLawyer: applicant.assignedLawyer ?? '',
    caseStatus: applicant.caseStatus,
    notes: applicant.notes ?? '',
  };
}

/** What was typed, as stored: ISO dates; an unreadable date stays as typed so the schema names it. */
export function typedDate(value: string): string {
  const text = value.trim();
  if (!text) return '';
  return parseTypedDate(text) ?? text;
}

function ageOf(typed: string): number | string | undefined {
  const text = typed.trim();
  if (!text) return '';
  return /^\d{1,3}$/.test(text) ? Number(text) : text;
}

/**
 * The form's values as the shared schema's input. Empty strings stay: they mean "not given" to the
 * schema, and in an edit they clear the field (an absent key would keep the old value).
 */
export function valuesToInput(values: ApplicantFormValues): ApplicantInput {
  const { consent } = values;
  return {
    familyName: values.familyName,
    givenName: values.givenName,
    patronymic: values.patronymic,
    aliases: values.aliases,
    sex: values.sex,
    birthDate: typedDate(values.birthDate),
    // A typed age that is not a whole number stays as typed, so the schema names the problem.
    approximateAge: ageOf(values.approximateAge) as number | undefined,
    approximateAgeOn: typedDate(values.approximateAgeOn),
    birthPlace: values.birthPlace,
    citizenship: values.citizenship,
    languages: values.languages,
    documents: values.documents.map((d) => ({
      kind: d.kind,
      number: d.number,
      issuedBy: d.issuedBy,
      issuedOn: typedDate(d.issuedOn),
      expiresOn: typedDate(d.expiresOn),
    })),
    phone: values.phone,
    address: values.address,
    arrivalDate: typedDate(values.arrivalDate),
    familyLinks: values.familyLinks.map((link) => ({
      applicantId: link.applicantId,
      relation: link.relation as (typeof familyRelations)[number],
    })),
    vulnerabilities: values.vulnerabilities,
    consent:
      consent.state === 'unrecorded'
        ? undefined
        : {
            given: consent.state === 'given',
            recordedOn: typedDate(consent.recordedOn),
            shareWith: consent.state === 'given' ? consent.shareWith : [],
            note: consent.note,
          },
    assignedLawyer: values.assignedLawyer,
    caseStatus: values.caseStatus,
    notes: values.notes,
  };
}

/** Only the fields that differ from what was loaded, so an edit never overwrites a colleague's change elsewhere. */
export function patchOf(before: ApplicantInput, after: ApplicantInput): ApplicantPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ApplicantInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as ApplicantPatch;
}

/** Validates with the shared schema (the one the core applies again), after turning typed dates into ISO. */
export const applicantResolver = sharedSchemaResolver<ApplicantFormValues, ApplicantInput>(
  applicantFieldsSchema,
  valuesToInput,
);

/** A draft from the vault, trusted only as far as its shape matches the form's. */
export function sanitizeDraft<T extends object>(doc: unknown, defaults: T): T {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return defaults;
  const source = doc as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = source[key];
    if (Array.isArray(fallback)) {
      out[key] = Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined) : fallback;
    } else if (typeof fallback === 'object' && fallback !== null) {
      out[key] = sanitizeDraft(value, fallback);
    } else {
      out[key] = typeof value === typeof fallback ? value : fallback;
    }
  }
  return out as T;
}

/** An applicant draft, each list item checked against its row's shape. */
export function sanitizeApplicantDraft(doc: unknown): ApplicantFormValues {
  const values = sanitizeDraft(doc, emptyApplicantValues());
  return {
    ...values,
    aliases: values.aliases.filter((a) => typeof a === 'string'),
    citizenship: values.citizenship.filter((c) => typeof c === 'string'),
    languages: values.languages.filter((c) => typeof c === 'string'),
    documents: values.documents.map((d) => sanitizeDraft(d, emptyDocument)),
    familyLinks: values.familyLinks.map((f) => ({
      ...sanitizeDraft(f, { applicantId: '', relation: '' }),
      person: typeof (f as FamilyRow).person === 'object' ? ((f as FamilyRow).person ?? null) : null,
    })) as FamilyRow[],
  };
}
