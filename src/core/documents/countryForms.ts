import type { Language } from '../../shared/i18n';

/**
 * Country names in the Russian cases the templates print: «запрос Республики Узбекистан»,
 * «гражданина Беларуси», «не возвращать в Узбекистан». Person-name rules decline a country
 * wrongly (Беларусь → «Беларуся», Египет → «Египета», КНДР → «КНДРа», Соединенные Штаты →
 * «Соединенных Штаты»), so each form here was written out and read, not computed. A name that is
 * not here (a territory, a name a later runtime spells differently) is printed as it is, in the
 * nominative, and the check before writing says so: a wrong case in a filing is worse than an
 * undeclined name the lawyer has been told about.
 *
 * Keyed by the name the app prints (from the runtime's CLDR data, or the app's own official names),
 * so a renamed country falls back to the nominative rather than to another name's forms.
 * `to` is the preposition of direction: «в Узбекистан», but «на Кубу».
 */
interface RussianForms {
  genitive: string;
  accusative: string;
  to?: 'на';
}

/** Names that do not change: the same in every case. */
const INDECLINABLE = [
  'ОАЭ',
  'КНДР',
  'Марокко',
  'Монако',
  'Сан-Марино',
  'Перу',
  'Чили',
  'Того',
  'Фиджи',
  'Сомали',
  'Малави',
  'Мали',
  'Бурунди',
  'Джибути',
  'Гаити',
  'Никарагуа',
  'Кот-д’Ивуар',
  'Бангладеш',
  'Лесото',
  'Зимбабве',
  'Эсватини',
  'Тувалу',
  'Кирибати',
  'Науру',
  'Палау',
  'Самоа',
  'Тонга',
  'Вануату',
  'Кабо-Верде',
  'Буркина-Фасо',
  'Пуэрто-Рико',
  'Сьерра-Леоне',
  'Сан-Томе и Принсипи',
  'Косово',
  'Макао (САР)',
];

/** Masculine names ending in a consonant or -й: genitive -а/-я, accusative as the nominative. */
const MASCULINE: Record<string, string> = {
  Афганистан: 'Афганистана',
  Азербайджан: 'Азербайджана',
  Бахрейн: 'Бахрейна',
  Барбадос: 'Барбадоса',
  Белиз: 'Белиза',
  Бенин: 'Бенина',
  Бруней: 'Брунея',
  Бутан: 'Бутана',
  Ватикан: 'Ватикана',
  Вьетнам: 'Вьетнама',
  Габон: 'Габона',
  Гондурас: 'Гондураса',
  'Гонконг (САР)': 'Гонконга (САР)',
  Египет: 'Египта',
  Израиль: 'Израиля',
  Ирак: 'Ирака',
  Иран: 'Ирана',
  Йемен: 'Йемена',
  Казахстан: 'Казахстана',
  Камерун: 'Камеруна',
  Катар: 'Катара',
  Кипр: 'Кипра',
  Китай: 'Китая',
  Кувейт: 'Кувейта',
  Кыргызстан: 'Кыргызстана',
  Лаос: 'Лаоса',
  Ливан: 'Ливана',
  Лихтенштейн: 'Лихтенштейна',
  Люксембург: 'Люксембурга',
  Маврикий: 'Маврикия',
  Мадагаскар: 'Мадагаскара',
  Мозамбик: 'Мозамбика',
  Непал: 'Непала',
  Нигер: 'Нигера',
  Оман: 'Омана',
  Пакистан: 'Пакистана',
  Парагвай: 'Парагвая',
  Сальвадор: 'Сальвадора',
  Сенегал: 'Сенегала',
  Сингапур: 'Сингапура',
  Судан: 'Судана',
  Суринам: 'Суринама',
  Таджикистан: 'Таджикистана',
  Таиланд: 'Таиланда',
  Тайвань: 'Тайваня',
  Тунис: 'Туниса',
  Туркменистан: 'Туркменистана',
  Узбекистан: 'Узбекистана',
  Уругвай: 'Уругвая',
  Чад: 'Чада',
  Эквадор: 'Эквадора',
  Алжир: 'Алжира',
  'Восточный Тимор': 'Восточного Тимора',
  'Южный Судан': 'Южного Судана',
  'Тринидад и Тобаго': 'Тринидада и Тобаго',
  'Сент-Китс и Невис': 'Сент-Китса и Невиса',
};

