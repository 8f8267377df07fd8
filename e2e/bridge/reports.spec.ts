import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { lastQuarter } from '../../src/renderer/src/features/reports/period';
import { formatPartialDate } from '../../src/shared/records/partialDate';
import { rowLabel } from '../../src/shared/reports/labels';
import { statisticsTableIds } from '../../src/shared/reports/statistics';
import { expect, test } from '../support/bridge';
import { expectAccessible, goTo, openVault, saveWholeScreen, say } from '../support/reportsSync';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');
/** Twelve characters or more, as the vault's passphrase; at most 32 bytes, where pdftotext cuts a password. */
const STATS_PASSWORD = 'Тараз-2026-отчёт';
const CASE_PASSWORD = 'Хуҷанд-1990-суд';
const kk = say('kk');

/** Names and numbers of the demo file that must never appear in statistics. */
const IDENTIFYING = ['Назаров', 'Yusupova', 'Gʻofurov', 'Rahimova', 'Асанова', 'Toktogulov', 'UZ-TSH'];

function citizenshipTable(page: Page): Locator {
  return page.getByRole('table', { name: t('report.table.applicantsByCitizenship') });
}

function rowOf(table: Locator, label: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) });
}

async function showStatistics(page: Page, from: string, to: string, threshold: string): Promise<void> {
  await page.getByLabel(t('reports.period.from'), { exact: true }).fill(from);
  await page.getByLabel(t('reports.period.to'), { exact: true }).fill(to);
  await page.getByLabel(t('reports.threshold.label'), { exact: true }).fill(threshold);
  await page.getByRole('button', { name: t('reports.preview.submit') }).click();
  await expect(page.getByRole('heading', { level: 2, name: t('reports.preview.title', { from, to }) })).toBeVisible();
}

/** The "file saved" panel: the path it names, after checking every sentence a lawyer must read. */
async function savedPath(page: Page, password: boolean): Promise<string> {
  const panel = page.getByRole('region', { name: t('reports.saved.title') });
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  await expect(panel).toContainText(t('reports.saved.outside'));
  await expect(panel).toContainText(t('reports.saved.anonymous'));
  await expect(panel).toContainText(password ? t('reports.saved.protected') : t('reports.saved.unprotected'));
  const path = (await panel.locator('code').textContent()) ?? '';
  const [before] = t('reports.saved.to', { path: '\u0000' }).split('\u0000');
  await expect(panel).toContainText(`${before}${path}.`);
  return path;
}

