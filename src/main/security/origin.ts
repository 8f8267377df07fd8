/**
 * The origin of a URL as Chromium sees it. Node's `URL#origin` is the string 'null' for schemes it
 * does not know (such as `panoh:`), although Chromium gives a registered standard scheme a real
 * origin (`panoh://app`); so for those we rebuild it from the scheme and host. Returns undefined for
 * anything that does not parse, and for URLs with no host (file:, data:, about:), which can never be
 * the app's origin.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.host === '') return undefined;
  if (parsed.origin !== 'null') return parsed.origin;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` belongs to exactly the origin `origin` (scheme, host and port). */
export function isSameOrigin(url: string, origin: string): boolean {
  return originOf(url) === origin;
}
