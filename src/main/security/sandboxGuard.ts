import { DEFAULT_LANGUAGE, type Language, languages } from '../../shared/i18n';

/**
 * Panoh never runs with Chromium's OS sandbox off. `--no-sandbox` can come from a user, a desktop
 * file, or electron-builder's AppImage launcher, which adds it by itself where user namespaces are
 * restricted (Ubuntu 24.04+); the app then stops with an explanation instead of running exposed.
 *
 * The one exception is an unpackaged build under the test runner as root (`PANOH_TEST_NO_SANDBOX`),
 * where Chromium cannot sandbox at all; a packaged app ignores it.
 */
export function refusesToRunUnsandboxed(options: {
  noSandboxSwitch: boolean;
  isPackaged: boolean;
  env: Record<string, string | undefined>;
}): boolean {
  if (!options.noSandboxSwitch) return false;
  return options.isPackaged || options.env.PANOH_TEST_NO_SANDBOX !== '1';
}

/** The interface language for a message shown before any preference is read: the system's. */
export function languageOfLocale(locale: string): Language {
  const code = locale.toLowerCase().split(/[-_]/)[0];
  return languages.find((language) => language === code) ?? DEFAULT_LANGUAGE;
}
