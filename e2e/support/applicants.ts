import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { Language, MessageKey, MessageParams } from '../../src/shared/i18n';
import type { Bridge } from './bridge';
import { text } from './ui';

export { expectAccessible as expectNoSeriousViolations } from './ui';

/** Helpers of the Applicants tests: a vault opened through the core, demo data, pictures, axe. */

export const PASSPHRASE = 'жаңбырлы күз, Тараз 2026';
export const DEMO_FILE = resolve(__dirname, '../../fixtures/demo-import.json');

/** Creates (and so opens) the vault through the core, optionally in another language, with data. */
export async function openVault(
  page: Page,
  bridge: Bridge,
  options: { language?: Language; demo?: boolean; importJson?: string } = {},
): Promise<void> {
  await bridge.core.invoke('vault.create', { passphrase: PASSPHRASE });
  if (options.language) await bridge.core.invoke('prefs.set', { language: options.language });
  if (options.demo) {
    await bridge.core.invoke('import.run', { format: 'json', content: readFileSync(DEMO_FILE, 'utf8') });
  }
  if (options.importJson) await bridge.core.invoke('import.run', { format: 'json', content: options.importJson });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: text(options.language ?? 'ru', 'shell.nav.label') })).toBeVisible();
}

/** The translate function of one language, as the tests read the screen. */
export function inLanguage(language: Language) {
  return (key: MessageKey, params?: MessageParams) => text(language, key, params);
}

/**
 * A full-page picture for a person to look at, in `<output>/screens` (the run's --output folder,
 * test-results by default).
 */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = join(test.info().project.outputDir, 'screens');
  mkdirSync(dir, { recursive: true });
  await page.evaluate(
    () => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
  );
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, caret: 'hide', animations: 'disabled' });
}

/** `count` applicants named so that the last one in alphabetical order is known. */
export function manyApplicants(count: number): string {
  const applicants = Array.from({ length: count }, (_, i) => ({
    familyName: `Тестов-${String(i + 1).padStart(5, '0')}`,
    givenName: 'Пример',
    sex: 'male',
    birthDate: `${1960 + (i % 40)}`,
    citizenship: [['UZ', 'TJ', 'KG', 'AF', 'CN'][i % 5]],
    caseStatus: 'intake',
  }));
  return JSON.stringify({ applicants });
}