/** Names whose accusative differs from the nominative (feminine -а/-я), or that are plural. */
const OTHERS: Record<string, RussianForms> = {
  Албания: { genitive: 'Албании', accusative: 'Албанию' },
  Ангола: { genitive: 'Анголы', accusative: 'Анголу' },
  Андорра: { genitive: 'Андорры', accusative: 'Андорру' },
  'Антигуа и Барбуда': { genitive: 'Антигуа и Барбуды', accusative: 'Антигуа и Барбуду' },
  Аргентина: { genitive: 'Аргентины', accusative: 'Аргентину' },
  Армения: { genitive: 'Армении', accusative: 'Армению' },
  Австралия: { genitive: 'Австралии', accusative: 'Австралию' },
  Австрия: { genitive: 'Австрии', accusative: 'Австрию' },
  Багамы: { genitive: 'Багам', accusative: 'Багамы', to: 'на' },
  Беларусь: { genitive: 'Беларуси', accusative: 'Беларусь' },
  Бельгия: { genitive: 'Бельгии', accusative: 'Бельгию' },
  Болгария: { genitive: 'Болгарии', accusative: 'Болгарию' },
  Боливия: { genitive: 'Боливии', accusative: 'Боливию' },
  'Босния и Герцеговина': { genitive: 'Боснии и Герцеговины', accusative: 'Боснию и Герцеговину' },
  Ботсвана: { genitive: 'Ботсваны', accusative: 'Ботсвану' },
  Бразилия: { genitive: 'Бразилии', accusative: 'Бразилию' },
  Великобритания: { genitive: 'Великобритании', accusative: 'Великобританию' },
  Венгрия: { genitive: 'Венгрии', accusative: 'Венгрию' },
  Венесуэла: { genitive: 'Венесуэлы', accusative: 'Венесуэлу' },
  Гайана: { genitive: 'Гайаны', accusative: 'Гайану' },
  Гамбия: { genitive: 'Гамбии', accusative: 'Гамбию' },
  Гана: { genitive: 'Ганы', accusative: 'Гану' },
  Гватемала: { genitive: 'Гватемалы', accusative: 'Гватемалу' },
  Гвинея: { genitive: 'Гвинеи', accusative: 'Гвинею' },
  'Гвинея-Бисау': { genitive: 'Гвинеи-Бисау', accusative: 'Гвинею-Бисау' },
  Германия: { genitive: 'Германии', accusative: 'Германию' },
  Гренада: { genitive: 'Гренады', accusative: 'Гренаду', to: 'на' },
  Греция: { genitive: 'Греции', accusative: 'Грецию' },
  Грузия: { genitive: 'Грузии', accusative: 'Грузию' },
  Дания: { genitive: 'Дании', accusative: 'Данию' },
  Доминика: { genitive: 'Доминики', accusative: 'Доминику', to: 'на' },
  'Доминиканская Республика': { genitive: 'Доминиканской Республики', accusative: 'Доминиканскую Республику' },
  Замбия: { genitive: 'Замбии', accusative: 'Замбию' },
  'Западная Сахара': { genitive: 'Западной Сахары', accusative: 'Западную Сахару' },
  Индия: { genitive: 'Индии', accusative: 'Индию' },
  Индонезия: { genitive: 'Индонезии', accusative: 'Индонезию' },
  Иордания: { genitive: 'Иордании', accusative: 'Иорданию' },
  Ирландия: { genitive: 'Ирландии', accusative: 'Ирландию' },
  Исландия: { genitive: 'Исландии', accusative: 'Исландию' },
  Испания: { genitive: 'Испании', accusative: 'Испанию' },
  Италия: { genitive: 'Италии', accusative: 'Италию' },
  Камбоджа: { genitive: 'Камбоджи', accusative: 'Камбоджу' },
  Канада: { genitive: 'Канады', accusative: 'Канаду' },
  Кения: { genitive: 'Кении', accusative: 'Кению' },
  Киргизия: { genitive: 'Киргизии', accusative: 'Киргизию' },
  Колумбия: { genitive: 'Колумбии', accusative: 'Колумбию' },
  Коморы: { genitive: 'Комор', accusative: 'Коморы', to: 'на' },
  'Коста-Рика': { genitive: 'Коста-Рики', accusative: 'Коста-Рику' },
  Куба: { genitive: 'Кубы', accusative: 'Кубу', to: 'на' },
  Латвия: { genitive: 'Латвии', accusative: 'Латвию' },
  Либерия: { genitive: 'Либерии', accusative: 'Либерию' },
  Ливия: { genitive: 'Ливии', accusative: 'Ливию' },
  Литва: { genitive: 'Литвы', accusative: 'Литву' },
  Мавритания: { genitive: 'Мавритании', accusative: 'Мавританию' },
  Малайзия: { genitive: 'Малайзии', accusative: 'Малайзию' },
  Мальдивы: { genitive: 'Мальдив', accusative: 'Мальдивы', to: 'на' },
  Мальта: { genitive: 'Мальты', accusative: 'Мальту', to: 'на' },
  Мексика: { genitive: 'Мексики', accusative: 'Мексику' },
  'Мьянма (Бирма)': { genitive: 'Мьянмы (Бирмы)', accusative: 'Мьянму (Бирму)' },
  Молдова: { genitive: 'Молдовы', accusative: 'Молдову' },
  Монголия: { genitive: 'Монголии', accusative: 'Монголию' },
  Намибия: { genitive: 'Намибии', accusative: 'Намибию' },
  Нигерия: { genitive: 'Нигерии', accusative: 'Нигерию' },
  Нидерланды: { genitive: 'Нидерландов', accusative: 'Нидерланды' },
  'Новая Зеландия': { genitive: 'Новой Зеландии', accusative: 'Новую Зеландию' },
  Норвегия: { genitive: 'Норвегии', accusative: 'Норвегию' },
  'Палестинские территории': { genitive: 'Палестинских территорий', accusative: 'Палестинские территории' },
  Панама: { genitive: 'Панамы', accusative: 'Панаму' },
  'Папуа — Новая Гвинея': { genitive: 'Папуа — Новой Гвинеи', accusative: 'Папуа — Новую Гвинею' },
  Польша: { genitive: 'Польши', accusative: 'Польшу' },
  Португалия: { genitive: 'Португалии', accusative: 'Португалию' },
  'Республика Корея': { genitive: 'Республики Корея', accusative: 'Республику Корея' },
  Россия: { genitive: 'России', accusative: 'Россию' },
  Руанда: { genitive: 'Руанды', accusative: 'Руанду' },
  Румыния: { genitive: 'Румынии', accusative: 'Румынию' },
  'Саудовская Аравия': { genitive: 'Саудовской Аравии', accusative: 'Саудовскую Аравию' },
  'Северная Македония': { genitive: 'Северной Македонии', accusative: 'Северную Македонию' },
  'Сент-Винсент и Гренадины': { genitive: 'Сент-Винсента и Гренадин', accusative: 'Сент-Винсент и Гренадины' },
  'Сент-Люсия': { genitive: 'Сент-Люсии', accusative: 'Сент-Люсию', to: 'на' },
  Сербия: { genitive: 'Сербии', accusative: 'Сербию' },
  Сирия: { genitive: 'Сирии', accusative: 'Сирию' },
  Словакия: { genitive: 'Словакии', accusative: 'Словакию' },
  Словения: { genitive: 'Словении', accusative: 'Словению' },
  'Соединенные Штаты': { genitive: 'Соединенных Штатов', accusative: 'Соединенные Штаты' },
  'Федеративные Штаты Микронезии': {
    genitive: 'Федеративных Штатов Микронезии',
    accusative: 'Федеративные Штаты Микронезии',
  },
  Танзания: { genitive: 'Танзании', accusative: 'Танзанию' },
  Турция: { genitive: 'Турции', accusative: 'Турцию' },
  Уганда: { genitive: 'Уганды', accusative: 'Уганду' },
  Украина: { genitive: 'Украины', accusative: 'Украину' },
  Филиппины: { genitive: 'Филиппин', accusative: 'Филиппины', to: 'на' },
  Финляндия: { genitive: 'Финляндии', accusative: 'Финляндию' },
  Франция: { genitive: 'Франции', accusative: 'Францию' },
  Хорватия: { genitive: 'Хорватии', accusative: 'Хорватию' },
  'Центрально-Африканская Республика': {
    genitive: 'Центрально-Африканской Республики',
    accusative: 'Центрально-Африканскую Республику',
  },
  Черногория: { genitive: 'Черногории', accusative: 'Черногорию' },
  Чехия: { genitive: 'Чехии', accusative: 'Чехию' },
  Швейцария: { genitive: 'Швейцарии', accusative: 'Швейцарию' },
  Швеция: { genitive: 'Швеции', accusative: 'Швецию' },
  'Шри-Ланка': { genitive: 'Шри-Ланки', accusative: 'Шри-Ланку', to: 'на' },
  'Экваториальная Гвинея': { genitive: 'Экваториальной Гвинеи', accusative: 'Экваториальную Гвинею' },
  Эритрея: { genitive: 'Эритреи', accusative: 'Эритрею' },
  Эстония: { genitive: 'Эстонии', accusative: 'Эстонию' },
  Эфиопия: { genitive: 'Эфиопии', accusative: 'Эфиопию' },
  'Южно-Африканская Республика': {
    genitive: 'Южно-Африканской Республики',
    accusative: 'Южно-Африканскую Республику',
  },
  Ямайка: { genitive: 'Ямайки', accusative: 'Ямайку', to: 'на' },
  'Маршалловы о-ва': { genitive: 'Маршалловых о-вов', accusative: 'Маршалловы о-ва', to: 'на' },
  'Соломоновы о-ва': { genitive: 'Соломоновых о-вов', accusative: 'Соломоновы о-ва', to: 'на' },
  'Сейшельские о-ва': { genitive: 'Сейшельских о-вов', accusative: 'Сейшельские о-ва', to: 'на' },
  Япония: { genitive: 'Японии', accusative: 'Японию' },
};

