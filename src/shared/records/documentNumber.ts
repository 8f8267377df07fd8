import { shortText } from './text';

/**
 * A number sign typed before a number. «№», «#» and «Nº»/«N°» are never part of a number, so they
 * go before any letter or digit («№ AA1234567» is a passport) or another sign. «No» and «No.» are
 * letters, so they go only when a dot or a space parts them from a digit: «No12» stays. A lone «N»
 * always stays («N12», «N 12», «N.12»): a Kazakhstan passport's number is the series N and eight
 * digits, and a lost series is a wrong number in a filing.
 */
const NUMBER_SIGN = /^(?:(?:[№#]|N[º°])\.?\s*(?=[\p{L}\p{N}№#])|No(?:\.\s*|\s+)(?=\p{N}))/iu;

/**
 * The number without the sign the user typed before it: filings, the timeline and the PDF print
 * their own «№», and a value written by an older version may still carry one.
 */
export function withoutNumberSign(value: string): string {
  let rest = value.trim();
  for (let next = rest.replace(NUMBER_SIGN, ''); next !== rest; next = rest.replace(NUMBER_SIGN, '')) rest = next;
  return rest;
}

/** A case, decision, request, certificate or identity document number, stored without its sign. */
export const documentNumber = shortText.transform(withoutNumberSign);
