/**
 * A feature's messages in all three languages, in one file the feature owns. The type makes the
 * Russian and Kazakh sets carry exactly the English keys, so a missing translation fails typecheck.
 */
export function defineMessages<const E extends Record<string, string>>(part: {
  en: E;
  ru: { [K in keyof E]: string };
  kk: { [K in keyof E]: string };
}) {
  return part;
}
