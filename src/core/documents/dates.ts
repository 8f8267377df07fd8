import type { Language } from '../../shared/i18n';

const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Months as a date in words needs them: Russian in the genitive after a day, Kazakh nominative. */
const MONTHS: Record<Language, { afterDay: readonly string[]; alone: readonly string[] }> = {
  ru: {
    afterDay: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    alone: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
  },
  // Kazakh names the month the same way after a day and alone.
  kk: { afterDay: KAZAKH_MONTHS, alone: KAZAKH_MONTHS },
  en: { afterDay: ENGLISH_MONTHS, alone: ENGLISH_MONTHS },
};

/**
 * A stored date (`2026`, `2026-10`, `2026-10-15`) in words, as filings write it:
 * ru «15 октября 2026 г.», «октябрь 2026 г.», «2026 г.»;
 * kk «2026 жылғы 15 қазан», «2026 жылғы қазан», «2026 жыл»;
 * en "15 October 2026", "October 2026", "2026".
 * A date known only to the month or year stays so: a filing must not invent a day.
 */
export function longDate(value: string, language: Language): string {
  const [year = '', month, day] = value.split('-');
  const index = month ? Number(month) - 1 : -1;
  const months = MONTHS[language];
  const dayNumber = day ? String(Number(day)) : '';
  switch (language) {
    case 'ru':
      if (day) return `${dayNumber} ${months.afterDay[index]} ${year} г.`;
      if (month) return `${months.alone[index]} ${year} г.`;
      return `${year} г.`;
    case 'kk':
      if (day) return `${year} жылғы ${dayNumber} ${months.afterDay[index]}`;
      if (month) return `${year} жылғы ${months.alone[index]}`;
      return `${year} жыл`;
    case 'en':
      if (day) return `${dayNumber} ${months.afterDay[index]} ${year}`;
      if (month) return `${months.alone[index]} ${year}`;
      return year;
  }
}

/** Russian months after «в»: «в мае 2026 г.». */
const RUSSIAN_IN_MONTH = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
/** Kazakh months in the locative: «2026 жылғы мамырда». */
const KAZAKH_IN_MONTH = [
  'қаңтарда',
  'ақпанда',
  'наурызда',
  'сәуірде',
  'мамырда',
  'маусымда',
  'шілдеде',
  'тамызда',
  'қыркүйекте',
  'қазанда',
  'қарашада',
  'желтоқсанда',
];

/**
 * A stored date as a sentence says when something happened: ru «15 мая 2026 г.», «в мае 2026 г.»,
 * «в 2026 г.»; kk «2026 жылғы 15 мамырда», «2026 жылғы мамырда», «2026 жылы»; en "on 15 May 2026",
 * "in May 2026", "in 2026". `longDate` is for a date after a label («Дата прибытия: май 2026 г.»);
 * this is for a date inside a sentence («прибыл в мае 2026 г.»), where the nominative is wrong.
 */
export function whenDate(value: string, language: Language): string {
  const [year = '', month, day] = value.split('-');
  const index = month ? Number(month) - 1 : -1;
  switch (language) {
    case 'ru':
      if (day) return longDate(value, language);
      if (month) return `в ${RUSSIAN_IN_MONTH[index]} ${year} г.`;
      return `в ${year} г.`;
    case 'kk':
      if (day) return `${year} жылғы ${String(Number(day))} ${KAZAKH_IN_MONTH[index]}`;
      if (month) return `${year} жылғы ${KAZAKH_IN_MONTH[index]}`;
      return `${year} жылы`;
    case 'en':
      return `${day ? 'on' : 'in'} ${longDate(value, language)}`;
  }
}

/** Today's date as stored (local calendar day). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
