import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodedCsv, excelSerial, officeWorkbook } from '../../src/core/testing/spreadsheetFixtures';
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

test('two columns on one field are marked before the check; two-digit years are said; skipped duplicates are not counted', async ({
  page,
  bridge,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'panoh-e2e-csv-'));
  try {
    const nextYear = new Date().getFullYear() + 1;
    const yy = String(nextYear % 100).padStart(2, '0');
    const path = join(dir, 'список.csv');
    writeFileSync(
      path,
      encodedCsv(
        [
          'ФИО;Фамилия латиницей;Дата рождения;Срок действия',
          `Каримов Рустам;Karimov;4.5.89;14.08.${yy}`,
          `Назарова Гулнора;Nazarova;01.01.1990;01.09.${yy}`,
        ],
        'win1251',
      ),
    );
    await openVault(page, bridge, 'ru');
    await core(bridge, 'applicants.create', { fields: { familyName: 'Назарова', givenName: 'Гулнора' } });
    await goTo(page, 'ru', 'import');
    bridge.nextDialog(path);
    await page.getByRole('button', { name: t('import.choose') }).click();

    const target = page.getByRole('combobox', {
      name: t('import.mapping.targetOf', { letter: 'B', header: 'Фамилия латиницей' }),
    });
    await target.selectOption('familyName');
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(t('form.targetTwice'))).toBeVisible();
    await expect(page.getByText(t('import.mapping.twiceNotice'))).toBeVisible();
    await expect(page.getByRole('button', { name: t('import.check') })).toBeDisabled();
    await expectAccessible(page, 'import mapping twice');

    await target.selectOption('aliases');
    await expect(page.getByText(t('form.targetTwice'))).toHaveCount(0);
    await page.getByRole('button', { name: t('import.check') }).click();
    await expect(page.getByRole('heading', { name: t('import.report.twoDigitYears') })).toBeVisible();
    const thisYear = nextYear - 1;
    await expect(
      page.getByText(
        t('import.report.twoDigitYear', {
          header: 'Срок действия',
          count: 2,
          from: thisYear - 30,
          to: thisYear + 20,
          row: 2,
          written: `14.08.${yy}`,
          date: `14.08.${nextYear}`,
        }),
      ),
    ).toBeVisible();
    await expect(page.getByText(/«Дата рождения»: дат с двузначным годом — 1/)).toBeVisible();
    // Nazarova is probably in the vault already and skipped unless the lawyer says otherwise.
    await expect(page.getByRole('button', { name: t('import.run', { count: 1 }) })).toBeEnabled();
    await saveScreen(page, 'ru-import-two-digit-years');
    await page
      .getByRole('group', { name: /Строка 3/ })
      .getByRole('radio', { name: t('import.dup.new') })
      .check();
    await expect(page.getByRole('button', { name: t('import.run', { count: 2 }) })).toBeEnabled();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
