import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { type Core, createCore } from '../../src/core/api/createCore';
import { type Language, translate } from '../../src/shared/i18n';
import type { Bridge } from './bridge';
import { saveScreen, say } from './ui';

export { expectAccessible, say } from './ui';

/** Helpers of the Reports and USB sync tests: a vault opened through the core, the nav, axe. */

export const PASSPHRASE = 'снег на перевале Кордай, 2026';
export const DEMO_FILE = resolve(__dirname, '../../fixtures/demo-import.json');

/** A fresh vault, created and unlocked through the core, optionally with the demo data; then the shell. */
export async function openVault(
  page: Page,
  bridge: Bridge,
  options: { language?: Language; demo?: boolean } = {},
): Promise<void> {
  const language = options.language ?? 'ru';
  await bridge.core.invoke('vault.create', { passphrase: PASSPHRASE });
  await bridge.core.invoke('prefs.set', { language });
  if (options.demo) {
    await bridge.core.invoke('import.run', { format: 'json', content: readFileSync(DEMO_FILE, 'utf8') });
  }
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: translate(language, 'shell.nav.label') })).toBeVisible();
}

export function navButton(page: Page, language: Language, area: 'reports' | 'sync' | 'applicants') {
  return page
    .getByRole('navigation', { name: translate(language, 'shell.nav.label') })
    .getByRole('button', { name: new RegExp(`^${translate(language, `shell.nav.${area}`)}`) });
}

/** Opens a section from the navigation; its title takes the focus. */
export async function goTo(page: Page, language: Language, area: 'reports' | 'sync' | 'applicants'): Promise<void> {
  await navButton(page, language, area).click();
  await expect(page.getByRole('heading', { level: 1, name: translate(language, `shell.nav.${area}`) })).toBeFocused();
}

/**
 * A picture of the whole section, not only the window: the shell's main column scrolls, so the
 * window is made as tall as the content for the picture and put back afterwards.
 */
export async function saveWholeScreen(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => {
    const main = (
      globalThis as unknown as { document: { querySelector(s: string): { scrollHeight: number } | null } }
    ).document.querySelector('.shell-main');
    return main ? main.scrollHeight + 60 : 0;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.min(height, 6000)) });
  await saveScreen(page, name);
  await page.setViewportSize(viewport);
}

/**
 * A colleague's laptop: a second vault and core in this test process, in a temp folder, with a
 * `stick` folder of its own for the bundles it writes.
 */
export async function colleagueLaptop(name: string): Promise<{ core: Core; stick: string; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'panoh-e2e-colleague-'));
  const core = createCore({ vaultPath: join(dir, 'colleague.vault'), scrypt: { N: 2 ** 14, r: 8, p: 1 } });
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  await core.invoke('sync.setDeviceName', { name });
  const stick = join(dir, 'stick');
  mkdirSync(stick);
  return {
    core,
    stick,
    dispose() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates the office key from the Sync page and returns the 24 words it showed, once. */
export async function createOfficeInPage(page: Page, language: Language): Promise<string> {
  const t = say(language);
  await page.getByRole('button', { name: t('sync.office.createSubmit') }).click();
  await expect(page.getByRole('heading', { level: 2, name: t('sync.words.title') })).toBeFocused();
  const grid = page.getByRole('list', { name: t('sync.words.label') });
  await expect(grid.getByRole('listitem')).toHaveCount(24);
  const words = (await grid.locator('.office-word-text').allTextContents()).map((word) => word.trim());
  await page.getByLabel(t('sync.words.confirm')).check();
  await page.getByRole('button', { name: t('caseFile.words.toCheck') }).click();
  await answerWordCheck(page, language, words);
  await expect(page.getByText(t('sync.office.member'))).toBeVisible();
  return words.join(' ');
}

/**
 * Answers "type three of the words from your copy" by keyboard: the places asked are read from
 * the labels ("Word 7"); `wrong` swaps the first answer for another word, as a misread copy would.
 */
export async function answerWordCheck(
  page: Page,
  language: Language,
  words: readonly string[],
  options: { wrong?: boolean } = {},
): Promise<number[]> {
  const t = say(language);
  await expect(page.getByRole('heading', { level: 2, name: t('caseFile.words.checkTitle') })).toBeVisible();
  const fields = page.locator('.office-words-check input');
  await expect(fields).toHaveCount(3);
  const places: number[] = [];
  for (let index = 0; index < 3; index += 1) {
    const field = fields.nth(index);
    const id = await field.getAttribute('id');
    const label = (await page.locator(`label[for="${id}"]`).textContent()) ?? '';
    const place = Number(/\d+/.exec(label)?.[0]) - 1;
    places.push(place);
    const word = words[place] ?? '';
    await field.focus();
    await page.keyboard.type(index === 0 && options.wrong ? `${word}x` : word.toUpperCase());
  }
  await page.keyboard.press('Enter');
  return places;
}
