/**
 * "Save a copy…" of a scan: the page asks, the lawyer is warned that the copy leaves the encrypted
 * vault, the main process's route (src/main/attachments/saveCopyRoute.ts, the same code as in
 * Electron) opens a save dialog (here a stub the test answers) and the real core writes the
 * decrypted copy and audits it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../src/shared/i18n';
import { type Bridge, expect, test } from '../support/bridge';
import {
  addApplicant,
  core,
  expectAccessible,
  goTo,
  makePdf,
  makePng,
  openVault,
  saveScreen,
  say,
  watchPage,
} from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

/** A folder standing for the lawyer's Documents (or a USB stick), next to the test's vault. */
function documentsOf(bridge: Bridge): string {
  const folder = join(dirname(bridge.vaultPath), 'Documents');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Opens the applicant from the list and adds one scan through the "Add file" control. */
async function applicantWithScan(
  page: Page,
  bridge: Bridge,
  language: Language,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<Locator> {
  const t = say(language);
  await addApplicant(bridge, { familyName: 'Абдурахмонов', givenName: 'Фаррух', citizenship: ['UZ'] });
  // The list was drawn before this applicant existed: go away and back to see them.
  const nav = page.getByRole('navigation', { name: t('shell.nav.label') });
  await nav.getByRole('button', { name: t('shell.nav.incidents') }).click();
  await nav.getByRole('button', { name: t('shell.nav.applicants') }).click();
  await page.getByRole('button', { name: /АБДУРАХМОНОВ/ }).click();
  const panel = page.getByRole('region', { name: t('attachments.title'), exact: true });
  await panel.getByLabel(t('attachments.add')).setInputFiles(file);
  await expect(panel.getByText(t('attachments.added', { name: file.name }))).toBeVisible();
  return panel;
}

const auditCount = async (bridge: Bridge) =>
  (await core(bridge, 'audit.list', { limit: 500 })).filter((entry) => entry.action === 'attachment_save_out').length;

test('a scan is saved out through the save dialog after a warning; cancelling at either step changes nothing', async ({
  page,
  bridge,
  baseURL,
}) => {
  const t = say('ru');
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  await openVault(page, bridge, 'ru');
  const pdf = makePdf('Decision No. 42 of the Refugee Commission');
  const panel = await applicantWithScan(page, bridge, 'ru', {
    name: 'решение-комиссии.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  await expect(panel.getByText(t('attachments.saveOutNote'))).toBeVisible();
  const documents = documentsOf(bridge);
  const saveButton = panel.getByRole('button', {
    name: t('attachments.saveCopyNamed', { name: 'решение-комиссии.pdf' }),
  });
  const warning = page.getByRole('alertdialog', { name: t('attachments.saveCopy.title') });

  // 1. The warning, then "Cancel": no dialog opens, nothing is written.
  await saveButton.click();
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(t('attachments.saveCopy.body', { name: 'решение-комиссии.pdf' }));
  // The focus starts on the safe answer.
  await expect(warning.getByRole('button', { name: t('common.cancel') })).toBeFocused();
  await saveScreen(page, 'ru-attachments-save-warning');
  await expectAccessible(page, 'save-copy warning');
  await warning.getByRole('button', { name: t('common.cancel') }).click();
  await expect(warning).toBeHidden();
  expect(bridge.dialogs).toEqual([]);

  // 2. Confirmed, then the save dialog is closed: still nothing written, nothing audited.
  await saveButton.click();
  bridge.nextDialog(undefined);
  await warning.getByRole('button', { name: t('attachments.saveCopy.confirm') }).click();
  await expect(panel.getByText(t('attachments.saveCopy.cancelled'))).toBeVisible();
  expect(bridge.dialogs).toEqual(['save']);
  expect(readdirSync(documents)).toEqual([]);
  expect(await auditCount(bridge)).toBe(0);

  // 3. Confirmed and a place chosen: the copy holds exactly the scan's bytes.
  const target = join(documents, 'решение для суда.pdf');
  await saveButton.click();
  bridge.nextDialog(target);
  await warning.getByRole('button', { name: t('attachments.saveCopy.confirm') }).click();
  await expect(
    panel.getByText(
      t('attachments.saveCopy.saved', { name: 'решение-комиссии.pdf', fileName: 'решение для суда.pdf' }),
    ),
  ).toBeVisible();
  expect(bridge.offeredNames.at(-1)).toBe('решение-комиссии.pdf');
  expect(readFileSync(target).equals(pdf)).toBe(true);
  expect(readdirSync(documents)).toEqual(['решение для суда.pdf']);
  await saveScreen(page, 'ru-attachments-saved');
  await expectAccessible(page, 'copy saved');

  // The audit log says a file left the vault, for this applicant, without its name.
  const [entry] = await core(bridge, 'audit.list', { limit: 1 });
  expect(entry).toMatchObject({ action: 'attachment_save_out', targetKind: 'attachment' });
  expect(JSON.stringify(entry)).not.toContain('решение');
  await goTo(page, 'ru', 'audit');
  await expect(page.getByRole('cell', { name: t('audit.action.attachment_save_out') })).toHaveCount(1);

  await watch.expectClean();
});

test('a folder that is gone says so in the lawyer’s words, and the scan is still in the vault', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  await openVault(page, bridge, 'ru');
  const panel = await applicantWithScan(page, bridge, 'ru', {
    name: 'паспорт.png',
    mimeType: 'image/png',
    buffer: makePng(64, 48, 9),
  });
  const gone = join(documentsOf(bridge), 'флешка-вынута', 'паспорт.png');
  await panel.getByRole('button', { name: t('attachments.saveCopyNamed', { name: 'паспорт.png' }) }).click();
  bridge.nextDialog(gone);
  await page
    .getByRole('alertdialog', { name: t('attachments.saveCopy.title') })
    .getByRole('button', { name: t('attachments.saveCopy.confirm') })
    .click();
  await expect(
    panel.getByText(
      t('attachments.saveCopy.failed', { name: 'паспорт.png', reason: t('attachments.saveCopy.error.missing') }),
    ),
  ).toBeVisible();
  expect(existsSync(gone)).toBe(false);
  expect(await auditCount(bridge)).toBe(0);
  await expect(panel.getByRole('row').filter({ hasText: 'паспорт.png' })).toBeVisible();
});

test('in Kazakh: the warning and the saved copy', async ({ page, bridge }) => {
  const t = say('kk');
  await openVault(page, bridge, 'kk');
  const png = makePng(80, 60, 4);
  const panel = await applicantWithScan(page, bridge, 'kk', {
    name: 'куәлік.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await panel.getByRole('button', { name: t('attachments.saveCopyNamed', { name: 'куәлік.png' }) }).click();
  const warning = page.getByRole('alertdialog', { name: t('attachments.saveCopy.title') });
  await expect(warning).toContainText(t('attachments.saveCopy.body', { name: 'куәлік.png' }));
  await saveScreen(page, 'kk-attachments-save-warning');
  await expectAccessible(page, 'kk save-copy warning');
  const target = join(documentsOf(bridge), 'куәлік.png');
  bridge.nextDialog(target);
  await warning.getByRole('button', { name: t('attachments.saveCopy.confirm') }).click();
  await expect(
    panel.getByText(t('attachments.saveCopy.saved', { name: 'куәлік.png', fileName: 'куәлік.png' })),
  ).toBeVisible();
  expect(readFileSync(target).equals(png)).toBe(true);
  await saveScreen(page, 'kk-attachments-saved');
  await expectAccessible(page, 'kk copy saved');
});
