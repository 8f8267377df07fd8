/**
 * "Restore from a backup…" on a new laptop (issue 7): the old laptop's backup (made here by a
 * second, in-process core, as "Back up now" makes it) is opened from the create-vault screen. The
 * page asks; the main process's route shows the open dialog (a stub the test answers, through the
 * same route code as Electron: src/main/backup/backupRoutes.ts) and the real core restores the
 * backup into the app's own vault path, then unlocks it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Language } from '../../src/shared/i18n';
import { type Bridge, expect, test } from '../support/bridge';
import { colleagueLaptop, expectAccessible, PASSPHRASE, say } from '../support/reportsSync';
import { LAPTOP_VIEWPORT, saveScreen } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const CLIENT = { familyName: 'Абдурахмонова', givenName: 'Гулнора' };
const BACKUP_NAME = 'panoh-backup-2026-11-27.panoh';

/** The old laptop: a vault with one client, backed up to its stick; returns the backup's path. */
async function oldLaptopBackup(): Promise<{ backup: string; dispose(): void }> {
  const old = await colleagueLaptop('Старый ноутбук');
  await old.core.invoke('applicants.create', { fields: CLIENT });
  const backup = join(old.stick, BACKUP_NAME);
  await old.core.invokeMainOnly('backup.writeTo', { path: backup });
  return { backup, dispose: old.dispose };
}

/** Nothing at the app's own vault path: no vault, no key file, no half-copied file. */
function expectNoVault(bridge: Bridge): void {
  const folder = dirname(bridge.vaultPath);
  expect(readdirSync(folder).filter((name) => name.startsWith('office.vault'))).toEqual([]);
  expect(bridge.core.vault.exists()).toBe(false);
}

async function offerRestore(page: Page, bridge: Bridge, language: Language, backup: string | undefined) {
  const t = say(language);
  await expect(page.getByRole('heading', { level: 1, name: t('create.title') })).toBeVisible();
  bridge.nextDialog(backup);
  await page.getByRole('button', { name: t('backup.restore.offer') }).click();
}

test('a lawyer restores the backup on a new laptop: a wrong passphrase first, then the list with the client', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  const old = await oldLaptopBackup();
  try {
    await page.goto('/');
    await expect(page.getByText(t('backup.restore.offerText'))).toBeVisible();
    await expectAccessible(page, 'create vault, with restore offer');

    // Cancel the dialog: still the create screen, nothing made.
    await offerRestore(page, bridge, 'ru', undefined);
    await expect(page.getByRole('heading', { level: 1, name: t('create.title') })).toBeVisible();
    expect(bridge.dialogs).toEqual(['file']);
    expectNoVault(bridge);

    await offerRestore(page, bridge, 'ru', old.backup);
    await expect(page.getByRole('heading', { level: 1, name: t('backup.restore.title') })).toBeVisible();
    await expect(page.getByText(t('backup.restore.file', { fileName: BACKUP_NAME }))).toBeVisible();
    const passphrase = page.getByLabel(t('backup.restore.passphrase'), { exact: true });
    await expect(passphrase).toBeFocused();
    // The folder never reached the page.
    await expect(page.locator('body')).not.toContainText(dirname(old.backup));
    await expectAccessible(page, 'restore from a backup');
    await saveScreen(page, 'ru-restore-passphrase');

    // A wrong passphrase: said in Russian, nothing created, the box emptied for another try.
    await passphrase.fill('совсем не та фраза 123');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(t('backup.restore.error.wrongPassphrase'));
    await expect(passphrase).toHaveValue('');
    await expect(passphrase).toBeFocused();
    expectNoVault(bridge);
    await expectAccessible(page, 'restore, wrong passphrase');
    await saveScreen(page, 'ru-restore-wrong-passphrase');

    // The right one, without choosing the file again: the app opens with the client in the list.
    await passphrase.fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: t('applicants.title') })).toBeVisible();
    await expect(page.getByText(CLIENT.familyName)).toBeVisible();
    expect(bridge.dialogs).toEqual(['file', 'file']);
    expect(bridge.core.vault.isUnlocked).toBe(true);
    expect(existsSync(bridge.vaultPath)).toBe(true);
    expect(existsSync(`${bridge.vaultPath}.keys`)).toBe(true);
    // The backup on the stick is still there, as it was.
    expect(readdirSync(dirname(old.backup)).sort()).toEqual([BACKUP_NAME, `${BACKUP_NAME}.keys`]);

    // It locks and unlocks the normal way, with the backup's passphrase.
    await page.getByRole('button', { name: t('shell.lock') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('unlock.title') })).toBeVisible();
    await page.getByLabel(t('unlock.passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByText(CLIENT.familyName)).toBeVisible();
  } finally {
    old.dispose();
  }
});

test('in Kazakh: a backup without its key file is refused in words, nothing is created, another file can be chosen', async ({
  page,
  bridge,
}) => {
  const kk = say('kk');
  const old = await oldLaptopBackup();
  try {
    await bridge.core.invoke('prefs.set', { language: 'kk' });
    // The same backup, copied without its .keys file.
    const lonelyFolder = join(dirname(old.backup), 'lonely');
    mkdirSync(lonelyFolder);
    const lonely = join(lonelyFolder, BACKUP_NAME);
    copyFileSync(old.backup, lonely);

    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await saveScreen(page, 'kk-create-with-restore');
    await offerRestore(page, bridge, 'kk', lonely);
    await expect(page.getByRole('heading', { level: 1, name: kk('backup.restore.title') })).toBeVisible();
    await saveScreen(page, 'kk-restore-passphrase');
    await page.getByLabel(kk('backup.restore.passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(kk('backup.restore.error.keysMissing', { fileName: BACKUP_NAME }));
    expectNoVault(bridge);
    // The file must be chosen anew: the choose button takes the focus.
    const choose = page.getByRole('button', { name: kk('backup.restore.chooseAgain') });
    await expect(choose).toBeFocused();
    await expectAccessible(page, 'restore, keys missing (kk)');
    await saveScreen(page, 'kk-restore-keys-missing');

    // The whole backup this time.
    bridge.nextDialog(old.backup);
    await choose.click();
    await page.getByLabel(kk('backup.restore.passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: kk('applicants.title') })).toBeVisible();
    await expect(page.getByText(CLIENT.familyName)).toBeVisible();
  } finally {
    old.dispose();
  }
});
