import { toCardinal as englishCardinal } from 'n2words/en-GB';
import { toCardinal as russianCardinal } from 'n2words/ru-RU';
import type { DeadlineLength } from '../../shared/deadlines/deadlineRules';
import type { Language } from '../../shared/i18n';

/**
 * Numbers in words, as a filing writes a period: «10 (десять) дней». Russian and English come from
 * n2words; it has no Kazakh, whose cardinals are regular (tens and units side by side), so they
 * are composed here.
 */
const KAZAKH_UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KAZAKH_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

function kazakhBelowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0) words.push(...(hundreds > 1 ? [KAZAKH_UNITS[hundreds] ?? ''] : []), 'жүз');
  if (tens > 0) words.push(KAZAKH_TENS[tens] ?? '');
  if (units > 0) words.push(KAZAKH_UNITS[units] ?? '');
  return words;
}

export function kazakhCardinal(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError('kazakhCardinal: 0 to 999999');
  if (n === 0) return 'нөл';
  const thousands = Math.floor(n / 1000);
  const words = [
    ...(thousands > 0 ? [...(thousands > 1 ? kazakhBelowThousand(thousands) : []), 'мың'] : []),
    ...kazakhBelowThousand(n % 1000),
  ];
  return words.join(' ');
}

export function cardinal(n: number, language: Language): string {
  if (language === 'kk') return kazakhCardinal(n);
  return language === 'ru' ? russianCardinal(n) : englishCardinal(n);
}

/** день / дня / дней: the Russian noun after a number. */
function russianPlural(n: number, forms: readonly [string, string, string]): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

const UNITS = {
  days: { ru: ['день', 'дня', 'дней'], kk: 'күн', en: ['day', 'days'] },
  months: { ru: ['месяц', 'месяца', 'месяцев'], kk: 'ай', en: ['month', 'months'] },
} as const;

/** A rule's period in words: «10 (десять) дней», «10 (он) күн», "10 (ten) days". */
export function periodText(length: DeadlineLength, language: Language): string {
  const [unit, n] = 'days' in length ? (['days', length.days] as const) : (['months', length.months] as const);
  const words = cardinal(n, language);
  const noun =
    language === 'ru'
      ? russianPlural(n, UNITS[unit].ru)
      : language === 'kk'
        ? UNITS[unit].kk
        : UNITS[unit].en[n === 1 ? 0 : 1];
  return `${n} (${words}) ${noun}`;
}
