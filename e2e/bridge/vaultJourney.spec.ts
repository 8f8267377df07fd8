import { createHash } from 'node:crypto';
import { expect, test } from '../support/bridge';
import {
  confirmRecoveryKey,
  createVaultByKeyboard,
  LAPTOP_VIEWPORT,
  LAWYER_NAME,
  OFFICE_NAME,
  ru,
  saveScreen,
  text,
  unlockByKeyboard,
} from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const FIRST_PASSPHRASE = 'тихий вечер над Таразом 1988';
const SECOND_PASSPHRASE = 'жаңа кілт сөзі: Қарқара өзені';
const THIRD_PASSPHRASE = 'recovered after the storm, March';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('a lawyer creates, locks, unlocks, switches language, changes the passphrase and recovers', async ({
  page,
  bridge,
}) => {
  await page.goto('/');

  // First start: no vault yet, the create screen speaks Russian (the bureau's language).
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByText(ru('app.offline'))).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: ru('create.title') })).toBeVisible();

  // Typed by keyboard, submitted with Enter.
  const recoveryKey = await createVaultByKeyboard(page, 'ru', FIRST_PASSPHRASE, async () => {
    await expect(page.getByText(ru('strength.strong'))).toBeVisible();
  });
  await confirmRecoveryKey(page, 'ru');
  // The names asked for at creation: the bureau's on every PDF, the lawyer's in the audit log from
  // its very first entry (never the computer's account name).
  expect((await bridge.core.invoke('office.get', {})).name).toBe(OFFICE_NAME);
  const [made] = (await bridge.core.invoke('audit.list', { limit: 20 })).filter((e) => e.targetKind === 'vault');
  expect(made).toMatchObject({ action: 'create', actor: LAWYER_NAME });

  // The shell: navigation, the lock, and the (empty) applicant list, its heading in focus.
  await expect(page.getByRole('heading', { level: 1, name: ru('applicants.title') })).toBeFocused();
  await expect(page.getByText(ru('applicants.empty.title'))).toBeVisible();
  await expect(page.getByText(ru('applicants.empty.text'))).toBeVisible();
  // The recovery key is gone from the screen once written down.
  expect(await page.content()).not.toContain(recoveryKey);

  // Lock with the button.
  await page.getByRole('button', { name: ru('shell.lock') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru('unlock.title') })).toBeVisible();
  await expect(page.getByText(ru('unlock.intro'))).toBeVisible();
  expect(bridge.core.vault.isUnlocked).toBe(false);

  // A wrong passphrase: a clear message in Russian, and the vault file untouched.
  const before = sha256(bridge.readVaultBytes());
  const keysBefore = sha256(bridge.readKeyFileBytes());
  await unlockByKeyboard(page, 'ru', 'неправильная фраза 12345');
  await expect(page.getByRole('alert')).toHaveText(ru('error.WRONG_PASSPHRASE'));
  await expect(page.getByLabel(ru('unlock.passphrase'), { exact: true })).toHaveValue('');
  expect(sha256(bridge.readVaultBytes())).toBe(before);
  expect(sha256(bridge.readKeyFileBytes())).toBe(keysBefore);

  // The right one.
  await unlockByKeyboard(page, 'ru', FIRST_PASSPHRASE);
  await expect(page.getByRole('navigation', { name: ru('shell.nav.label') })).toBeVisible();
  // After unlocking, the focus is on the page's heading, where a screen reader says where one is.
  await expect(page.getByRole('heading', { level: 1, name: ru('applicants.title') })).toBeFocused();

  // Lock with Ctrl+L, then unlock again.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: ru('unlock.title') })).toBeVisible();
  expect(bridge.core.vault.isUnlocked).toBe(false);
  await unlockByKeyboard(page, 'ru', FIRST_PASSPHRASE);
  await expect(page.getByRole('navigation', { name: ru('shell.nav.label') })).toBeVisible();

  // Kazakh, at once and after a reload.
  await page
    .getByRole('group', { name: ru('lang.label') })
    .getByRole('button', { name: 'Қазақша' })
    .click();
  const kkNav = page.getByRole('navigation', { name: text('kk', 'shell.nav.label') });
  await expect(kkNav.getByRole('button', { name: 'Өтініш берушілер' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await page.reload();
  await expect(kkNav.getByRole('button', { name: 'Өтініш берушілер' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: text('kk', 'applicants.title') })).toBeVisible();

  // Back to Russian through Settings, then change the passphrase there.
  await page.getByRole('button', { name: text('kk', 'shell.nav.settings') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('kk', 'settings.title') })).toBeFocused();
  await page.getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByRole('heading', { level: 1, name: ru('settings.title') })).toBeVisible();

  await page.getByLabel(ru('settings.passphrase.current'), { exact: true }).fill(FIRST_PASSPHRASE);
  await page.getByLabel(ru('settings.passphrase.new'), { exact: true }).fill(SECOND_PASSPHRASE);
  await page.getByLabel(ru('settings.passphrase.confirm'), { exact: true }).fill(SECOND_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: ru('settings.passphrase.done') })).toBeVisible();
  await expect(page.getByLabel(ru('settings.passphrase.current'), { exact: true })).toHaveValue('');

  // The old passphrase no longer opens the vault; the new one does.
  await page.keyboard.press('Control+l');
  await unlockByKeyboard(page, 'ru', FIRST_PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(ru('error.WRONG_PASSPHRASE'));
  await page.keyboard.type(SECOND_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: ru('shell.nav.label') })).toBeVisible();

  // Forgotten passphrase: the recovery key from paper (typed loosely, as people do) and a new one.
  await page.getByRole('button', { name: ru('shell.lock') }).click();
  await page.getByRole('button', { name: ru('unlock.useRecovery') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru('recover.title') })).toBeVisible();
  await expect(page.getByLabel(ru('recover.key'), { exact: true })).toBeFocused();
  await page.keyboard.type(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await page.getByLabel(ru('recover.newPassphrase'), { exact: true }).fill(THIRD_PASSPHRASE);
  await page.getByLabel(ru('recover.confirm'), { exact: true }).fill(THIRD_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: ru('shell.nav.label') })).toBeVisible();

  // And the new passphrase is the one that works from now on.
  await page.keyboard.press('Control+l');
  await unlockByKeyboard(page, 'ru', SECOND_PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(ru('error.WRONG_PASSPHRASE'));
  await page.keyboard.type(THIRD_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: ru('shell.nav.label') })).toBeVisible();
});