function pdfText(file: string, password?: string): string {
  return execFileSync('pdftotext', [...(password ? ['-upw', password] : []), '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
}

test('statistics for 2026: preview with small counts hidden, then CSV and PDF that leave the vault', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, { demo: true });
  await goTo(page, 'ru', 'reports');

  // This year is shown at once; the quick choices fill the period.
  await expect(page.getByText(t('reports.stats.intro'))).toBeVisible();
  await expect(citizenshipTable(page)).toBeVisible();
  const quarter = lastQuarter(new Date());
  await page.getByRole('button', { name: t('reports.period.lastQuarter') }).click();
  await expect(
    page.getByRole('heading', {
      name: t('reports.preview.title', { from: formatPartialDate(quarter.from), to: formatPartialDate(quarter.to) }),
    }),
  ).toBeVisible();
  await expect(page.getByLabel(t('reports.period.from'), { exact: true })).toHaveValue(formatPartialDate(quarter.from));

  // A period that ends before it starts, and a threshold out of range, are refused in words.
  await page.getByLabel(t('reports.period.from'), { exact: true }).fill('31.12.2026');
  await page.getByLabel(t('reports.period.to'), { exact: true }).fill('01.01.2026');
  await page.getByLabel(t('reports.threshold.label'), { exact: true }).fill('0');
  await page.getByRole('button', { name: t('reports.preview.submit') }).click();
  await expect(page.getByText(t('reports.form.periodOrder'))).toBeVisible();
  await expect(page.getByText(t('reports.form.thresholdRange'))).toBeVisible();
  await page.getByLabel(t('reports.period.from'), { exact: true }).fill('31.02.2026');
  await page.getByRole('button', { name: t('reports.preview.submit') }).click();
  await expect(page.getByText(t('form.invalidFullDate'))).toBeVisible();

  // 2026 with the usual threshold: three people from Uzbekistan are "<5".
  const uzbekistan = rowLabel('ru', 'applicantsByCitizenship', 'UZ');
  await showStatistics(page, '01.01.2026', '31.12.2026', '5');
  await expect(rowOf(citizenshipTable(page), uzbekistan).getByRole('cell')).toHaveText(['<5']);
  await expect(page.getByText(t('report.stats.suppressed', { below: 4, threshold: 5 }))).toBeVisible();
  for (const id of statisticsTableIds) {
    await expect(page.getByRole('table', { name: t(`report.table.${id}`) })).toBeVisible();
  }
  for (const name of IDENTIFYING) await expect(page.getByText(name)).toHaveCount(0);
  await saveWholeScreen(page, 'ru-reports-statistics');
  await expectAccessible(page, 'reports');

  // Below 3, "<t" would name the count: refused. With 3 the same row says 3; the export says what it will hold.
  await showStatistics(page, '01.01.2026', '31.12.2026', '3');
  await page.getByLabel(t('reports.threshold.label'), { exact: true }).fill('2');
  await page.getByRole('button', { name: t('reports.preview.submit') }).click();
  await expect(page.getByText(t('reports.form.thresholdRange'))).toBeVisible();
  await page.getByLabel(t('reports.threshold.label'), { exact: true }).fill('3');
  await page.getByRole('button', { name: t('reports.preview.submit') }).click();
  await expect(rowOf(citizenshipTable(page), uzbekistan).getByRole('cell')).toHaveText(['3']);
  await expect(page.getByText(t('report.stats.overlapping'))).toBeVisible();
  await expect(
    page.getByText(t('reports.export.what', { from: '01.01.2026', to: '31.12.2026', threshold: 3 })),
  ).toBeVisible();
  await page.getByLabel(t('reports.threshold.label'), { exact: true }).fill('5');
  await expect(page.getByText(t('reports.preview.changed'))).toBeVisible();
  await page.getByRole('button', { name: t('reports.preview.submit') }).click();
  await expect(page.getByText(t('reports.preview.changed'))).toHaveCount(0);

  // CSV: no password possible, said before anything is written.
  const password = page.getByLabel(t('reports.export.password'), { exact: true });
  await password.fill(STATS_PASSWORD);
  await page.getByRole('button', { name: t('reports.export.csv') }).click();
  await expect(page.getByText(t('reports.form.csvNoPassword'))).toBeVisible();
  expect(readdirSync(bridge.exportsDir)).toEqual([]);
  await password.fill('');
  await page.getByRole('button', { name: t('reports.export.csv') }).click();
  const csvPath = await savedPath(page, false);
  expect(dirname(csvPath)).toBe(bridge.exportsDir);
  expect(existsSync(csvPath)).toBe(true);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv).toContain(t('report.table.applicantsByCitizenship'));
  // Semicolons and a BOM: Excel in a Russian or Kazakh locale opens it in columns.
  expect(
    readFileSync(csvPath)
      .subarray(0, 3)
      .equals(Buffer.from([0xef, 0xbb, 0xbf])),
  ).toBe(true);
  expect(csv).toContain(`"${uzbekistan}";"<5"`);
  for (const name of IDENTIFYING) expect(csv).not.toContain(name);
  await saveWholeScreen(page, 'ru-reports-saved');
  await expectAccessible(page, 'reports (file saved)');

  // PDF without a password: anyone can read it, and it names nobody.
  await page.getByRole('button', { name: t('reports.export.pdf') }).click();
  const pdfPath = await savedPath(page, false);
  expect(dirname(pdfPath)).toBe(bridge.exportsDir);
  expect(pdfPath.endsWith('.pdf')).toBe(true);
  const text = pdfText(pdfPath);
  for (const id of ['applicantsByCitizenship', 'decisions', 'incidentsByKind'] as const) {
    expect(text.replace(/\s+/g, ' ')).toContain(t(`report.table.${id}`));
  }
  for (const name of IDENTIFYING) expect(text).not.toContain(name);

  // A password too short is refused; a good one makes a PDF that opens only with it.
  // Eleven characters were enough before; a PDF password is now as long as a vault passphrase.
  await password.fill('Тараз-2026!');
  await page.getByRole('button', { name: t('reports.export.pdf') }).click();
  await expect(page.getByText(t('reports.form.passwordTooShort', { min: 12 }))).toBeVisible();
  await expect(page.getByText(t('reports.export.passwordHint', { min: 12 }))).toBeVisible();
  await password.fill(STATS_PASSWORD);
  await page.getByRole('button', { name: t('reports.export.pdf') }).click();
  const lockedPath = await savedPath(page, true);
  const refused = spawnSync('pdftotext', [lockedPath, '-'], { encoding: 'utf8' });
  expect(refused.status).not.toBe(0);
  expect(pdfText(lockedPath, STATS_PASSWORD)).toContain(t('report.stats.title'));
  expect(
    execFileSync('qpdf', [`--password=${STATS_PASSWORD}`, '--show-encryption', lockedPath], { encoding: 'utf8' }),
  ).toMatch(/^R = 6$/m);
  // The plain PDF of the same period is still there, beside the protected one: nothing was replaced.
  expect(readdirSync(bridge.exportsDir).sort()).toEqual(
    [
      'statistics-2026-01-01-2026-12-31.csv',
      'statistics-2026-01-01-2026-12-31.pdf',
      'statistics-2026-01-01-2026-12-31-2.pdf',
    ].sort(),
  );
  expect(spawnSync('pdftotext', [pdfPath, '-']).status).toBe(0);

  // Every export is in the audit log.
  const audit = await bridge.core.invoke('audit.list', {});
  expect(audit.filter((entry) => entry.action === 'export')).toHaveLength(3);

  // Where the case summary of one person is made.
  await expect(page.getByText(t('reports.case.note'))).toBeVisible();

  // The same page in Kazakh.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  await expect(page.getByRole('heading', { level: 1, name: kk('shell.nav.reports') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: kk('reports.stats.title') })).toBeVisible();
  await saveWholeScreen(page, 'kk-reports-statistics');
  await expectAccessible(page, 'reports (kk)');
});