const ON_ISLANDS = new Set(['Кипр', 'Маврикий', 'Мадагаскар', 'Тайвань', 'Барбадос', 'Гаити', 'Фиджи']);

export const RUSSIAN_COUNTRY_FORMS: ReadonlyMap<string, RussianForms> = new Map<string, RussianForms>([
  ...INDECLINABLE.map((name): [string, RussianForms] => [
    name,
    { genitive: name, accusative: name, ...(ON_ISLANDS.has(name) ? { to: 'на' as const } : {}) },
  ]),
  ...Object.entries(MASCULINE).map(([name, genitive]): [string, RussianForms] => [
    name,
    { genitive, accusative: name, ...(ON_ISLANDS.has(name) ? { to: 'на' as const } : {}) },
  ]),
  ...Object.entries(OTHERS),
]);

export interface CountryInCase {
  text: string;
  /** False when the name was printed as it is, for want of a form written out above. */
  reviewed: boolean;
}

/**
 * The country's name in the genitive («Узбекистана»), or with the preposition of direction («в
 * Узбекистан», «на Кубу»). Kazakh and English filings take the name as it is, like person names.
 */
export function countryInCase(name: string, form: 'genitive' | 'to', language: Language): CountryInCase {
  if (language !== 'ru') return { text: name, reviewed: true };
  const forms = RUSSIAN_COUNTRY_FORMS.get(name);
  if (!forms) return { text: name, reviewed: false };
  if (form === 'genitive') return { text: forms.genitive, reviewed: true };
  return { text: `${forms.to ?? 'в'} ${forms.accusative}`, reviewed: true };
}
