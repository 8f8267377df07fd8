/**
 * Characters that are not text: C0 and C1 controls (ESC starts the escape sequences that rewrite a
 * terminal's screen, title or clipboard), format characters (bidi overrides such as U+202E, zero
 * width spaces), line and paragraph separators, and lone surrogates.
 */
const NOT_TEXT = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;
const WHITESPACE_CONTROLS = /[\t\n\r\v\f]+/g;

/** A text as it may be printed on one line of a terminal: whitespace controls become a space, the rest goes. */
export function terminalSafe(text: string): string {
  return text.replace(WHITESPACE_CONTROLS, ' ').replace(NOT_TEXT, '');
}

/** Whether a text holds characters that are not text (for names, which must not hide any). */
export function hasHiddenCharacters(text: string): boolean {
  return /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u.test(text);
}

function escapeUnits(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * JSON for a terminal: the same document, with every character `terminalSafe` would drop written
 * as a \u escape (JSON.stringify leaves C1 controls and format characters raw), so a value still
 * reads back exactly while nothing in it can act on the terminal.
 */
export function terminalSafeJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(NOT_TEXT, escapeUnits);
}