test("a case summary from the person's page: sections, password, and the file outside the vault", async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, { demo: true });
  // The person's page is built elsewhere; only its list entry and its button are used here.
  await page.getByRole('button', { name: /^НАЗАРОВ Шерали/ }).click();
  const open = page.getByRole('button', { name: t('applicants.page.caseSummary') });
  await open.click();

  const dialog = page.getByRole('dialog', { name: t('reports.case.dialogTitle') });
  await expect(dialog).toBeVisible();
  const russian = dialog.getByRole('radio', { name: 'Русский' });
  await expect(russian).toBeChecked();
  await expect(russian).toBeFocused();
  await expect(dialog.getByRole('checkbox', { name: t('report.section.identity') })).toBeChecked();
  const contact = dialog.getByRole('checkbox', { name: new RegExp(t('report.section.contact')) });
  await expect(contact).not.toBeChecked();
  await expect(dialog.getByText(t('reports.case.contactHint'))).toBeVisible();
  // The lawyer's working notes stay out unless asked for.
  const notes = dialog.getByRole('checkbox', { name: new RegExp(`^${t('report.section.notes')}`) });
  await expect(notes).not.toBeChecked();
  await expect(dialog.getByText(t('reports.case.notesHint'))).toBeVisible();
  await expect(dialog.getByText(t('reports.export.noPasswordNote'))).toBeVisible();

  // Tab stays inside the dialog.
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((node) => node.contains(node.ownerDocument.activeElement))).toBe(true);
  }

  // No section, or a password too short: said, nothing written.
  for (const section of ['identity', 'status', 'timeline', 'deadlines', 'incidents'] as const) {
    await dialog.getByRole('checkbox', { name: t(`report.section.${section}`) }).uncheck();
  }
  await dialog.getByRole('button', { name: t('reports.case.submit') }).click();
  await expect(dialog.getByText(t('reports.form.sectionsRequired'))).toBeVisible();
  await dialog.getByRole('checkbox', { name: t('report.section.identity') }).check();
  await dialog.getByRole('checkbox', { name: t('report.section.timeline') }).check();
  const password = dialog.getByLabel(t('reports.export.password'), { exact: true });
  await expect(dialog.getByText(t('reports.export.passwordHint', { min: 12 }))).toBeVisible();
  await password.fill('Хуҷанд-1990');
  await dialog.getByRole('button', { name: t('reports.case.submit') }).click();
  await expect(dialog.getByText(t('reports.form.passwordTooShort', { min: 12 }))).toBeVisible();
  expect(readdirSync(bridge.exportsDir)).toEqual([]);
  await saveWholeScreen(page, 'ru-case-summary-dialog');
  await expectAccessible(page, 'case summary dialog');

  await notes.check();
  await password.fill(CASE_PASSWORD);
  await dialog.getByRole('button', { name: t('reports.case.submit') }).click();
  const panel = dialog.getByRole('region', { name: t('reports.saved.title') });
  await expect(panel).toBeFocused();
  await expect(panel).toContainText(t('reports.saved.outside'));
  await expect(panel).toContainText(t('reports.saved.protected'));
  const path = (await panel.locator('code').textContent()) ?? '';
  expect(dirname(path)).toBe(bridge.exportsDir);
  // The file name names nobody: it shows in folder listings even when the PDF has a password.
  expect(path).not.toMatch(/Назаров|Nazarov/i);
  expect(spawnSync('pdftotext', [path, '-']).status).not.toBe(0);
  const text = pdfText(path, CASE_PASSWORD);
  expect(text).toContain('Назаров');
  expect(text).toContain(t('report.section.notes'));
  expect(text).toContain('he says he has never lived there');
  expect(text).toContain(t('report.section.timeline'));
  expect(text).not.toContain(t('report.section.contact'));
  expect(text).not.toContain(t('report.section.incidents'));
  await saveWholeScreen(page, 'ru-case-summary-saved');
  await expectAccessible(page, 'case summary saved');

  // Close gives the focus back to the button; Esc closes too.
  await dialog.getByRole('button', { name: t('reports.case.close') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
  await open.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  // A second summary in the same minute, without a password, is a second file: the protected one stays.
  await open.click();
  await dialog.getByRole('button', { name: t('reports.case.submit') }).click();
  await expect(panel).toBeFocused();
  await expect(panel).toContainText(t('reports.saved.unprotected'));
  const second = (await panel.locator('code').textContent()) ?? '';
  expect(second).not.toBe(path);
  expect(readdirSync(bridge.exportsDir)).toHaveLength(2);
  expect(spawnSync('pdftotext', [path, '-']).status).not.toBe(0);
  expect(pdfText(second)).not.toContain('he says he has never lived there');
});

