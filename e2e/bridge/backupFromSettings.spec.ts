/**
 * "Back up now" from Settings (issue 7): the page asks, the main process's route shows the save
 * dialog (here a stub the test answers, through the same route code as Electron:
 * src/main/backup/backupRoutes.ts) and the real core writes and checks the backup.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { restoreVault } from '../../src/core/backup/restoreVault';
import { fileContainsText, fingerprint } from '../../src/core/testing/tempVault';
import { VaultSession } from '../../src/core/vault/vaultSession';
import type { Language } from '../../src/shared/i18n';
import { type Bridge, expect, test } from '../support/bridge';
import { expectAccessible, openVault, PASSPHRASE, saveWholeScreen, say } from '../support/reportsSync';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

/** A client whose name must never be readable in the backup file. */
const CLIENT = { familyName: 'Абдурахмонова', givenName: 'Гулнора' };

/** A folder standing for the USB stick the backups go to, inside the test's vault folder. */
function stickOf(bridge: Bridge): string {
  const stick = join(dirname(bridge.vaultPath), 'backup-stick');
  mkdirSync(stick, { recursive: true });
  return stick;
}

async function openSettings(page: Page, bridge: Bridge, language: Language): Promise<Locator> {
  const t = say(language);
  await openVault(page, bridge, { language });
  await bridge.core.invoke('applicants.create', { fields: CLIENT });
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: new RegExp(`^${t('shell.nav.settings')}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('settings.title') })).toBeVisible();
  const backups = page.getByRole('region', { name: t('settings.backup.title') });
  await backups.scrollIntoViewIfNeeded();
  return backups;
}

test('a backup made from Settings is encrypted, opens with the passphrase, and clears the reminder; an existing file is never overwritten', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  const backups = await openSettings(page, bridge, 'ru');
  await expect(backups).toContainText(t('settings.backup.never'));
  await expect(backups).toContainText(t('settings.backup.dueNever'));
  await expectAccessible(page, 'settings, backups (before)');

  const stick = stickOf(bridge);
  const target = join(stick, 'panoh-backup-friday.panoh');
  bridge.nextDialog(target);
  await backups.getByRole('button', { name: t('backup.save.submit') }).click();
  await expect(
    backups.getByText(
      t('backup.save.saved', { fileName: 'panoh-backup-friday.panoh', keyFileName: 'panoh-backup-friday.panoh.keys' }),
    ),
  ).toBeVisible();
  expect(bridge.dialogs).toEqual(['save']);
  expect(bridge.offeredNames).toEqual([expect.stringMatching(/^panoh-backup-\d{4}-\d{2}-\d{2}\.panoh$/)]);

  // The reminder is answered at once: a last backup, and no warning.
  await expect(backups).not.toContainText(t('settings.backup.never'));
  await expect(backups.locator('.backup-last')).toContainText(
    t('settings.backup.last', { date: '' }).replace(/\.$/, '').trim(),
  );
  await expect(backups.locator('.backup-due')).toHaveCount(0);
  expect(await bridge.core.invoke('backup.status', {})).toMatchObject({ due: false, lastBackupAt: expect.any(String) });
  // The folder never reached the page.
  await expect(page.locator('body')).not.toContainText(stick);

  // Two files on the stick, the backup unreadable without the key and the passphrase.
  expect(readdirSync(stick).sort()).toEqual(['panoh-backup-friday.panoh', 'panoh-backup-friday.panoh.keys']);
  expect(fileContainsText(target, CLIENT.familyName)).toBe(false);
  expect(fileContainsText(target, CLIENT.givenName)).toBe(false);
  expect(fileContainsText(`${target}.keys`, CLIENT.familyName)).toBe(false);
  const audit = await bridge.core.invoke('audit.list', {});
  expect(audit.find((entry) => entry.action === 'export' && entry.detail?.report === 'backup')).toBeTruthy();

  // It opens with the passphrase: restored into a new vault file, the client is there.
  const restored = join(dirname(bridge.vaultPath), 'restored', 'office.panoh');
  mkdirSync(dirname(restored));
  await restoreVault(target, restored, PASSPHRASE);
  const session = new VaultSession(restored);
  await session.unlock(PASSPHRASE);
  expect(session.database().prepare('SELECT family_name, given_name FROM applicants').all()).toEqual([
    { family_name: CLIENT.familyName, given_name: CLIENT.givenName },
  ]);
  session.lock();
  await saveWholeScreen(page, 'ru-backup-saved');

  // The same file again: refused in words, the backup on the stick untouched.
  const before = fingerprint([target, `${target}.keys`]);
  bridge.nextDialog(target);
  await backups.getByRole('button', { name: t('backup.save.submit') }).click();
  await expect(backups.getByRole('alert')).toHaveText(t('backup.error.exists'));
  expect(fingerprint([target, `${target}.keys`])).toEqual(before);
  expect(readdirSync(stick)).toHaveLength(2);
  await expectAccessible(page, 'settings, backups (refused)');
  await saveWholeScreen(page, 'ru-backup-exists');

  // A stick pulled out after the dialog closed: said so, nothing written.
  rmSync(join(dirname(bridge.vaultPath), 'gone'), { recursive: true, force: true });
  bridge.nextDialog(join(dirname(bridge.vaultPath), 'gone', 'b.panoh'));
  await backups.getByRole('button', { name: t('backup.save.submit') }).click();
  await expect(backups.getByRole('alert')).toHaveText(t('backup.error.missing'));
});

test('cancelling the dialog changes nothing; in Kazakh the section reads well', async ({ page, bridge }) => {
  const kk = say('kk');
  const backups = await openSettings(page, bridge, 'kk');
  const stick = stickOf(bridge);
  const vaultBefore = fingerprint([bridge.vaultPath]);

  bridge.nextDialog(undefined);
  await backups.getByRole('button', { name: kk('backup.save.submit') }).click();
  await expect(backups.getByText(kk('backup.save.cancelled'))).toBeVisible();
  expect(bridge.dialogs).toEqual(['save']);
  await expect(backups).toContainText(kk('settings.backup.never'));
  await expect(backups).toContainText(kk('settings.backup.dueNever'));
  expect((await bridge.core.invoke('backup.status', {})).due).toBe(true);
  expect(readdirSync(stick)).toEqual([]);
  expect(fingerprint([bridge.vaultPath])).toEqual(vaultBefore);
  const audit = await bridge.core.invoke('audit.list', {});
  expect(audit.some((entry) => entry.detail?.report === 'backup')).toBe(false);
  await saveWholeScreen(page, 'kk-backup-cancelled');

  const target = join(stick, 'panoh-backup.panoh');
  bridge.nextDialog(target);
  await backups.getByRole('button', { name: kk('backup.save.submit') }).click();
  await expect(
    backups.getByText(
      kk('backup.save.saved', { fileName: 'panoh-backup.panoh', keyFileName: 'panoh-backup.panoh.keys' }),
    ),
  ).toBeVisible();
  await expect(backups.locator('.backup-due')).toHaveCount(0);
  expect(existsSync(target)).toBe(true);
  await expectAccessible(page, 'settings, backups (kk)');
  await saveWholeScreen(page, 'kk-backup-saved');
});
