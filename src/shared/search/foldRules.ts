import type { FoldSourceId } from './foldSources';

/**
 * The folding rules as data: which letters (in any script the bureau meets) become which letters
 * of the search key, and why, with the source of each (foldSources.ts). fold.ts compiles them into
 * one trie and reads every word once, left to right, taking the longest rule that applies.
 *
 * The key alphabet is small on purpose. Vowels: a (а о ә ө, Uzbek o), e (е э), i (и й ы і, y),
 * u (у ў ӯ ү ұ, Uzbek oʻ). Consonants are single letters, one per sound the documents tell apart:
 * h for х ҳ һ (kh, x, h), j for ж җ ҷ дж (zh, dzh, dj, j), q for ч (ch), w for ш щ (sh, shch),
 * c for ц (ts), k for к қ (q), g for г ғ (gʻ, gh), n for н ң (ng). A doubled key letter is written
 * once (Hassan / Хасан, Abdullaev / Абдулаев, Dmitrii / Dmitriy / Dmitry).
 *
 * A rule with several `write`s is a genuine ambiguity: one spelling stands for two others that
 * differ (ICAO writes Ё as E, while Uzbek Yo is Russian Я), so the word gets one key for each
 * reading and two spellings match when they share a key. Such rules are kept rare: every one
 * multiplies the keys of the words it touches (at most MAX_KEYS in fold.ts).
 */
export interface FoldRule {
  /** Lower-case letters or letter sequences this rule reads, in any script. */
  read: readonly string[];
  /** The key letters written; several for an ambiguous spelling. '' writes nothing. */
  write: string | readonly string[];
  /** Only after a letter of this kind ('open': a, e, o and their Cyrillic and Kazakh forms), or at the start. */
  after?: 'vowel' | 'open' | 'start';
  /** Only before a letter of this kind, or at the end of the word. */
  before?: 'vowel' | 'consonantOrEnd' | 'end';
  why: string;
  sources: readonly FoldSourceId[];
}

/** The marks that Uzbek Latin writes after o and g (oʻ gʻ), in every form keyboards produce. */
export const UZBEK_APOSTROPHES = ['ʻ', 'ʼ', "'", '‘', '’', '`', '´'] as const;
const withApostrophe = (letters: string) => UZBEK_APOSTROPHES.map((mark) => `${letters}${mark}`);

/** Letters that count as vowels for the `after`/`before` conditions (the word as written). */
export const VOWEL_LETTERS = 'aeiouyäáàâāåéèêëēėíìîïīĭǐıóòôöōőúùûüūŭýаеёиоуыэюяәөұүіӣӯў';
export const OPEN_LETTERS = 'aeoäöаеоэәө';

