import type { Page } from '@playwright/test';
import { expect, test } from '../support/bridge';
import { openVault } from '../support/records';
import { t } from '../support/threeCases';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

/** Where the focused control's field (label, control, hint, error) ends, and where the save bar begins. */
async function focusedFieldAndFooter(page: Page) {
  if ((await page.locator('.record-form-footer :focus').count()) > 0) return undefined;
  const field = page.locator('.field:has(:focus)');
  if ((await field.count()) === 0) return undefined;
  const box = await field.last().boundingBox();
  const footer = await page.locator('.record-form-footer').boundingBox();
  if (!box || !footer) return undefined;
  const name = (await page.locator(':focus').getAttribute('name')) ?? '';
  return { name, bottom: box.y + box.height, footerTop: footer.y };
}

test('walking the intake form by Tab: no focused field’s hint is ever under the sticky save bar', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, 'ru');
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByLabel(t('applicant.field.familyName'), { exact: true })).toBeFocused();
  let fields = 0;
  for (let step = 0; step < 45; step += 1) {
    await page.keyboard.press('Tab');
    const seen = await focusedFieldAndFooter(page);
    if (!seen) continue;
    fields += 1;
    expect(seen.bottom, `the field of ${seen.name}`).toBeLessThanOrEqual(seen.footerTop);
  }
  expect(fields).toBeGreaterThan(10);
});

test('Enter goes to the next field and Ctrl+Enter saves; set to "Enter saves", Enter saves', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, 'ru');
  await page.keyboard.press('Alt+KeyN');
  const family = page.getByLabel(t('applicant.field.familyName'), { exact: true });
  await page.keyboard.type('Каримова');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(t('applicant.field.givenName'), { exact: true })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.form.newTitle') })).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(t('applicants.form.create')) })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Enter',
  );
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'КАРИМОВА' })).toBeFocused();

  // The other way, chosen in Settings: Enter in a one-line field saves.
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: t('shell.nav.settings') })
    .click();
  await page.getByRole('radio', { name: t('caseFile.keyboard.save') }).check();
  await expect.poll(async () => (await bridge.core.invoke('prefs.get', {})).enterKey).toBe('save');
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: t('shell.nav.applicants') })
    .click();
  await page.keyboard.press('Alt+KeyN');
  await expect(family).toBeFocused();
  await page.keyboard.type('Рахимова');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'РАХИМОВА' })).toBeFocused();
});
