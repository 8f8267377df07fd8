/**
 * The key a header or a cell value is compared by: case, «ё», punctuation, quotes, the Uzbek
 * apostrophes (oʻ o‘ o' o`) and runs of spaces do not count, so «Ф.И.О.», «ФИО» and «ф и о» are
 * one header and «O‘zbekiston» and «Ozbekiston» one country.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[\u02bb\u02bc\u2018\u2019'`´]/g, '')
    .replace(/[.,:;!?"«»„“”()[\]{}№#*/\\_\-–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key without a trailing explanation in brackets: «Дата рождения (дд.мм.гггг)» → «дата рождения». */
export function foldHeader(text: string): string {
  return foldKey(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}