export const foldRules: readonly FoldRule[] = [
  // ---- Letters that separate, or that no system writes with a letter of its own.
  {
    read: ['ъ', 'ь', ...UZBEK_APOSTROPHES, 'ʹ', 'ʺ', '·', '"'],
    write: '',
    why: 'Hard and soft signs, the Uzbek tutuq belgisi (Isʼhoq), primes and the BGN middle dot write no sound; they still keep the letters on either side apart (sʼh is s + h, not sh).',
    sources: ['icao9303', 'bgnRussian', 'alaLc', 'gost779', 'uzLatin1995'],
  },

  // ---- Vowels.
  {
    read: ['а', 'a', 'á', 'à', 'ā', 'ä', 'å', 'ӓ'],
    write: 'a',
    why: 'a, and ä which BGN/PCGN writes for Kazakh ә.',
    sources: ['icao9303', 'bgnKazakh'],
  },
  {
    read: ['о', 'o', 'ө', 'ò', 'ô', 'ö', 'ō', 'ő', 'ø'],
    write: 'a',
    why: 'Uzbek and Tajik o (Persian ā) is Russian а (Gʻofurov / Гафуров, Toshmatov / Ташматов); Kazakh and Kyrgyz ө is Russian о (Өмірзақ / Омирзак), ö in BGN/PCGN.',
    sources: ['uzLatin1995', 'bgnUzbek', 'ruRendering', 'bgnKazakh', 'bgnKyrgyz'],
  },
  {
    read: ['ә'],
    write: ['a', 'e'],
    why: 'Kazakh ә is Russian а (Әлия / Алия) but Uyghur ә is e in ULY and ODNI (Мәмәт / Memet).',
    sources: ['bgnKazakh', 'odni', 'uyghurLatin'],
  },
  {
    read: ['е', 'э', 'e', 'é', 'è', 'ê', 'ē', 'ė', 'ye'],
    write: 'e',
    why: 'ICAO writes Е and Э as E; BGN/PCGN and Uzbek Latin write ye initially and after vowels (Yerlan / Ерлан / ERLAN, Aliyev / Алиев / ALIEV, Boboyev / Бобоев); ALA-LC ė and GOST è for э.',
    sources: ['icao9303', 'bgnRussian', 'uzLatin1995', 'alaLc', 'gost779'],
  },
  {
    read: ['ё', 'ë', 'yo', 'yë'],
    write: 'ia',
    after: 'start',
    why: 'At the start of a name Ё and Yo are Uzbek and Tajik (Yorqin / Ёрқин, Yodgor / Ёдгор, whose Russian forms have я): reading them as E too would make Yorqin the same as Erkin and Yodgor as Edgar. Russian names that begin with Ё are rare.',
    sources: ['uzLatin1995', 'ruRendering'],
  },
  {
    read: ['ё', 'ë', 'yo', 'yë'],
    write: ['e', 'ia'],
    why: 'Ё is E in ICAO passports and usually printed е (Фёдоров / FEDOROV / Fyodorov); but Uzbek Latin yo is often Russian я (Yoqubov / Якубов, Baxtiyor / Бахтияр), which the key writes ia.',
    sources: ['icao9303', 'ruOrthography', 'bgnRussian', 'gost779', 'alaLc', 'uzLatin1995', 'ruRendering'],
  },
  {
    read: withApostrophe('yo'),
    write: 'iu',
    why: 'Uzbek yoʻ is йў, Russian ю (Yoʻldosh / Юлдаш).',
    sources: ['uzLatin1995', 'ruRendering'],
  },
  {
    read: ['и', 'й', 'ы', 'і', 'ӣ', 'i', 'y', 'ı', 'í', 'ì', 'î', 'ï', 'ī', 'ĭ', 'ǐ'],
    write: 'i',
    why: 'ICAO writes И and Й as I and Ы as Y; BGN/PCGN and Uzbek Latin write й as y; Uzbek has no ы and writes i (Sodiqov / Садыков); Kazakh і, Tajik ӣ (BGN í), ALA-LC ĭ, Kazakh Latin ı.',
    sources: ['icao9303', 'bgnRussian', 'uzLatin1995', 'bgnKazakh', 'bgnTajik', 'alaLc', 'kzLatin'],
  },
  {
    read: ['ý'],
    write: ['i', 'u'],
    why: 'ý is y in some Latin alphabets but Kazakh у in the 2018 Kazakh Latin alphabet.',
    sources: ['kzLatin', 'informal'],
  },
  {
    read: ['у', 'ў', 'ӯ', 'ү', 'ұ', 'u', 'ú', 'ù', 'ü', 'ū', 'ŭ', 'ou', 'оу', ...withApostrophe('o')],
    write: 'u',
    why: 'Uzbek ў / oʻ and Tajik ӯ are Russian у (Oʻtkir / Ўткир / Уткир); Kazakh and Kyrgyz ү ұ (BGN ü u ū); ou is the French and English spelling of u in Afghan names (Mahmoud / Махмуд), and ICAO writes оу as OU.',
    sources: ['uzLatin1995', 'bgnTajik', 'bgnKazakh', 'bgnKyrgyz', 'ruRendering', 'informal', 'icao9303'],
  },
  {
    read: ['ó'],
    write: ['u', 'a'],
    why: 'ó stands for Uzbek oʻ in the proposed Uzbek Latin revisions but for Kazakh ө in the 2018 Kazakh Latin alphabet.',
    sources: ['uzLatinReform', 'kzLatin'],
  },
  {
    read: ['you'],
    write: 'iu',
    why: 'English-style spellings write ю as you (Yousuf / Юсуф), which is y + ou, not yo + u.',
    sources: ['informal'],
  },
  {
    read: ['ю'],
    write: 'iu',
    why: 'ICAO IU; BGN/PCGN and Uzbek Latin yu (Юсупова / IUSUPOVA / Yusupova).',
    sources: ['icao9303', 'bgnRussian', 'uzLatin1995'],
  },
  {
    read: ['я'],
    write: 'ia',
    why: 'ICAO IA; BGN/PCGN and Uzbek Latin ya.',
    sources: ['icao9303', 'bgnRussian', 'uzLatin1995'],
  },
  {
    read: ['û'],
    write: ['iu', 'u'],
    why: 'GOST 7.79 system A writes ю as û; elsewhere û is u.',
    sources: ['gost779'],
  },
  {
    read: ['â'],
    write: ['ia', 'a'],
    why: 'GOST 7.79 system A writes я as â; elsewhere â is a.',
    sources: ['gost779'],
  },
  {
    read: ['ee'],
    write: ['e', 'i'],
    why: 'English-style spellings of Afghan names write a long i as ee (Raheem / Рахим); Kyrgyz writes long e as ээ (Жээнбеков / Zheenbekov).',
    sources: ['informal', 'bgnKyrgyz'],
  },
  {
    read: ['oo'],
    write: ['a', 'u'],
    why: 'English-style spellings write a long u as oo (Mahmood / Махмуд); Kyrgyz writes long o as оо.',
    sources: ['informal', 'bgnKyrgyz'],
  },

  // ---- Consonants.
  { read: ['б', 'b'], write: 'b', why: 'b.', sources: ['icao9303'] },
  {
    read: ['в', 'v', 'w'],
    write: 'v',
    why: 'v; w in English-style spellings (Wali / Вали) and for Uyghur в (ODNI).',
    sources: ['icao9303', 'informal', 'odni'],
  },
  {
    read: ['г', 'g', 'ғ', 'gh', 'ğ', 'ǵ', ...withApostrophe('g')],
    write: 'g',
    why: 'Tajik and Kazakh ғ is gh in BGN/PCGN and ODNI, gʻ in Uzbek Latin, G in passports and in Russian (Ghafurov / Gʻofurov / Гафуров); gh is also the English spelling of Dari غ (Ghulam / Гулям).',
    sources: ['bgnTajik', 'bgnKazakh', 'odni', 'uzLatin1995', 'icao9303', 'icao9303Mrz', 'informal'],
  },
  { read: ['д', 'd'], write: 'd', why: 'd.', sources: ['icao9303'] },
  {
    read: ['ж', 'җ', 'ҷ', 'zh', 'dzh', 'dj', 'ž', 'дж'],
    write: 'j',
    why: 'ICAO and BGN/PCGN write ж as zh, Uzbek and Kyrgyz Latin as j (Zhumabaev / Jumabayev / Жумабаев); Russian writes Tajik ҷ and Uzbek j as дж (Ҷамшед / Джамшед / Dzhamshed / Jamshed); GOST A ž.',
    sources: ['icao9303', 'bgnRussian', 'bgnKyrgyz', 'uzLatin1995', 'bgnTajik', 'ruRendering', 'gost779', 'informal'],
  },
  {
    read: ['j'],
    write: 'i',
    after: 'vowel',
    before: 'consonantOrEnd',
    why: 'GOST 7.79 writes й as j: after a vowel and before a consonant or the end of the word j is that й (Hajdarov / Хайдаров, Sergej), while Uzbek j stands before vowels (Rajab, Xoʻja).',
    sources: ['gost779'],
  },
  {
    read: ['j'],
    write: 'j',
    why: 'Uzbek, Kyrgyz and Tajik Latin j is ж / дж.',
    sources: ['uzLatin1995', 'bgnKyrgyz', 'bgnTajik'],
  },
  { read: ['з', 'z'], write: 'z', why: 'z.', sources: ['icao9303'] },
  {
    read: ['к', 'k', 'қ', 'q'],
    write: 'k',
    why: 'Uzbek and Kazakh q is қ, which Russian and passports write к (Qodirov / Кадыров, Қанат / Kanat).',
    sources: ['uzLatin1995', 'bgnKazakh', 'ruRendering', 'kzPassport'],
  },
  { read: ['л', 'l'], write: 'l', why: 'l.', sources: ['icao9303'] },
  { read: ['м', 'm'], write: 'm', why: 'm.', sources: ['icao9303'] },
  {
    read: ['н', 'n', 'ң', 'ng', 'ñ', 'ń', 'ŋ'],
    write: 'n',
    why: 'Kazakh ң is ng in BGN/PCGN and ODNI, N in passports, н in Russian (Жаңабаев / Zhangabayev / Жанабаев); Uzbek ng.',
    sources: ['bgnKazakh', 'odni', 'kzPassport', 'uzLatin1995', 'kzLatin'],
  },
  {
    read: ['нг'],
    write: ['n', 'ng'],
    why: 'Cyrillic нг is what Latin ng stands for (Jahongir / Джахонгир), but BGN/PCGN writes it n·g to keep it apart from ң.',
    sources: ['bgnKazakh', 'uzLatin1995'],
  },
  { read: ['п', 'p'], write: 'p', why: 'p.', sources: ['icao9303'] },
  { read: ['р', 'r'], write: 'r', why: 'r.', sources: ['icao9303'] },
  { read: ['с', 's'], write: 's', why: 's.', sources: ['icao9303'] },
  { read: ['т', 't'], write: 't', why: 't.', sources: ['icao9303'] },
  {
    read: ['ф', 'f', 'ph'],
    write: 'f',
    why: 'f; ph in French and English spellings of Arabic names (Mustapha).',
    sources: ['icao9303', 'informal'],
  },
  {
    read: ['x'],
    write: ['h', 'ks'],
    after: 'vowel',
    before: 'vowel',
    why: 'Between vowels x is Uzbek х (Toxir) or the English x for кс (Maxim / Максим, Alexander).',
    sources: ['uzLatin1995', 'informal'],
  },
  {
    read: ['х', 'ҳ', 'һ', 'h', 'kh', 'x'],
    write: '',
    after: 'open',
    before: 'end',
    why: 'English-style spellings end Arabic names in -ah where Russian and Uzbek end them in -а (Abdullah / Абдулла, Fatimah / Fotima); the letter is dropped at the end of every word after a, e or o, in every script, so both spellings fold alike.',
    sources: ['informal', 'ruRendering'],
  },
  {
    read: ['х', 'ҳ', 'һ', 'h', 'kh', 'x'],
    write: 'h',
    why: 'ICAO and BGN/PCGN write х as kh, Uzbek Latin and GOST B as x, GOST A and informal spellings as h; Tajik ҳ and Kazakh һ are h (Хадича / Xadicha / Khadicha / Hadicha).',
    sources: ['icao9303', 'bgnRussian', 'uzLatin1995', 'gost779', 'bgnTajik', 'bgnKazakh', 'informal'],
  },
  {
    read: ['ц', 'c', 'ts', 'cz'],
    write: 'c',
    why: 'ICAO and BGN/PCGN write ц as ts, GOST 7.79 as c (system B cz before some vowels).',
    sources: ['icao9303', 'bgnRussian', 'gost779'],
  },
  {
    read: ['ч', 'ch', 'č', 'ç'],
    write: 'q',
    why: 'ch; GOST A č; Turkish-style and proposed Uzbek Latin ç.',
    sources: ['icao9303', 'uzLatin1995', 'gost779', 'uzLatinReform'],
  },
  {
    read: ['ш', 'щ', 'sh', 'shch', 'sch', 'shh', 'š', 'ş', 'ŝ'],
    write: 'w',
    why: 'sh; щ is shch in ICAO and BGN/PCGN, shh in GOST B, and Tajik replaced it with ш in 1998; GOST A š ŝ; ş in Turkish-style, Kazakh and proposed Uzbek Latin.',
    sources: ['icao9303', 'bgnRussian', 'gost779', 'bgnTajik', 'kzLatin', 'uzLatinReform'],
  },

  // ---- Cyrillic letter pairs whose Latin spelling reads as one of the digraphs above.
  {
    read: ['сх', 'сҳ'],
    write: ['sh', 'w'],
    why: 'с + х is s + kh in ICAO, but s + h in Uzbek and informal spellings, which reads as sh (Исхаков / Iskhakov / Ishakov).',
    sources: ['bgnRussian', 'bgnTajik', 'informal'],
  },
  {
    read: ['зх', 'зҳ'],
    write: ['zh', 'j'],
    why: 'з + х written z + h reads as zh (Азхар / Azhar).',
    sources: ['bgnTajik', 'informal'],
  },
  {
    read: ['кх', 'кҳ'],
    write: ['kh', 'h'],
    why: 'к + х written k + h reads as kh.',
    sources: ['bgnTajik', 'bgnKazakh'],
  },
  {
    read: ['гх', 'гҳ'],
    write: ['gh', 'g'],
    why: 'г + х written g + h reads as gh.',
    sources: ['bgnTajik', 'bgnKazakh'],
  },
  {
    read: ['тс'],
    write: ['ts', 'c'],
    why: 'т + с is ts, which reads as ц; BGN/PCGN writes t·s to keep it apart.',
    sources: ['bgnRussian'],
  },
  {
    read: ['шч'],
    write: ['wq', 'w'],
    why: 'ш + ч is shch, which reads as щ; BGN/PCGN writes sh·ch to keep it apart.',
    sources: ['bgnRussian'],
  },
  {
    read: ['пх'],
    write: ['ph', 'f'],
    why: 'п + х written p + h reads as ph.',
    sources: ['informal'],
  },
];
