import { expect, test } from '../support/bridge';
import {
  confirmRecoveryKey,
  createVaultByKeyboard,
  expectAccessible as expectNoSeriousViolations,
  LAPTOP_VIEWPORT,
  readRecoveryKey,
  ru,
  unlockByKeyboard,
} from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const PASSPHRASE = 'степной ветер гонит перекати-поле';

test('the vault screens and the shell have no serious accessibility problems', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: ru('create.title') })).toBeVisible();
  await expectNoSeriousViolations(page, 'create');

  // With field errors on show.
  await page.keyboard.type('short');
  await page.keyboard.press('Enter');
  await expect(page.getByText(ru('form.passphraseTooShort', { min: 12 }))).toBeVisible();
  await expectNoSeriousViolations(page, 'create (with errors)');
  await page.getByLabel(ru('create.passphrase'), { exact: true }).fill('');

  await page.reload();
  await createVaultByKeyboard(page, 'ru', PASSPHRASE);
  await readRecoveryKey(page, 'ru');
  await expectNoSeriousViolations(page, 'recovery key');

  await confirmRecoveryKey(page, 'ru');
  await expectNoSeriousViolations(page, 'shell (applicants)');
  await page.getByRole('button', { name: ru('shell.nav.settings') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru('settings.title') })).toBeVisible();
  await expectNoSeriousViolations(page, 'shell (settings)');

  await page.getByRole('button', { name: ru('shell.lock') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru('unlock.title') })).toBeVisible();
  await expectNoSeriousViolations(page, 'unlock');
  await unlockByKeyboard(page, 'ru', 'not the passphrase');
  await expect(page.getByRole('alert')).toHaveText(ru('error.WRONG_PASSPHRASE'));
  await expectNoSeriousViolations(page, 'unlock (wrong passphrase)');

  await page.getByRole('button', { name: ru('unlock.useRecovery') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru('recover.title') })).toBeVisible();
  await expectNoSeriousViolations(page, 'recover');
});

test('every control on the unlock screen is reachable by Tab, in reading order', async ({ page }) => {
  await page.goto('/');
  await createVaultByKeyboard(page, 'ru', PASSPHRASE);
  await confirmRecoveryKey(page, 'ru');
  await page.keyboard.press('Control+l');
  await expect(page.getByLabel(ru('unlock.passphrase'), { exact: true })).toBeFocused();
  const order = [
    page.getByRole('button', { name: ru('common.show') }),
    page.getByRole('button', { name: ru('unlock.submit') }),
    page.getByRole('button', { name: ru('unlock.useRecovery') }),
  ];
  for (const control of order) {
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
  }
});
