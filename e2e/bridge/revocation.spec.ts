import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { oldKeysOpen } from '../../src/core/testing/keyFileCopies';
import { keyFilePath } from '../../src/core/vault/keyFile';
import { expect, test } from '../support/bridge';
import {
  addApplicant,
  core,
  expectAccessible,
  goTo,
  openVault,
  saveScreen,
  say,
  VAULT_PASSPHRASE,
  watchPage,
} from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');
const NEW_PASSPHRASE = 'другая фраза после утечки, март 2026';

test('after a passphrase change the lawyer is told it revokes nothing, re-encrypts, and old key files stop working', async ({
  page,
  bridge,
  baseURL,
}) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  await openVault(page, bridge, 'ru');
  await addApplicant(bridge, { familyName: 'Турсунова', givenName: 'Мадина' });
  // A copy of the key file, as a backup or a forgotten USB stick keeps one.
  const oldKeys = join(bridge.exportsDir, 'old.keys');
  copyFileSync(keyFilePath(bridge.vaultPath), oldKeys);

  await goTo(page, 'ru', 'settings');
  await page.getByLabel(t('settings.passphrase.current'), { exact: true }).fill(VAULT_PASSPHRASE);
  await page.getByLabel(t('settings.passphrase.new'), { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel(t('settings.passphrase.confirm'), { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: t('settings.passphrase.submit') }).click();
  await expect(page.getByText(t('settings.passphrase.done'))).toBeVisible();
  await expect(page.getByText(t('protection.rekey.afterChange'))).toBeVisible();
  // The passphrase change alone: the old copy still opens the vault with the old passphrase.
  expect(await oldKeysOpen(bridge.vaultPath, oldKeys, VAULT_PASSPHRASE)).toBe(true);

  await page.getByRole('button', { name: t('protection.rekey.offer') }).click();
  const rekey = page.getByRole('region', { name: t('protection.rekey.title') });
  const field = rekey.getByLabel(t('protection.passphrase'), { exact: true });
  await expect(field).toBeFocused();
  await rekey.scrollIntoViewIfNeeded();
  await saveScreen(page, 'ru-settings-rekey-offer');
  await expectAccessible(page, 'settings, re-encryption offered');

  // A wrong passphrase first: refused in words, nothing done.
  await field.fill('совсем не та фраза');
  await rekey.getByRole('button', { name: t('protection.rekey.submit') }).click();
  await expect(rekey.getByRole('alert')).toHaveText(t('error.WRONG_PASSPHRASE'));

  await field.fill(NEW_PASSPHRASE);
  await rekey.getByRole('button', { name: t('protection.rekey.submit') }).click();
  await expect(rekey.getByRole('heading', { name: t('protection.newKey.title') })).toBeVisible();
  const figure = rekey.getByRole('figure', { name: t('recovery.keyLabel') });
  await expect(figure).toBeFocused();
  const shown = ((await figure.textContent()) ?? '').replace(t('recovery.keyLabel'), '');
  expect(shown).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  await rekey.scrollIntoViewIfNeeded();
  await saveScreen(page, 'ru-settings-rekey-new-recovery-key');
  await expectAccessible(page, 'settings, new recovery key');
  const done = rekey.getByRole('button', { name: t('protection.newKey.done') });
  await expect(done).toBeDisabled();
  await rekey.getByLabel(t('recovery.confirm')).check();
  await done.click();
  await expect(rekey.getByText(t('protection.rekey.done'))).toBeVisible();
  expect(await page.content()).not.toContain(shown);

  // The old key file opens nothing now, with either passphrase; the vault still holds the person.
  expect(await oldKeysOpen(bridge.vaultPath, oldKeys, VAULT_PASSPHRASE)).toBe(false);
  expect(await oldKeysOpen(bridge.vaultPath, oldKeys, NEW_PASSPHRASE)).toBe(false);
  expect((await core(bridge, 'applicants.list', {})).rows.map((row) => row.familyName)).toEqual(['Турсунова']);
  expect((await core(bridge, 'audit.list', { limit: 1 }))[0]?.action).toBe('rekey');
  // And the new recovery key is the one that opens it.
  await page.getByRole('button', { name: t('shell.lock') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('unlock.title') })).toBeVisible();
  await core(bridge, 'vault.recover', { recoveryKey: shown, newPassphrase: VAULT_PASSPHRASE });

  await watch.expectClean();
});

test('a person deleted by mistake of consent is deleted forever from Recently deleted, here and for good', async ({
  page,
  bridge,
  baseURL,
}) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  await openVault(page, bridge, 'ru');
  const id = await addApplicant(bridge, { familyName: 'Отозванова', givenName: 'Зарина', notes: 'Согласие отозвано' });
  await addApplicant(bridge, { familyName: 'Каримов', givenName: 'Рустам' });
  await core(bridge, 'applicants.delete', { id });

  await goTo(page, 'ru', 'trash');
  const table = page.getByRole('table', { name: t('trash.caption') });
  const row = table.getByRole('row').filter({ hasText: 'Отозванова Зарина' });
  await row.getByRole('button', { name: t('trash.purgeNamed', { label: 'Отозванова Зарина' }) }).click();
  const dialog = page.getByRole('alertdialog', { name: t('trash.purge.title', { label: 'Отозванова Зарина' }) });
  await expect(dialog).toContainText(t('trash.purge.message'));
  // The safe answer has the focus; "no" leaves everything as it was.
  await expect(dialog.getByRole('button', { name: t('common.cancel') })).toBeFocused();
  await saveScreen(page, 'ru-trash-delete-forever');
  await expectAccessible(page, 'delete forever question');
  await page.keyboard.press('Escape');
  await expect(row).toHaveCount(1);

  await row.getByRole('button', { name: t('trash.purgeNamed', { label: 'Отозванова Зарина' }) }).click();
  await dialog.getByRole('button', { name: t('trash.purge') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('trash.purged', { label: 'Отозванова Зарина' }) }),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(page.getByText(t('trash.empty'))).toBeVisible();
  await expect(core(bridge, 'applicants.get', { id })).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
  expect(await core(bridge, 'trash.list', {})).toEqual([]);
  expect((await core(bridge, 'search.query', { text: 'Отозванова' })).applicants).toEqual([]);
  const [entry] = await core(bridge, 'audit.list', { limit: 1 });
  expect(entry).toMatchObject({ action: 'purge', targetId: id });
  expect(JSON.stringify(entry)).not.toContain('Отозванова');
  await saveScreen(page, 'ru-trash-deleted-forever');

  await watch.expectClean();
});