test('locking from elsewhere (idle timer) clears the screen and says why', async ({ page, bridge }) => {
  await page.goto('/');
  await createVaultByKeyboard(page, 'ru', FIRST_PASSPHRASE);
  await confirmRecoveryKey(page, 'ru');
  await page.getByRole('button', { name: ru('shell.nav.settings') }).click();
  await page.getByLabel(ru('settings.passphrase.current'), { exact: true }).fill('half-typed secret');

  // The shell's idle timer locks through the core, which tells the renderer.
  await bridge.core.invoke('vault.lock', { reason: 'idle' });
  await expect(page.getByRole('heading', { level: 1, name: ru('unlock.title') })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: ru('unlock.lockedBy.idle') })).toBeVisible();
  await saveScreen(page, 'ru-3b-unlock-after-idle-lock');

  await unlockByKeyboard(page, 'ru', FIRST_PASSPHRASE);
  await page.getByRole('button', { name: ru('shell.nav.settings') }).click();
  // Nothing typed before the lock survives it.
  await expect(page.getByLabel(ru('settings.passphrase.current'), { exact: true })).toHaveValue('');
});

test('form errors are shown in the language on screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'create.title') })).toBeVisible();
  await page.getByLabel(text('en', 'create.passphrase'), { exact: true }).fill('too short');
  await page.keyboard.press('Enter');
  await expect(page.getByText(text('en', 'form.passphraseTooShort', { min: 12 }))).toBeVisible();

  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.getByText(text('kk', 'form.passphraseTooShort', { min: 12 }))).toBeVisible();
  await page.getByLabel(text('kk', 'create.passphrase'), { exact: true }).fill('long enough passphrase');
  await page.getByLabel(text('kk', 'create.confirm'), { exact: true }).fill('a different one');
  await page.keyboard.press('Enter');
  await expect(page.getByText(text('kk', 'form.mismatch'))).toBeVisible();
  await expect(page.getByLabel(text('kk', 'create.confirm'), { exact: true })).toBeFocused();
});
