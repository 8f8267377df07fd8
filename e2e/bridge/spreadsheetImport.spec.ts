import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { excelSerial, officeWorkbook } from '../../src/core/testing/spreadsheetFixtures';
import { expect, test } from '../support/bridge';
import { core, expectAccessible, goTo, openVault, saveScreen, say, watchPage } from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');

test('an office .xlsx: fix a proposed mapping, see the preview change, check, decide a duplicate, import, find the person', async ({
  page,
  bridge,
  baseURL,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'panoh-e2e-xlsx-'));
  try {
    const path = join(dir, 'Список бюро 2026.xlsx');
    writeFileSync(
      path,
      await officeWorkbook(
        [
          {
            name: 'Абдурахмонов Рустам Ахмедович',
            sex: 'м',
            born: excelSerial('1989-05-14'),
            languages: 'узбекский',
            status: 'отказ',
            refusedOn: '03.02.2026',
            certificate: '0012345',
            validUntil: '14.08.2026',
          },
          { name: 'Турсунова Малика', sex: 'ж', born: 1994, languages: 'тадж.', status: 'обжалование' },
        ],
        { extraColumns: [{ header: 'Родина', values: ['РУз', 'Таджикистан'] }] },
      ),
    );
    const watch = await watchPage(page, new URL(baseURL ?? '').origin);
    await openVault(page, bridge, 'ru');
    const existing = await core(bridge, 'applicants.create', {
      fields: { familyName: 'Tursunova', givenName: 'Malika', birthDate: '1994-03-01', citizenship: ['TJ'] },
    });
    await goTo(page, 'ru', 'import');

    bridge.nextDialog(path);
    await page.getByRole('button', { name: t('import.choose') }).click();
    await expect(page.getByText(t('import.chosen', { name: 'Список бюро 2026.xlsx' }))).toBeVisible();
    await expect(page.getByText(t('import.read.summary', { rows: '2–3', count: 2 }))).toBeVisible();

    // Panoh proposed «ФИО» as the full name, and did not know «Родина».
    const target = (letter: string, header: string) =>
      page.getByRole('combobox', { name: t('import.mapping.targetOf', { letter, header }) });
    await expect(target('B', 'ФИО')).toHaveValue('fullName');
    await expect(target('L', 'Родина')).toHaveValue('ignore');
    const preview = page.getByRole('table', { name: t('import.preview.title') });
    const first = preview.getByRole('row').nth(1);
    await expect(first).toContainText('Абдурахмонов / Рустам / Ахмедович');
    await expect(first).toContainText('14.05.1989');
    await expect(first).not.toContainText('Узбекистан');
    await saveScreen(page, 'ru-import-xlsx-proposed');

    await target('L', 'Родина').selectOption('citizenship');
    await expect(first).toContainText('Узбекистан');
    await expect(preview.getByRole('row').nth(2)).toContainText('Таджикистан');
    await expectAccessible(page, 'import mapping');

    await page.getByRole('button', { name: t('import.check') }).click();
    await expect(
      page.getByText(t('import.report.summary', { rows: 2, ready: 2, events: 1, refused: 0 })),
    ).toBeVisible();
    const duplicate = page.getByRole('group', { name: /Строка 5: ТУРСУНОВА Малика/ });
    await expect(duplicate).toBeVisible();
    await expect(duplicate.getByRole('radio', { name: t('import.dup.skip') })).toBeChecked();
    await duplicate.getByRole('radio', { name: /Объединить с записью TURSUNOVA Malika/ }).check();
    await saveScreen(page, 'ru-import-xlsx-checked');
    expect((await core(bridge, 'applicants.list', {})).total).toBe(1);

    await page.getByRole('button', { name: t('import.run', { count: 2 }) }).click();
    await expect(
      page.getByText(t('import.finished', { applicants: 1, events: 1, merged: 1, skipped: 0 })),
    ).toBeVisible();
    expect((await core(bridge, 'applicants.list', {})).total).toBe(2);
    const merged = await core(bridge, 'applicants.get', { id: existing.id });
    expect(merged.applicant.aliases).toContain('Турсунова Малика');

    // The imported person is found by the header search, in Latin.
    const box = page
      .getByRole('search', { name: t('search.label') })
      .getByRole('combobox', { name: t('search.label') });
    await box.fill('Abdurakhmonov');
    await expect(
      page.getByRole('listbox', { name: t('search.label') }).getByRole('option', { name: /Абдурахмонов/i }),
    ).toBeVisible();
    await watch.expectClean();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the applicant list goes to .xlsx with its filters, after saying it will not be encrypted', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, 'ru');
  await core(bridge, 'applicants.create', { fields: { familyName: 'Нуриддинов', caseStatus: 'refused' } });
  await core(bridge, 'applicants.create', { fields: { familyName: 'Закрытов', caseStatus: 'closed' } });
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: t('shell.nav.applicants') })
    .click();
  await page.getByLabel(t('applicant.field.caseStatus')).selectOption('refused');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: t('applicants.export.open') }).click();
  await expect(page.getByText(t('applicants.export.warning'))).toBeVisible();
  await page.getByRole('button', { name: t('applicants.export.submit') }).click();
  await expect(page.getByText(t('reports.saved.outside'))).toBeVisible();
  const audit = await core(bridge, 'audit.list', { limit: 1 });
  expect(audit[0]).toMatchObject({ action: 'export', detail: { report: 'applicantList', rows: 1 } });
});
