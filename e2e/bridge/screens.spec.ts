import { languages } from '../../src/shared/i18n';
import { expect, test } from '../support/bridge';
import {
  confirmRecoveryKey,
  createVaultByKeyboard,
  LAPTOP_VIEWPORT,
  saveScreen,
  text,
  unlockByKeyboard,
} from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

/**
 * Pictures of every screen in every language, for a person to look at (test-results/screens):
 * Kazakh is the longest and the first to overflow.
 */
for (const language of languages) {
  test(`screens in ${language}`, async ({ page }) => {
    const t = (key: Parameters<typeof text>[1], params?: Parameters<typeof text>[2]) => text(language, key, params);
    await page.goto('/');
    if (language !== 'ru') {
      await page.getByRole('button', { name: t(`lang.${language}`) }).click();
      // Remembered across a restart of the window, and the first field has the focus again.
      await page.reload();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const passphrase = 'оңтүстік жел, south wind 2024';
    await createVaultByKeyboard(page, language, passphrase, () => saveScreen(page, `${language}-1-create`));
    await saveScreen(page, `${language}-2-recovery-key`);
    await confirmRecoveryKey(page, language);
    await saveScreen(page, `${language}-4-shell-applicants`);
    await page.getByRole('button', { name: t('shell.nav.settings') }).click();
    await page.getByLabel(t('settings.autoLock.label')).fill('0');
    await page.getByRole('button', { name: t('settings.autoLock.submit'), exact: true }).click();
    await expect(page.getByText(t('form.autoLockRange', { min: 1, max: 240 })).last()).toBeVisible();
    await page.getByLabel(t('settings.autoLock.label')).fill('15');
    await page.getByRole('button', { name: t('settings.autoLock.submit'), exact: true }).click();
    await expect(page.getByText(t('settings.autoLock.done'))).toBeVisible();
    await expect(page.getByText(t('shell.unlockedNotice', { minutes: 15 }))).toBeVisible();
    await saveScreen(page, `${language}-5-shell-settings`);
    await page.keyboard.press('Control+l');
    await unlockByKeyboard(page, language, 'wrong passphrase');
    await expect(page.getByRole('alert')).toHaveText(t('error.WRONG_PASSPHRASE'));
    await saveScreen(page, `${language}-3-unlock-wrong-passphrase`);
    await page.getByRole('button', { name: t('unlock.useRecovery') }).click();
    await page.getByLabel(t('recover.key'), { exact: true }).fill('not a key');
    await page.keyboard.press('Enter');
    await expect(page.getByText(t('form.recoveryKeyMalformed'))).toBeVisible();
    await saveScreen(page, `${language}-6-recover`);

    // A narrow window (a small laptop with the window half the screen) still reads well.
    await page.setViewportSize({ width: 760, height: 700 });
    await page.getByRole('button', { name: t('recover.back') }).click();
    await unlockByKeyboard(page, language, passphrase);
    await expect(page.getByRole('navigation', { name: t('shell.nav.label') })).toBeVisible();
    await page.getByRole('button', { name: t('shell.nav.settings') }).click();
    await saveScreen(page, `${language}-7-narrow-settings`);
  });
}
