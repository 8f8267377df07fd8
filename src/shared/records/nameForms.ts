import { z } from 'zod';
import { nameText, optional, requiredName } from './text';

/** The Russian cases a filing puts a name in, after the nominative. */
export const grammaticalCases = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
export type GrammaticalCase = (typeof grammaticalCases)[number];

/** A name in parts, as one case of it is written in a filing. */
export const namePartsSchema = z.object({
  family: requiredName,
  given: optional(nameText),
  patronymic: optional(nameText),
});
export type NameParts = z.output<typeof namePartsSchema>;

/**
 * The lawyer's correction of how a person's name reads in Russian and Kazakh filings: the
 * nominative in Cyrillic (the record may hold a Latin spelling) and each case, as the declension
 * library got it wrong (non-Russian given names are often indeclinable). `madeFor` is the record's
 * name when the correction was made: once the record's name changes, the correction no longer
 * applies and the filing says so.
 */
export const nameFormsSchema = z.object({
  madeFor: z.string().max(400),
  nominative: namePartsSchema,
  genitive: namePartsSchema,
  dative: namePartsSchema,
  accusative: namePartsSchema,
  instrumental: namePartsSchema,
  prepositional: namePartsSchema,
});
export type NameForms = z.output<typeof nameFormsSchema>;

/** What `madeFor` holds: the record's own name parts, so any later change of them shows. */
export function nameKey(name: {
  familyName?: string | undefined;
  givenName?: string | undefined;
  patronymic?: string | undefined;
}) {
  return [name.familyName ?? '', name.givenName ?? '', name.patronymic ?? ''].join('|');
}
