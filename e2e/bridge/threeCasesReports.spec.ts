import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { translate } from '../../src/shared/i18n';
import { expect, test } from '../support/bridge';
import { localDay } from '../support/caseload';
import { openVault } from '../support/records';
import { DATES, day, NAZAROV, RAKHIMOV, recordThreeCases, TASHKENTOV, t, toList } from '../support/threeCases';
import { LAPTOP_VIEWPORT, saveScreen } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });
test.setTimeout(300_000);

/** The text of an exported PDF: in the order it is drawn (-raw), every run of white space one space. */
const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

const iso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const openFile = async (page: Page, name: string) => {
  await toList(page);
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeFocused();
};

/** The case summary dialog of the open file, in a language; the path of the PDF it saved. */
async function caseSummary(page: Page, language: 'Русский' | 'Қазақша'): Promise<string> {
  const open = page.getByRole('button', { name: t('applicants.page.caseSummary') });
  await open.click();
  const dialog = page.getByRole('dialog', { name: t('reports.case.dialogTitle') });
  await dialog.getByRole('radio', { name: language }).check();
  await dialog.getByRole('button', { name: t('reports.case.submit') }).click();
  const panel = dialog.getByRole('region', { name: t('reports.saved.title') });
  await expect(panel).toBeFocused();
  const path = (await panel.locator('code').textContent()) ?? '';
  await dialog.getByRole('button', { name: t('reports.case.close') }).click();
  await expect(open).toBeFocused();
  return path;
}

const table = (page: Page, id: 'detentions' | 'extraditionsByState' | 'decisions' | 'applicantsByCitizenship') =>
  page.getByRole('table', { name: t(`report.table.${id}`) });

const rowOf = (of: Locator, label: string) =>
  of.getByRole('row').filter({ has: of.page().getByRole('rowheader', { name: label, exact: true }) });

async function showStatistics(page: Page, from: string, to: string): Promise<void> {
  await page.getByLabel(t('reports.period.from'), { exact: true }).fill(from);
  await page.getByLabel(t('reports.period.to'), { exact: true }).fill(to);
  await page.getByLabel(t('reports.threshold.label'), { exact: true }).fill('5');
  await page.getByRole('button', { name: t('reports.preview.submit') }).click();
  await expect(page.getByRole('heading', { level: 2, name: t('reports.preview.title', { from, to }) })).toBeVisible();
}

/** The "file saved" panel of the statistics page: the path it names. */
async function savedPath(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: t('reports.saved.title') });
  await expect(panel).toBeFocused();
  return (await panel.locator('code').textContent()) ?? '';
}

test('the three cases in the case summary PDFs and the statistics: the group detention on every member, the transfer to a third country counted', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, 'ru');
  await recordThreeCases(page);

  // A member of the 29, whose file the detention was not recorded on: his summary lists it, with
  // the group's size and the court's custody term, and the refusal of the two of them.
  await openFile(page, TASHKENTOV);
  const member = pdfText(await caseSummary(page, 'Русский'));
  expect(member).toContain('ТАШКЕНТОВ Бахтиёр');
  expect(member).toContain(t('applicants.timeline.groupOf', { count: '29' }));
  expect(member).toContain(
    `санкция на арест до ${DATES.custodyUntil} (Следственный суд г. Алматы, постановление от ${DATES.sanction})`,
  );
  expect(member).toContain(`под стражей до ${DATES.custodyUntil}`);
  expect(member).toContain('дело № 2675-00-31-2026');
  expect(member).toContain('№ 04-12/877');
  // Another client's name stays off a summary that goes to a court.
  expect(member).not.toContain(RAKHIMOV);
  const memberKk = pdfText(await caseSummary(page, 'Қазақша'));
  expect(memberKk).toContain(translate('kk', 'applicants.timeline.groupOf', { count: '29' }));
  expect(memberKk).toContain(`${DATES.custodyUntil} дейін қамауға алуға санкция`);

  // The Tajik national handed to Uzbekistan: the warning, in both languages, and every number quoted.
  await openFile(page, NAZAROV);
  const nazarov = pdfText(await caseSummary(page, 'Русский'));
  expect(nazarov).toContain(t('caseFile.extradition.notCitizenship', { state: 'Узбекистан' }));
  expect(nazarov).toContain(`итог: экстрадирован передан в Узбекистан передан ${DATES.transfer}`);
  for (const number of ['2/3-11744', 'МР-88431', '2-1344-26', '17-05/2231', 'ЖМБ-2026-0114']) {
    expect(nazarov, number).toContain(number);
  }
  const nazarovKk = pdfText(await caseSummary(page, 'Қазақша'));
  expect(nazarovKk).toContain(
    translate('kk', 'caseFile.extradition.notCitizenship', { state: 'Өзбекстан' }).replace(/\s+/g, ' '),
  );

  // Statistics of the months of these stories: small counts are "<5", the detention counts its 29.
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: new RegExp(`^${t('shell.nav.reports')}`) })
    .click();
  const from = day(-130);
  const to = DATES.today;
  await showStatistics(page, from, to);
  await expect(rowOf(table(page, 'detentions'), t('report.value.detained')).getByRole('cell')).toHaveText(['30']);
  await expect(table(page, 'decisions')).toContainText('<5');
  await expect(table(page, 'extraditionsByState')).toContainText('<5');
  await expect(rowOf(table(page, 'applicantsByCitizenship'), 'Узбекистан').getByRole('cell')).toHaveText(['<5']);
  await saveScreen(page, 'ru-three-cases-5-statistics');

  // With the four others the office handed over to Uzbekistan, Kyrgyz nationals, the transfers
  // to a third country are enough to be shown: five, the Tajik among them.
  for (const family of ['Асанов', 'Бакиев', 'Жумабеков', 'Осмонов']) {
    const { id } = await bridge.core.invoke('applicants.create', {
      fields: { familyName: family, citizenship: ['KG'] },
    });
    await bridge.core.invoke('events.create', {
      applicantId: id,
      event: {
        type: 'extradition',
        requestingState: 'UZ',
        receivedOn: iso(localDay(-10)),
        outcome: 'extradited',
        handedTo: 'UZ',
      },
    });
  }
  await showStatistics(page, from, to);
  const extraditions = table(page, 'extraditionsByState');
  await expect(
    extraditions.getByRole('columnheader', { name: t('report.value.extraditedThirdCountry') }),
  ).toBeVisible();
  // pending, refused, approved, extradited, extradited to a third country, total
  await expect(rowOf(extraditions, 'Узбекистан').getByRole('cell')).toHaveText(['0', '0', '0', '0', '5', '5']);

  // The files that leave the office say the same.
  await page.getByRole('button', { name: t('reports.export.csv') }).click();
  const csv = readFileSync(await savedPath(page), 'utf8');
  expect(csv).toContain(`"${t('report.value.detained')}";"30"`);
  expect(csv).toContain('"Узбекистан";"0";"0";"0";"0";"5";"5"');
  expect(csv).toContain('"<5"');
  await page.getByRole('button', { name: t('reports.export.pdf') }).click();
  const stats = pdfText(await savedPath(page));
  expect(stats).toContain(t('report.table.detentions'));
  expect(stats).toContain(`${t('report.value.detained')} 30`);
  expect(stats).toContain('Узбекистан 0 0 0 0 5 5');
  expect(stats).toContain('<5');
  expect(stats).toContain(t('report.stats.people').replace(/\s+/g, ' '));
  for (const name of ['Назаров', 'Ташкентов', 'Рахимов', 'Гульнора', '2675-00-31-2026']) {
    expect(stats, name).not.toContain(name);
  }
});
