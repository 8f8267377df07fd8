/**
 * Documents from the case file: from a refusal recorded in the timeline to an editable appeal in
 * Russian with the client's name declined, without retyping, and a copy saved out through the
 * save dialog after the plaintext warning; then an office template with a placeholder Panoh does
 * not know, named before anything is stored.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import PizZip from 'pizzip';
import { docxWithLines } from '../../src/core/testing/docxFixtures';
import { type Bridge, expect, test } from '../support/bridge';
import { core, expectAccessible, goTo, openDemoVault, say } from '../support/caseload';
import { saveScreen } from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The document dialog, opened from the person's page in the demo vault (in Russian). */
async function openDocumentDialog(page: Page, bridge: Bridge, person: RegExp) {
  const t = say('ru');
  await openDemoVault(page, bridge, 'ru');
  await goTo(page, 'ru', 'applicants');
  await page.getByRole('button', { name: person }).click();
  await page.getByRole('button', { name: t('documents.open') }).click();
  return page.getByRole('dialog', { name: t('documents.dialog.title') });
}

test('a refusal appeal from the person’s page: a blank answered, the file listed, a copy saved out', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  await openDemoVault(page, bridge, 'ru');
  await core(bridge, 'office.setDetails', {
    name: 'Бюро «Пана»',
    city: 'Тараз',
    address: 'ул. Толе би, 1',
    lawyers: [{ name: 'Нурланова Айгуль Кайратовна', licence: '№ 0000123 от 01.02.2015' }],
  });
  await core(bridge, 'profile.set', { name: 'Нурланова Айгуль Кайратовна' });
  await goTo(page, 'ru', 'applicants');
  await page.getByRole('button', { name: /НАЗАРОВ/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /НАЗАРОВ/i })).toBeVisible();

  await page.getByRole('button', { name: t('documents.open') }).click();
  const dialog = page.getByRole('dialog', { name: t('documents.dialog.title') });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(t('documents.dialog.template'))).toHaveValue('refusal-appeal');
  await expect(dialog.getByLabel(t('documents.dialog.language'))).toHaveValue('ru');
  // The check before writing: the declension note and the blank the template asks for.
  await expect(dialog.getByText(t('documents.name.record'))).toBeVisible();
  const court = dialog.getByLabel('Суд (наименование)');
  await expect(court).toBeVisible();
  await saveScreen(page, 'ru-document-dialog');
  await expectAccessible(page, 'document dialog');

  // Without the court the document is not written.
  const write = dialog.getByRole('button', { name: t('documents.dialog.generate'), exact: true });
  await expect(write).toHaveAttribute('aria-disabled', 'true');
  await court.fill('Специализированный межрайонный административный суд г. Тараз');
  await expect(write).not.toHaveAttribute('aria-disabled', 'true');
  await write.click();
  const fileName = `refusal-appeal-ru-${today()}.docx`;
  await expect(dialog.getByText(t('documents.dialog.done', { fileName }))).toBeVisible();

  // Saved out: the warning first, then the save dialog; the copy is the filled appeal.
  const folder = join(dirname(bridge.vaultPath), 'Documents');
  mkdirSync(folder, { recursive: true });
  const target = join(folder, 'иск.docx');
  await dialog.getByRole('button', { name: t('documents.dialog.saveCopy') }).click();
  const warning = page.getByRole('alertdialog', { name: t('attachments.saveCopy.title') });
  await expect(warning).toContainText(t('attachments.saveCopy.body', { name: fileName }));
  bridge.nextDialog(target);
  await warning.getByRole('button', { name: t('attachments.saveCopy.confirm') }).click();
  await expect(
    dialog.getByText(t('attachments.saveCopy.saved', { name: fileName, fileName: 'иск.docx' })),
  ).toBeVisible();
  expect(bridge.offeredNames.at(-1)).toBe(fileName);
  const text = new PizZip(readFileSync(target)).file('word/document.xml')?.asText() ?? '';
  expect(text).toContain('ходатайство Назарова Шерали Ҷамшедовича');
  expect(text).toContain('15 августа 2026 г.');
  expect(text).toContain('суд г. Тараз');
  expect(text).toContain('Нурланова А.К.');

  // Audited by the template, never by what the document says.
  const [entry] = await core(bridge, 'audit.list', { limit: 1 });
  expect(entry).toMatchObject({
    action: 'attachment_save_out',
    detail: { format: 'docx', templateId: 'refusal-appeal' },
  });
  expect(JSON.stringify(entry)).not.toContain('Назаров');

  await dialog.getByRole('button', { name: t('documents.dialog.close') }).click();
  const files = page.getByRole('region', { name: t('attachments.title'), exact: true });
  const row = files.getByRole('row').filter({ hasText: fileName });
  await expect(row).toBeVisible();
  await expect(row).toContainText(t('attachments.fromTemplate'));
  await expect(row).toContainText(
    t('attachments.type.application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
  );
  await saveScreen(page, 'ru-document-in-files');
});

