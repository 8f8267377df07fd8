/**
 * Where the folding rules (foldRules.ts) and the variant corpus (variantCorpus.tsv) come from. Each
 * entry says whether it rests on a published table that was read for this work, or on general
 * knowledge of how names are written in practice, which nobody here has checked against an
 * official text. Keep it that way: a rule without a source, or a source that claims more than was
 * read, is a bug.
 */
export interface FoldSource {
  /** The standard or practice, as one would cite it. */
  title: string;
  /** 'table': the transliteration table itself was read (see `where`). 'practice': general knowledge. */
  basis: 'table' | 'practice';
  where: string;
}

export const foldSources = {
  icao9303: {
    title:
      'ICAO Doc 9303 Machine Readable Travel Documents, Part 3, section 6 "Transliterations recommended for use by States", Cyrillic table',
    basis: 'table',
    where:
      'Table as reproduced in Russian legal texts (docs.cntd.ru 420215211, consultant.ru LAW_316977) and in interscript/maps icao-rus-Cyrl-Latn-9303: Е Ё Э→E, Ж→ZH, И Й→I, Х→KH, Ц→TS, Ч→CH, Ш→SH, Щ→SHCH, Ъ→IE, Ы→Y, Ь→(none), Ю→IU, Я→IA, Ў→U.',
  },
  icao9303Mrz: {
    title: 'ICAO Doc 9303, Part 3: the machine-readable zone holds only A–Z, 0–9 and the filler <',
    basis: 'practice',
    where:
      'General knowledge of Doc 9303: punctuation such as apostrophes is left out of the MRZ, so the Uzbek letters Oʻ and Gʻ are printed there as O and G.',
  },
  ruPassport2013: {
    title:
      'Order of the Federal Migration Service of Russia No. 320 of 15.10.2012 (passports issued abroad use ICAO 9303)',
    basis: 'practice',
    where:
      'Cited by the translators\u2019 reference trworkshop.net ("Транслитерация кириллицы по ИКАО"); the order itself was not read.',
  },
  kzPassport: {
    title: 'Kazakh passports and ID cards: ICAO 9303 letters for the Russian alphabet, Kazakh letters without marks',
    basis: 'practice',
    where:
      'General knowledge, not checked against the Ministry of Internal Affairs order: Ә→A, Ғ→G, Қ→K, Ң→N, Ө→O, Ұ Ү→U, Һ→H, І→I; the ending -ев/-ов often as -YEV/-OV; S doubled between vowels in some names (ASSEL).',
  },
  kgPassport: {
    title: 'Kyrgyz passports: ICAO-style Latin from the Kyrgyz or Russian Cyrillic form',
    basis: 'practice',
    where: 'General knowledge, not checked against an official text: Ж as ZH or J, Ң→N, Ө→O, Ү→U, Ы→Y.',
  },
  uzPassport: {
    title: 'Uzbek passports: names in the Uzbek Latin alphabet (1995), ICAO MRZ without apostrophes',
    basis: 'practice',
    where: 'General knowledge, not checked against the Uzbek regulation on passports.',
  },
  tjPassport: {
    title: 'Tajik passports: Latin from the Tajik or Russian Cyrillic form',
    basis: 'practice',
    where:
      'General knowledge, not checked against an official text: Ҳ→H or KH, Ҷ→J or DZH, Ғ→GH or G, Қ→Q or K, Ӣ→I, Ӯ→U.',
  },
  uzLatin1995: {
    title:
      'Uzbek Latin alphabet: Law of the Republic of Uzbekistan "On introducing the Uzbek alphabet based on the Latin script" (1993), as amended 6 May 1995',
    basis: 'practice',
    where:
      'The alphabet as commonly taught (A B D E F G H I J K L M N O P Q R S T U V X Y Z Oʻ Gʻ Sh Ch ng and the tutuq belgisi ʼ), cross-checked with the BGN/PCGN 2000 Uzbek table of correspondences (interscript/maps bgnpcgn-uzb-Cyrl-Latn-2000): Ў→Oʻ, Ғ→Gʻ, Қ→Q, Х→X, Ҳ→H, Ж→J, Ё→Yo, Е→Ye after vowels and initially.',
  },
  uzLatinReform: {
    title: 'Proposed revisions of the Uzbek Latin alphabet (drafts discussed since 2018)',
    basis: 'practice',
    where:
      'General knowledge: the drafts replace Oʻ Gʻ Sh Ch with single letters such as Ó Ǵ Ş Ç. Which letters a final revision adopts was not verified.',
  },
  bgnRussian: {
    title: 'BGN/PCGN 1947 System for Russian',
    basis: 'table',
    where:
      'interscript/maps bgnpcgn-rus-Cyrl-Latn-1947 (PCGN ROMANIZATION_OF_RUSSIAN.pdf): Е→ye initially and after vowels, й ъ ь; Ё→ë/yë; Й→y; Ы→y; Ь→’; Ъ→”; Х→kh; Ц→ts; middle dot t·s, sh·ch to separate letters.',
  },
  bgnKazakh: {
    title: 'BGN/PCGN 1979 System for Kazakh',
    basis: 'table',
    where:
      'interscript/maps bgnpcgn-kaz-Cyrl-Latn-1979: Ә→ä, Ғ→gh, И→ī, Қ→q, Ң→ng, Ө→ö, У→ū, Ұ→u, Ү→ü, Һ→h, І→i, Ы→y, Э→ė.',
  },
  bgnKyrgyz: {
    title: 'BGN/PCGN 1979 System for Kyrgyz',
    basis: 'table',
    where: 'interscript/maps bgnpcgn-kir-Cyrl-Latn-1979: Ж→j, Ң→ng, Ө→ö, Ү→ü, Ы→y, Ё→yo.',
  },
  bgnTajik: {
    title: 'BGN/PCGN 1994 System for Tajik',
    basis: 'table',
    where:
      'interscript/maps bgnpcgn-tgk-Cyrl-Latn-1994: Ғ→gh, Ӣ→í, Қ→q, Ӯ→ŭ, Ҳ→h, Ҷ→j, Х→kh, Ж→zh, Э→ė; г·h, z·h, k·h, s·h for гҳ зҳ кҳ сҳ.',
  },
  bgnUzbek: {
    title: 'BGN/PCGN 2000 Table of correspondences for Uzbek (Cyrillic–Roman)',
    basis: 'table',
    where: 'interscript/maps bgnpcgn-uzb-Cyrl-Latn-2000.',
  },
  gost779: {
    title: 'GOST 7.79-2000 (ISO 9:1995), systems A and B',
    basis: 'table',
    where:
      'System A from interscript/maps gost-rus-Cyrl-Latn-7.79-2000-2002 (ж→ž, ч→č, ш→š, щ→ŝ, х→h, ц→c, й→j, ё→ë, э→è, ю→û, я→â). System B (ж→zh, х→x, ц→c or cz, ч→ch, щ→shh, й→j, ы→y’, э→e’, ю→yu, я→ya, ъ→``) from general knowledge of the standard.',
  },
  alaLc: {
    title: 'ALA-LC Romanization Tables, Russian (Library of Congress, 2012)',
    basis: 'table',
    where: 'interscript/maps alalc-rus-Cyrl-Latn-1997/2012: й→ĭ, ы→y, э→ė, ю→i͡u, я→i͡a, ц→t͡s, ь→ʹ, ъ→ʺ, ё→ë.',
  },
  odni: {
    title: 'ICS 630-01 Romanization of Uzbek, Tajik, Kazakh, Kyrgyz and Uyghur Personal Names (ODNI, 2015)',
    basis: 'table',
    where:
      'interscript/maps odni-*-Cyrl-Latn-2015: Uzbek Ў→O and Ғ→Gh (no apostrophes); Kazakh Ә→A, Ө→O, Ү Ұ→U, Ң→Ng; Uyghur Ә→E, В→W, Х→X.',
  },
  kzLatin: {
    title: 'Kazakh Latin alphabet (decrees of 2017 and 2018, revised 2021)',
    basis: 'practice',
    where:
      'General knowledge, letters not verified against the decree: Ä Ğ Q Ñ Ö Ū Ü Ş Ç I/İ Y, ı for ы in the revision.',
  },
  uyghurLatin: {
    title: 'Uyghur Latin script (Uyghur Latin Yéziqi, ULY)',
    basis: 'practice',
    where: 'General knowledge: é, ö, ü, gh, ng, x for х, q for қ, j for ж; the Uyghur Cyrillic ә is e in ULY.',
  },
  ruOrthography: {
    title: 'Russian orthography: ё is usually printed as е',
    basis: 'practice',
    where:
      'General knowledge of Russian usage (Пётр / Петр, Фёдоров / Федоров), which is why ICAO and passports write E.',
  },
  ruRendering: {
    title: 'Russian-language spellings of Central Asian and Afghan names',
    basis: 'practice',
    where:
      'General knowledge: Uzbek and Tajik o (Persian ā) is written а in Russian (Gʻofurov / Гафуров, Toshmatov / Ташматов); Uzbek oʻ and Tajik ӯ as у; Tajik ҷ and Uzbek j as дж; Kazakh ң as н.',
  },
  informal: {
    title: 'Common informal Latin spellings',
    basis: 'practice',
    where:
      'General knowledge of how clients, relatives and NGOs type names: kh/x/h, dzh/dj/j/zh, -iy/-y/-i, doubled letters, English-style ee/oo/ou for long vowels and -ah endings in Afghan names, ph for f, w for v.',
  },
} as const satisfies Record<string, FoldSource>;

export type FoldSourceId = keyof typeof foldSources;