test('the chart of the months shows "<5" where the tables do, never a bar of 0', async ({ page, bridge }) => {
  await openVault(page, bridge, { demo: true });
  const { id } = await bridge.core.invoke('applicants.create', { fields: { familyName: 'Тестова' } });
  const file = async (filedOn: string, n: number) => {
    for (let i = 0; i < n; i++)
      await bridge.core.invoke('events.create', { applicantId: id, event: { type: 'asylumApplication', filedOn } });
  };
  await file('2025-01-10', 9);
  await file('2025-02-10', 1);
  await file('2025-03-10', 12);
  await goTo(page, 'ru', 'reports');
  await showStatistics(page, '01.01.2025', '31.12.2025', '5');
  const chart = page.getByRole('figure', { name: t('report.stats.chart') });
  await expect(chart.getByRole('listitem')).toHaveText([/^…01\.2025$/, /^<502\.2025$/, /^1203\.2025$/]);
  const months = page.getByRole('table', { name: t('report.table.byMonth') });
  await expect(rowOf(months, '02.2025').getByRole('cell').first()).toHaveText('<5');
  await expect(rowOf(months, '01.2025').getByRole('cell').first()).toHaveText('…');
  await expect(page.getByText(t('report.stats.hidden', { threshold: 5 }))).toBeVisible();
  await saveWholeScreen(page, 'ru-reports-chart');
  await expectAccessible(page, 'reports chart');
});
