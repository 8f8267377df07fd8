import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { type Language, translate } from '../../src/shared/i18n';
import type { Bridge } from './bridge';
import { core, saveScreen } from './ui';

export { core, expectAccessible, say } from './ui';

/**
 * Helpers for the tests of Find and Deadlines: a vault holding the demo caseload, opened in a
 * chosen language; calls to the real core; axe; and days counted the way the dashboard counts them.
 */

const PASSPHRASE = 'ночной поезд на Шымкент, 2026';
const DEMO_FILE = resolve(__dirname, '../../fixtures/demo-import.json');
const SCREENS_DIR = resolve(__dirname, '../../test-results/screens');

/** A fresh vault with the demo file imported (six applicants, two incidents), open on the shell. */
export async function openDemoVault(page: Page, bridge: Bridge, language: Language = 'ru'): Promise<void> {
  await core(bridge, 'vault.create', { passphrase: PASSPHRASE });
  await core(bridge, 'prefs.set', { language });
  await core(bridge, 'import.run', { format: 'json', content: readFileSync(DEMO_FILE, 'utf8') });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: translate(language, 'shell.nav.label') })).toBeVisible();
}

export async function goTo(
  page: Page,
  language: Language,
  area: 'applicants' | 'deadlines' | 'settings',
): Promise<void> {
  await page
    .getByRole('navigation', { name: translate(language, 'shell.nav.label') })
    .getByRole('button', { name: translate(language, `shell.nav.${area}`) })
    .click();
  const title = area === 'deadlines' ? 'deadlines.title' : area === 'settings' ? 'settings.title' : 'applicants.title';
  await expect(page.getByRole('heading', { level: 1, name: translate(language, title) })).toBeVisible();
}

/** The computer's calendar day, as the core's `localToday` reads it. */
export function localDay(offsetDays = 0): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
}

export function dotted(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(day.getDate())}.${pad(day.getMonth() + 1)}.${day.getFullYear()}`;
}

/** Whole days from an ISO day to today (positive when the day is past). */
export function daysSince(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  const today = localDay();
  return Math.round(
    (Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)) /
      86_400_000,
  );
}

/**
 * A picture of the whole page (or of one part of it) for a person to look at (test-results/screens):
 * the window is made as tall as the scrolled content for the shot, then put back.
 */
export async function saveFullScreen(page: Page, name: string, part?: Locator): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { scrollHeight: number } | null } })
      .document;
    return (doc.querySelector('.shell-main')?.scrollHeight ?? 0) + 60;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.min(height, 4000)) });
  if (part) {
    mkdirSync(SCREENS_DIR, { recursive: true });
    await part.screenshot({ path: join(SCREENS_DIR, `${name}.png`), animations: 'disabled', caret: 'hide' });
  } else await saveScreen(page, name);
  await page.setViewportSize(viewport);
}