test('a person without a refusal is told what the appeal needs before anything is written', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  const dialog = await openDocumentDialog(page, bridge, /АСАНОВА/);
  await expect(dialog.getByText(t('documents.dialog.missingTitle'))).toBeVisible();
  await expect(
    dialog.getByText(`Последний отказ в статусе беженца: Дата решения — ${t('documents.dialog.notRecorded')}`),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: t('documents.dialog.generate'), exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // The power of attorney needs no refusal: choosing it clears the list.
  await dialog.getByLabel(t('documents.dialog.template')).selectOption('power-of-attorney');
  await expect(dialog.getByText(t('documents.dialog.missingTitle'))).toHaveCount(0);
});

test('before writing, the lawyer is told when the template’s wording no longer fits the file', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  // Назаров has been extradited: a request for interim measures assumes a threat still to come.
  const dialog = await openDocumentDialog(page, bridge, /НАЗАРОВ/);
  await dialog.getByLabel(t('documents.dialog.template')).selectOption('cat-interim-measures');
  const warnings = dialog.getByRole('note').filter({ hasText: t('documents.dialog.warningsTitle') });
  await expect(warnings).toBeVisible();
  await expect(warnings).toContainText(t('documents.warning.extraditionNotOpen'));
  await expectAccessible(page, 'document dialog with warnings');
  // Writing is still the lawyer's call: the button stays usable.
  await expect(dialog.getByRole('button', { name: t('documents.dialog.generate'), exact: true })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

test('an office template with a placeholder Panoh does not know is named, with the nearest known name, and not stored', async ({
  page,
  bridge,
}) => {
  const t = say('ru');
  await openDemoVault(page, bridge, 'ru');
  await goTo(page, 'ru', 'settings');
  const section = page.getByRole('region', { name: t('templates.title') });
  await section.getByLabel(t('templates.titleLabel')).fill('Письмо в акимат');
  await section.getByLabel(t('templates.file')).setInputFiles({
    name: 'акимат.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docxWithLines(['В интересах {applicant.fullNameGenitive}', 'Адрес: {applicant.adress}']),
  });
  await expect(section.getByText(t('templates.unknownTitle'))).toBeVisible();
  await expect(
    section.getByText(t('templates.suggestion', { tag: '{applicant.adress}', suggestion: '{applicant.address}' })),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: t('templates.accept') })).toHaveCount(0);
  await saveScreen(page, 'ru-template-unknown-placeholder');
  await expectAccessible(page, 'template check');
  expect((await core(bridge, 'documents.templates', { language: 'ru' })).filter((x) => x.source === 'office')).toEqual(
    [],
  );

  // Corrected in Word and chosen again: accepted, listed, and offered on a person's page.
  await section.getByLabel(t('templates.file')).setInputFiles({
    name: 'акимат.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docxWithLines(['В интересах {applicant.fullNameGenitive}', 'Адрес: {applicant.address}']),
  });
  await expect(section.getByText(t('templates.fine', { count: 2 }))).toBeVisible();
  // Every field the template will print from the file, named, before the lawyer accepts it.
  const reads = section.getByRole('list', { name: t('templates.reads') });
  await expect(reads.getByRole('listitem')).toHaveCount(2);
  await expect(reads).toContainText('{applicant.address}');
  await expect(reads).toContainText(t('documents.leaf.address'));
  await section.getByRole('button', { name: t('templates.accept') }).click();
  await expect(section.getByText(t('templates.added', { title: 'Письмо в акимат' }))).toBeVisible();
  await expect(section.getByRole('list', { name: t('templates.office') })).toContainText('Письмо в акимат');
});
