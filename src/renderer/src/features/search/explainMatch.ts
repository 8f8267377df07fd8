import type { MatchExplanation } from '../../../../shared/search/searchResult';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * Each typed word with the spellings on record it met: «Abdullayev ↔ Абдуллаев / Abdullaev»,
 * and «Utkr ≈ Oʻtkir» for one letter off.
 */
export function explanationPairs(explanations: readonly MatchExplanation[]): string {
  const groups = new Map<string, { typed: string; approximate: boolean; found: string[] }>();
  for (const { typed, found, approximate } of explanations) {
    const key = `${typed}\u0000${approximate}`;
    const group = groups.get(key) ?? { typed, approximate, found: [] };
    if (!group.found.includes(found)) group.found.push(found);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => `${g.typed} ${g.approximate ? '≈' : '↔'} ${g.found.join(' / ')}`).join(', ');
}

/** «найдено по: Abdullayev ↔ Абдуллаев», or nothing when every word was spelled as on record. */
export function explanationText(t: Translate, explanations: readonly MatchExplanation[]): string | undefined {
  return explanations.length > 0 ? t('search.explain', { pairs: explanationPairs(explanations) }) : undefined;
}
