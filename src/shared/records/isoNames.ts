/**
 * How offices write countries and languages besides the CLDR names (src/shared/records/codes.ts
 * reads those from the runtime in ru, kk, en, uz and tg): official short forms, older Russian
 * names, transliterations. Ethnic names («узбек», «таджик») are deliberately absent: an ethnic
 * Uzbek from Kyrgyzstan is not a citizen of Uzbekistan, and a guess here would put that in a file.
 */
export const countryShortForms: Record<string, readonly string[]> = {
  UZ: [
    'РУз',
    'Республика Узбекистан',
    'Узбекистон',
    'Uzbekiston',
    'Ozbekiston Respublikasi',
    'Өзбекстан Республикасы',
    'УЗБ',
    'UZB',
  ],
  TJ: ['Республика Таджикистан', 'Таджикистан', 'Тоджикистон', 'Tojikiston', 'Тәжікстан Республикасы', 'ТЖК', 'TJK'],
  KG: [
    'КР',
    'Кыргызская Республика',
    'Киргизия',
    'Киргизстан',
    'Кыргызстан',
    'Kirgiziya',
    'Qirgiziston',
    'Kyrgyz Republic',
    'KGZ',
  ],
  KZ: ['РК', 'Республика Казахстан', 'Қазақстан Республикасы', 'Qozogiston', 'KAZ'],
  CN: ['КНР', 'Китайская Народная Республика', 'ҚХР', 'PRC', "People's Republic of China", 'Xitoy', 'CHN'],
  AF: ['ИРА', 'Исламская Республика Афганистан', 'Исламский Эмират Афганистан', 'Afgoniston', 'AFG'],
  RU: ['РФ', 'Российская Федерация', 'Ресей Федерациясы', 'Rossiya', 'RUS'],
  TM: ['Туркмения', 'Turkmaniston', 'TKM'],
  AZ: ['Азербайджанская Республика', 'AZE'],
  BY: ['Белоруссия', 'Беларусь', 'BLR'],
  UA: ['Украина', 'UKR'],
  IR: ['Исламская Республика Иран', 'ИРИ', 'IRN'],
  PK: ['Исламская Республика Пакистан', 'PAK'],
  SY: ['САР', 'Сирийская Арабская Республика', 'SYR'],
  TR: ['Турецкая Республика', 'Türkiye', 'TUR'],
  US: ['США', 'USA', 'Соединённые Штаты Америки'],
  GB: ['Великобритания', 'UK', 'Соединённое Королевство'],
  AE: ['ОАЭ', 'UAE'],
};

/** Said instead of a country when the person has none; they become the «stateless» vulnerability. */
export const statelessForms = [
  'лицо без гражданства',
  'ЛБГ',
  'без гражданства',
  'апатрид',
  'азаматтығы жоқ',
  'stateless',
  'fuqaroligi yoʻq',
];

export const languageShortForms: Record<string, readonly string[]> = {
  ru: ['рус', 'русск', 'rus', 'rus tili', 'ruscha', 'русча'],
  uz: ['узб', 'узбекча', 'uzbek', 'ozbek', 'ozbekcha', 'ozbek tili', 'ўзбек тили'],
  tg: ['тадж', 'таджикский', 'tojik', 'тоҷикӣ', 'tajik'],
  ky: ['кырг', 'кыргызский', 'киргизский', 'kyrgyz', 'kirgiz'],
  kk: ['каз', 'казахский', 'qazaq', 'kazakh', 'қазақша'],
  fa: ['фарси', 'дари', 'farsi', 'dari'],
  ps: ['пушту', 'пашто', 'pashto', 'pushtu'],
  ug: ['уйгурский', 'уйгур тили', 'uyghur', 'uygur'],
  tk: ['туркменский', 'turkmen'],
  en: ['англ', 'английский', 'ingliz tili'],
};
