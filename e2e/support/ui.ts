import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import { type Language, type MessageKey, type MessageParams, translate } from '../../src/shared/i18n';
import { PASSPHRASE_MIN_LENGTH } from '../../src/shared/vault';
import type { Bridge } from './bridge';

/**
 * What a user reads, taken from the same catalogs as the app: the tests find things by the words
 * on screen, in the language that is on screen.
 */
export function text(language: Language, key: MessageKey, params?: MessageParams): string {
  return translate(language, key, params);
}

export const ru = (key: MessageKey, params?: MessageParams) => text('ru', key, params);

/** The size of a typical office laptop window. */
export const LAPTOP_VIEWPORT = { width: 1280, height: 800 };

const SCREENS_DIR = process.env.PANOH_SCREENS_DIR ?? resolve(__dirname, '../../test-results/screens');

/** A full-page picture for a person to look at (test-results/screens, not committed). */
export async function saveScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  // Let the caret blink and transitions settle out of the picture.
  await page.evaluate(
    () => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
  );
  await page.screenshot({
    path: join(SCREENS_DIR, `${name}.png`),
    fullPage: true,
    caret: 'hide',
    animations: 'disabled',
  });
}

/** The bureau and the lawyer the create screen names, unless a test gives its own. */
export const OFFICE_NAME = 'Бюро по правам человека, Тараз';
export const LAWYER_NAME = 'Айгуль Серикова';

/**
 * Creates the vault through the create screen, by keyboard (the passphrase twice, the bureau's
 * name, the lawyer's name), and returns the recovery key shown.
 */
export async function createVaultByKeyboard(
  page: Page,
  language: Language,
  passphrase: string,
  beforeSubmit?: () => Promise<void>,
  names: { office: string; lawyer: string } = { office: OFFICE_NAME, lawyer: LAWYER_NAME },
): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: text(language, 'create.title') })).toBeVisible();
  // The first field has the focus; Tab passes the show/hide button and reaches the repeat field.
  await expect(page.getByLabel(text(language, 'create.passphrase'), { exact: true })).toBeFocused();
  await page.keyboard.type(passphrase);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: text(language, 'common.show') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(text(language, 'create.confirm'), { exact: true })).toBeFocused();
  await page.keyboard.type(passphrase);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(text(language, 'caseFile.create.officeName'), { exact: true })).toBeFocused();
  await page.keyboard.type(names.office);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(text(language, 'caseFile.create.profileName'), { exact: true })).toBeFocused();
  await page.keyboard.type(names.lawyer);
  await beforeSubmit?.();
  await page.keyboard.press('Enter');
  return readRecoveryKey(page, language);
}

export async function readRecoveryKey(page: Page, language: Language): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: text(language, 'recovery.title') })).toBeVisible();
  const figure = page.getByRole('figure', { name: text(language, 'recovery.keyLabel') });
  await expect(figure).toBeFocused();
  const shown = ((await figure.textContent()) ?? '').replace(text(language, 'recovery.keyLabel'), '');
  expect(shown).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  return shown;
}

export async function confirmRecoveryKey(page: Page, language: Language): Promise<void> {
  const proceed = page.getByRole('button', { name: text(language, 'recovery.continue') });
  await expect(proceed).toBeDisabled();
  await page.getByLabel(text(language, 'recovery.confirm')).check();
  await proceed.click();
  await expect(page.getByRole('navigation', { name: text(language, 'shell.nav.label') })).toBeVisible();
}

export async function unlockByKeyboard(page: Page, language: Language, passphrase: string): Promise<void> {
  const field = page.getByLabel(text(language, 'unlock.passphrase'), { exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(passphrase);
  await page.keyboard.press('Enter');
}

export { PASSPHRASE_MIN_LENGTH };

/** axe on the page as it is: no serious or critical findings, listed when there are any. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((node) => ({ target: node.target, summary: node.failureSummary })),
  }));
  expect(report, `axe on the ${screen} screen:\n${JSON.stringify(report, null, 2)}`).toEqual([]);
}

/** The words of one language, as the app shows them. */
export function say(language: Language) {
  return (key: MessageKey, params?: MessageParams) => translate(language, key, params);
}

/** The real core of the test, typed like the renderer's client. */
export function core<M extends MethodName>(bridge: Bridge, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return bridge.core.invoke(method, input);
}
