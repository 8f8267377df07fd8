/** The parts of a name a record may hold; a person known by one name only has no family name. */
export interface NameParts {
  familyName?: string | undefined;
  givenName?: string | undefined;
  patronymic?: string | undefined;
}

/**
 * "NAZAROV Sherali Jamshedovich": the family name in capitals, as on Kazakh and Russian case papers,
 * then the given name and patronymic; a person known by one name only is that name, as written.
 */
export function personName(person: NameParts, options: { patronymic?: boolean } = {}): string {
  const family = person.familyName?.trim();
  return [family?.toLocaleUpperCase(), person.givenName, options.patronymic === false ? undefined : person.patronymic]
    .filter((part) => Boolean(part?.trim()))
    .join(' ');
}

/** The name a list sorts by: the family name, or the only name a person is known by. */
export function sortName(person: NameParts): string {
  return person.familyName?.trim() || person.givenName?.trim() || '';
}
