/**
 * The folding as it was before issue 15 (twelve regex passes), kept only so that `npm run bench`
 * can measure the new one against it in the same run. Nothing else may import it.
 */
/** Cyrillic letters of Russian, Kazakh, Tajik, Uzbek and Kyrgyz, to a plain Latin transcription. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Tajik
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  ҳ: 'h',
  // Uzbek (ў is the Uzbek Latin oʻ, which Russian writes у)
  ў: 'u',
  // Kyrgyz ң ө ү are above. Turkish-style Latin, used by some Uzbek and Turkmen documents:
  ş: 'sh',
  ç: 'ch',
  ğ: 'g',
  ı: 'i',
};

/** Uzbek Latin digraphs with a modifier letter or apostrophe: oʻ is a u-sound, gʻ a g. */
const UZBEK_APOSTROPHES = /[ʻʼ'‘’`´]/gu;

/**
 * Applied in order to the transcribed, lower-case string. Each rule merges spellings that
 * transcriptions use interchangeably for one sound.
 */
const MERGES: [RegExp, string][] = [
  [/o[ʻʼ'‘’`´]/gu, 'u'], // oʻ (Uzbek Latin) = ў = у
  [/g[ʻʼ'‘’`´]/gu, 'g'], // gʻ = ғ
  [UZBEK_APOSTROPHES, ''],
  [/shch/g, 'sh'],
  [/dzh|dj|zh/g, 'j'], // Джамшед / Jamshed / Dzhamshed; ж
  [/kh|x/g, 'h'], // Хадича / Xadicha / Khadicha
  [/q/g, 'k'], // Uzbek q = қ
  [/w/g, 'v'],
  [/ts/g, 'c'],
  [/y/g, 'i'], // й, ы, y, and the y of yu/ya/yo
  [/o/g, 'a'], // Uzbek Latin o is the sound Russian writes а (Gʻofurov / Гафуров)
  [/([a-z])\1+/g, '$1'], // Hassan / Хасан (letters only: 0114 stays 0114)
];

function transcribe(text: string): string {
  let out = '';
  for (const ch of text.toLocaleLowerCase()) out += CYRILLIC[ch] ?? ch;
  // Other Latin letters with diacritics (é, ö, ü, ä) simply lose them.
  return out.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Folds one word (no spaces) into its search key. */
export function foldWord(word: string): string {
  let key = transcribe(word);
  for (const [pattern, replacement] of MERGES) key = key.replace(pattern, replacement);
  return key.replace(/[^a-z0-9]/g, '');
}

/** Splits text into words: letters, digits and the apostrophes that belong inside Uzbek words. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}ʻʼ'‘’`´]+/gu) ?? [];
}

/** Folds every word of a text; empty keys (punctuation-only words) are dropped. */
export function foldText(text: string): string[] {
  return words(text)
    .map(foldWord)
    .filter((key) => key.length > 0);
}
