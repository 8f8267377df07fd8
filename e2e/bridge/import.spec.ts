import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../support/bridge';
import { core, expectAccessible, fieldLabel, goTo, openVault, saveScreen, say, watchPage } from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');
const DEMO = resolve(__dirname, '../../fixtures/demo-import.json');

test('the demo file imports through the page; a file with errors names each one and imports nothing', async ({
  page,
  bridge,
  baseURL,
}) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  await openVault(page, bridge, 'ru');
  await goTo(page, 'ru', 'import');
  await expect(page.getByRole('heading', { level: 1, name: t('import.title') })).toBeFocused();
  await expect(page.getByText(t('import.allOrNothing'))).toBeVisible();
  await expect(page.getByText(/familyName, givenName, patronymic/)).toBeVisible();
  await saveScreen(page, 'ru-import-empty');
  await expectAccessible(page, 'import');

  // Nothing chosen yet: the field says so.
  await page
    .getByRole('main')
    .getByRole('button', { name: t('import.submit'), exact: true })
    .click();
  await expect(page.getByText(t('import.noFile'))).toBeVisible();

  const file = page.getByLabel(t('import.file'));
  await file.setInputFiles(DEMO);
  await page
    .getByRole('main')
    .getByRole('button', { name: t('import.submit'), exact: true })
    .click();
  await expect(page.getByText(t('import.done', { applicants: 6, events: 19, incidents: 2 }))).toBeVisible();
  expect((await core(bridge, 'applicants.list', {})).total).toBe(6);
  expect((await core(bridge, 'incidents.list', {})).total).toBe(2);
  await saveScreen(page, 'ru-import-done');

  // A copy with a birth date that does not exist and a country code that is not ISO 3166.
  const broken = JSON.parse(readFileSync(DEMO, 'utf8')) as {
    applicants: { birthDate?: string; citizenship?: string[] }[];
  };
  const third = broken.applicants[2];
  const fifth = broken.applicants[4];
  if (!third || !fifth) throw new Error('the demo file has fewer applicants than expected');
  third.birthDate = '1994-02-30';
  fifth.citizenship = ['UZ', 'XU'];
  await file.setInputFiles({
    name: 'список-бюро.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await page
    .getByRole('main')
    .getByRole('button', { name: t('import.submit'), exact: true })
    .click();
  await expect(page.getByText(t('error.IMPORT_INVALID', { errors: 2 }))).toBeVisible();
  const problems = page.getByRole('region', { name: t('import.problems') }).getByRole('listitem');
  await expect(problems).toHaveText([
    `${t('import.record.applicant', { n: 3 })}, ${fieldLabel('ru', 'applicant', 'birthDate')}: ${t('form.invalidDate')}`,
    `${t('import.record.applicant', { n: 5 })}, ${fieldLabel('ru', 'applicant', 'citizenship')}, ${t('import.item', { n: 2 })}: ${t('form.unknownCountry')}`,
  ]);
  await saveScreen(page, 'ru-import-refused');
  await expectAccessible(page, 'import (refused)');
  // All or nothing: the vault is as it was.
  expect((await core(bridge, 'applicants.list', {})).total).toBe(6);
  expect((await core(bridge, 'incidents.list', {})).total).toBe(2);

  // CSV of applicants, with the documented column names; then on to the list.
  const csv = [
    'familyName,givenName,birthDate,citizenship,languages',
    'Каримов,Рустам,1985-04,UZ,uz;ru',
    '"Ли, Светлана",,1992,KZ;KR,ru',
  ].join('\r\n');
  await file.setInputFiles({ name: 'applicants.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page
    .getByRole('main')
    .getByRole('button', { name: t('import.submit'), exact: true })
    .click();
  await expect(page.getByText(t('import.done', { applicants: 2, events: 0, incidents: 0 }))).toBeVisible();
  expect((await core(bridge, 'applicants.list', {})).total).toBe(8);

  // A CSV error names the line as well as the applicant.
  await file.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('familyName,birthDate\nАлиев,1990\nОмаров,когда-то\n'),
  });
  await page
    .getByRole('main')
    .getByRole('button', { name: t('import.submit'), exact: true })
    .click();
  await expect(page.getByRole('region', { name: t('import.problems') }).getByRole('listitem')).toHaveText([
    `${t('import.record.applicantCsv', { n: 2, line: 3 })}, ${fieldLabel('ru', 'applicant', 'birthDate')}: ${t('form.invalidDate')}`,
  ]);
  expect((await core(bridge, 'applicants.list', {})).total).toBe(8);

  // A file of another kind is refused before it is read.
  await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await page
    .getByRole('main')
    .getByRole('button', { name: t('import.submit'), exact: true })
    .click();
  await expect(page.getByText(t('import.wrongType'))).toBeVisible();

  await file.setInputFiles(DEMO);
  await page
    .getByRole('main')
    .getByRole('button', { name: t('import.submit'), exact: true })
    .click();
  await page.getByRole('button', { name: t('import.toApplicants') }).click();
  await expect(
    page
      .getByRole('navigation', { name: t('shell.nav.label') })
      .getByRole('button', { name: t('shell.nav.applicants') }),
  ).toHaveAttribute('aria-current', 'page');

  await watch.expectClean();
});
