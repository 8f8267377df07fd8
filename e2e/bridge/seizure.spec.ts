/**
 * If the laptop is taken (issue 17): the erase shortcut is refused until a verified backup exists,
 * wipe after wrong passphrases shows the attempts left on the unlock screen, and travel mode
 * starts and ends from Settings (the save and open dialogs answered through the shell's own
 * route code, src/main/seizure/travelRoutes.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { fileContainsText } from '../../src/core/testing/tempVault';
import { keyFilePath } from '../../src/core/vault/keyFile';
import type { Language } from '../../src/shared/i18n';
import { type Bridge, expect, test } from '../support/bridge';
import { expectAccessible, openVault, PASSPHRASE, say } from '../support/reportsSync';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const TRAVELLER = { familyName: 'Путешествующий', givenName: 'Рустам' };
const STAYS = { familyName: 'Остающаяся', givenName: 'Мадина' };

function stickOf(bridge: Bridge): string {
  const stick = join(dirname(bridge.vaultPath), 'office-stick');
  mkdirSync(stick, { recursive: true });
  return stick;
}

async function openSeizureSettings(page: Page, language: Language): Promise<Locator> {
  const t = say(language);
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: new RegExp(`^${t('shell.nav.settings')}`) })
    .click();
  const section = page.getByRole('region', { name: t('seizure.title') });
  await section.scrollIntoViewIfNeeded();
  await expect(section).toBeVisible();
  return section;
}

test('the erase shortcut is refused without a backup, turned on after one, and said on the unlock screen with the attempts left', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  await openVault(page, bridge, { language: 'ru' });
  const section = await openSeizureSettings(page, 'ru');
  await expect(section).toContainText(t('seizure.backupFirst'));
  await expect(section).toContainText(t('seizure.erase.off'));
  await expectAccessible(page, 'settings, if the laptop is taken');

  const erase = section.getByRole('region', { name: t('seizure.erase.title') });
  await erase.getByRole('button', { name: t('seizure.erase.turnOn') }).click();
  await expect(erase.getByRole('alert')).toHaveText(t('error.BACKUP_REQUIRED'));
  await expect(erase).toContainText(t('seizure.erase.off'));
  expect(await bridge.core.invoke('seizure.status', {})).toEqual({ backupExists: false });

  // Back up from the section above, then the same button turns the shortcut on.
  const backups = page.getByRole('region', { name: t('settings.backup.title') });
  bridge.nextDialog(join(stickOf(bridge), 'backup.panoh'));
  await backups.getByRole('button', { name: t('backup.save.submit') }).click();
  await expect(backups.getByText(t('settings.backup.never'))).toHaveCount(0);
  await erase.getByRole('button', { name: t('seizure.erase.turnOn') }).click();
  await expect(erase).toContainText(t('seizure.erase.on', { shortcut: 'Ctrl+Alt+Shift+E' }));
  await expect(erase.getByRole('alert')).toHaveCount(0);
  expect(await bridge.core.invoke('vault.status', {})).toMatchObject({ eraseShortcut: 'CommandOrControl+Alt+Shift+E' });
  // Another shortcut, chosen while it is on, takes its place at once.
  await erase.getByLabel(t('seizure.erase.shortcut')).selectOption('CommandOrControl+Shift+F12');
  await expect(erase).toContainText(t('seizure.erase.on', { shortcut: 'Ctrl+Shift+F12' }));
  expect(await bridge.core.invoke('vault.status', {})).toMatchObject({ eraseShortcut: 'CommandOrControl+Shift+F12' });

  // Wipe after five wrong passphrases; the unlock screen says the last attempts.
  const wipe = section.getByRole('region', { name: t('seizure.wipe.title') });
  await wipe.getByLabel(t('seizure.wipe.enabled')).check();
  await wipe.getByLabel(t('seizure.wipe.attempts')).fill('3');
  await wipe.getByRole('button', { name: t('seizure.wipe.save') }).click();
  await expect(wipe).toContainText(t('form.autoLockRange', { min: 5, max: 20 }));
  await wipe.getByLabel(t('seizure.wipe.attempts')).fill('5');
  await wipe.getByRole('button', { name: t('seizure.wipe.save') }).click();
  await expect(wipe).toContainText(t('seizure.wipe.on', { attempts: 5 }));

  await page.getByRole('button', { name: t('shell.lock') }).click();
  const passphrase = page.getByLabel(t('unlock.passphrase'), { exact: true });
  for (let attempt = 1; attempt <= 2; attempt++) {
    await passphrase.fill('не та парольная фраза');
    await page.getByRole('button', { name: t('unlock.submit') }).click();
    await expect(page.getByText(t('error.WRONG_PASSPHRASE'))).toBeVisible();
    await expect(page.getByText(t('unlock.attemptsLeft', { attempts: 3 }))).toHaveCount(0);
  }
  await passphrase.fill('не та парольная фраза');
  await page.getByRole('button', { name: t('unlock.submit') }).click();
  await expect(page.getByText(t('unlock.attemptsLeft', { attempts: 2 }))).toBeVisible();
  await expectAccessible(page, 'unlock, two attempts left');
  // A restart of the page (the app) still says it: the count is in the key file.
  await page.reload();
  await expect(page.getByText(t('unlock.attemptsLeft', { attempts: 2 }))).toBeVisible();
  await page.getByLabel(t('unlock.passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('unlock.submit') }).click();
  await expect(page.getByRole('navigation', { name: t('shell.nav.label') })).toBeVisible();

  // The shell's shortcut calls the main-only erase; the page then shows the create screen.
  await bridge.core.invokeMainOnly('vault.erase', {});
  await expect(page.getByRole('heading', { name: t('create.title') })).toBeVisible();
  expect(existsSync(keyFilePath(bridge.vaultPath))).toBe(false);
});

test('travel mode starts and ends from Settings: the backup first, only the chosen applicant on the trip, everyone back after', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  await openVault(page, bridge, { language: 'ru' });
  const { id: traveller } = await bridge.core.invoke('applicants.create', { fields: TRAVELLER });
  await bridge.core.invoke('applicants.create', { fields: STAYS });
  const section = await openSeizureSettings(page, 'ru');
  const travel = section.getByRole('region', { name: t('seizure.travel.title') });

  await travel.getByRole('button', { name: t('seizure.travel.start') }).click();
  await expect(travel.getByRole('alert')).toHaveText(t('seizure.travel.chooseOne'));
  await travel.getByLabel(`${TRAVELLER.familyName} ${TRAVELLER.givenName}`).check();
  await expectAccessible(page, 'settings, travel mode (choosing)');

  const backup = join(stickOf(bridge), 'before-the-trip.panoh');
  bridge.nextDialog(backup);
  await travel.getByRole('button', { name: t('seizure.travel.start') }).click();
  await expect(
    travel.getByText(t('seizure.travel.started', { file: 'before-the-trip.panoh', removed: 1 })),
  ).toBeVisible();
  await expect(page.getByText(t('seizure.travel.banner'))).toBeVisible();
  await expect(travel.getByRole('button', { name: t('seizure.travel.endFromBackup') })).toBeVisible();
  expect(existsSync(backup) && existsSync(keyFilePath(backup))).toBe(true);
  expect(fileContainsText(backup, STAYS.familyName)).toBe(false);
  expect((await bridge.core.invoke('applicants.list', {})).rows.map((row) => row.id)).toEqual([traveller]);
  await expectAccessible(page, 'settings, travel mode (travelling)');

  // The applicant list says what the lawyer carries.
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: new RegExp(`^${t('shell.nav.applicants')}`) })
    .click();
  await expect(page.getByText(TRAVELLER.familyName).first()).toBeVisible();
  await expect(page.getByText(STAYS.familyName)).toHaveCount(0);

  // Sync waits for the trip's end, with a sentence that says why.
  await expect(bridge.core.invoke('sync.createOffice', {})).resolves.toBeDefined();
  await expect(
    bridge.core.invokeMainOnly('sync.writeBundle', { folder: stickOf(bridge), all: true }),
  ).rejects.toMatchObject({
    code: 'TRAVEL_ACTIVE',
  });

  // Back at the office: end from the backup (cancelled once, then chosen).
  const again = await openSeizureSettings(page, 'ru');
  const travelAgain = again.getByRole('region', { name: t('seizure.travel.title') });
  bridge.nextDialog(undefined);
  await travelAgain.getByRole('button', { name: t('seizure.travel.endFromBackup') }).click();
  await expect(travelAgain.getByRole('button', { name: t('seizure.travel.endFromBackup') })).toBeVisible();
  bridge.nextDialog(backup);
  await travelAgain.getByRole('button', { name: t('seizure.travel.endFromBackup') }).click();
  await expect(travelAgain.getByText(/Режим поездки завершён/)).toBeVisible();
  await expect(page.getByText(t('seizure.travel.banner'))).toHaveCount(0);
  await expect(travelAgain.getByRole('button', { name: t('seizure.travel.start') })).toBeVisible();
  const names = (await bridge.core.invoke('applicants.list', {})).rows.map((row) => row.familyName).sort();
  expect(names).toEqual([STAYS.familyName, TRAVELLER.familyName].sort());
  const audit = await bridge.core.invoke('audit.list', {});
  expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['travel_start', 'travel_end']));
  expect(JSON.stringify(audit)).not.toContain(STAYS.familyName);
});
