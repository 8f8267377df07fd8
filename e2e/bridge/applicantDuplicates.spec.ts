import type { Page } from '@playwright/test';
import type { Language } from '../../src/shared/i18n';
import { expectNoSeriousViolations, inLanguage, openVault } from '../support/applicants';
import { expect, test } from '../support/bridge';
import { LAPTOP_VIEWPORT, saveScreen } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = inLanguage('ru');

/** Yusupova is stored in Latin in the demo data (with "Юсупова Дилноза" as another spelling). */
const YUSUPOVA = 'YUSUPOVA Dilnoza Akmalovna';

/** The new-applicant form, with the family name in focus. */
async function openIntake(page: Page, language: Language = 'ru'): Promise<void> {
  const tr = inLanguage(language);
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: tr('applicants.form.newTitle') })).toBeVisible();
  await expect(page.getByLabel(tr('applicant.field.familyName'), { exact: true })).toBeFocused();
}

/** Types the names (and a birth date, if given) the way a lawyer does: by keyboard, in order. */
async function typeNames(page: Page, language: Language, family: string, given: string, birth?: string) {
  const tr = inLanguage(language);
  await page.keyboard.type(family);
  await page.keyboard.press('Tab');
  await page.keyboard.type(given);
  if (birth === undefined) return;
  const birthDate = page.getByLabel(tr('applicant.field.birthDate'));
  await birthDate.focus();
  await page.keyboard.type(birth);
}

/** The panel of possible duplicates, found by its heading. */
const duplicatesPanel = (page: Page, language: Language = 'ru') =>
  page.getByRole('region', { name: inLanguage(language)('applicants.duplicates.title') });

/** The field is on screen, not pushed behind the form's sticky footer by the panel above it. */
async function expectUncovered(page: Page, label: string): Promise<void> {
  const field = await page.getByLabel(label).boundingBox();
  const footer = await page.locator('.record-form-footer').boundingBox();
  expect(field && footer && field.y + field.height <= footer.y).toBe(true);
}

/** Opens a person from the list by the name on their row. */
async function openFromList(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('intake warns of a person already recorded in another script, without taking the focus or blocking the save', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, { demo: true });
  await openIntake(page);
  await typeNames(page, 'ru', 'Юсупова', 'Дилноза', '1994');
  const birthDate = page.getByLabel(t('applicant.field.birthDate'));

  // Yusupova, stored in Latin, is suggested, with why; the focus stays where the lawyer types.
  const panel = duplicatesPanel(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel).toContainText(YUSUPOVA);
  await expect(panel).toContainText(t('applicants.page.born', { date: '02.11.1994' }));
  await expect(panel).toContainText('Узбекистан');
  await expect(panel).toContainText(t('applicant.status.intake'));
  await expect(panel).toContainText(t('applicants.duplicates.reason.familyNameSpelled', { spelling: 'Yusupova' }));
  await expect(panel).toContainText(t('applicants.duplicates.reason.givenNameSpelled', { spelling: 'Dilnoza' }));
  await expect(panel).toContainText(t('applicants.duplicates.reason.birthDateFits'));
  await expect(page.locator('[aria-live="polite"]').filter({ has: panel })).toHaveCount(1);
  await expect(birthDate).toBeFocused();
  await expectUncovered(page, t('applicant.field.birthDate'));
  await saveScreen(page, 'ru-applicant-duplicates-form');
  await expectNoSeriousViolations(page, 'intake form with possible duplicates');

  // Another year of birth: not the same person, the warning goes.
  await birthDate.fill('');
  await page.keyboard.type('1993');
  await expect(panel).toHaveCount(0);
  await expect(birthDate).toBeFocused();

  // Back to 1994, and "Open": the leave guard asks, the person's file opens, the draft is kept.
  await birthDate.fill('');
  await page.keyboard.type('1994');
  await expect(panel).toContainText(YUSUPOVA);
  await panel.getByRole('button', { name: t('applicants.duplicates.openLabel', { name: YUSUPOVA }) }).click();
  const leave = page.getByRole('alertdialog', { name: t('applicants.leave.title') });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: t('applicants.leave.leave') }).click();
  await expect(page.getByRole('heading', { level: 1, name: YUSUPOVA })).toBeVisible();
  await page.getByRole('button', { name: t('applicants.page.back') }).click();
  await openIntakeWithDraft(page);
  await expect(page.getByLabel(t('applicant.field.familyName'), { exact: true })).toHaveValue('Юсупова');
  await expect(page.getByLabel(t('applicant.field.birthDate'))).toHaveValue('1994');

  // Two people can share a name: Ctrl+Enter still saves a new record.
  await page.getByLabel(t('applicant.field.familyName'), { exact: true }).focus();
  await expect(duplicatesPanel(page)).toContainText(YUSUPOVA);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'ЮСУПОВА Дилноза' })).toBeVisible();
});

/** "New applicant" again: the kept draft is offered and restored. */
async function openIntakeWithDraft(page: Page): Promise<void> {
  await page.keyboard.press('Alt+KeyN');
  const restore = page.getByRole('button', { name: t('applicants.draft.restore') });
  await expect(restore).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(restore).toBeHidden();
}

test('a duplicate record merged into Yusupova: her timeline gains its event, her spellings its name', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, { demo: true });

  // The second record, with one note on its timeline.
  await openIntake(page);
  await typeNames(page, 'ru', 'Юсупова', 'Дилноза');
  await expect(duplicatesPanel(page)).toContainText(YUSUPOVA);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'ЮСУПОВА Дилноза' })).toBeVisible();
  await page.keyboard.press('Alt+KeyN');
  await page.getByRole('radio', { name: t('event.type.note') }).check();
  await page.getByRole('textbox', { name: `${t('event.field.date')} *` }).fill('21.11.2026');
  const note = 'Пришла в бюро сама, записана повторно под кириллическим написанием.';
  await page.getByRole('textbox', { name: new RegExp(`^${t('event.field.text')}`) }).fill(note);
  await page.getByRole('button', { name: new RegExp(t('applicants.eventForm.create')) }).click();
  await expect(page.getByRole('region', { name: t('applicants.page.timeline') })).toContainText(note);

  // Her file: merge the other record into it.
  await page.getByRole('button', { name: t('applicants.page.back') }).click();
  await openFromList(page, YUSUPOVA);
  const mergeButton = page.getByRole('button', { name: t('applicants.page.merge') });
  await mergeButton.click();
  const dialog = page.getByRole('dialog', { name: t('applicants.merge.title') });
  await expect(dialog).toBeVisible();
  const picker = dialog.getByRole('combobox', { name: t('applicants.merge.picker') });
  await expect(picker).toBeFocused();
  for (const key of ['keep', 'move', 'aliases', 'trash', 'audit'] as const) {
    await expect(dialog).toContainText(t(`applicants.merge.${key}`, { name: YUSUPOVA }));
  }

  // Esc closes the dialog, and the focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(mergeButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker).toBeFocused();

  // The focus stays inside: Shift+Tab from the first control goes round to the last.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: t('common.cancel') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(picker).toBeFocused();

  // She herself cannot be chosen; the other record can.
  await page.keyboard.type('Юсупова');
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await expect(dialog.getByRole('option')).toContainText('ЮСУПОВА Дилноза');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: t('picker.chosen') })).toContainText('ЮСУПОВА Дилноза');

  // Not without the confirmation.
  await dialog.getByRole('button', { name: t('applicants.merge.submit') }).click();
  await expect(dialog.getByText(t('applicants.merge.confirmFirst'))).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: t('applicants.merge.confirmCheck') })).toBeFocused();
  await dialog.getByRole('checkbox', { name: t('applicants.merge.confirmCheck') }).check();
  await saveScreen(page, 'ru-applicant-merge-dialog');
  await expectNoSeriousViolations(page, 'applicant page with the merge dialog');
  await dialog.getByRole('button', { name: t('applicants.merge.submit') }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText(t('applicants.page.merged', { name: 'ЮСУПОВА Дилноза' }))).toBeVisible();
  await expect(page.getByRole('region', { name: t('applicants.page.timeline') })).toContainText(note);
  await expect(page.getByRole('region', { name: t('applicants.page.identity') })).toContainText('Юсупова Дилноза');
  await saveScreen(page, 'ru-applicant-merged');

  // The other record is gone from the list (to Recently deleted), and the merge is in the audit log.
  await page.getByRole('button', { name: t('applicants.page.back') }).click();
  await expect(page.getByRole('button', { name: YUSUPOVA, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'ЮСУПОВА Дилноза', exact: true })).toHaveCount(0);
  const trash = await bridge.core.invoke('trash.list', {});
  expect(trash.filter((item) => item.kind === 'applicant')).toHaveLength(1);
  const audit = await bridge.core.invoke('audit.list', { limit: 50 });
  expect(audit.some((entry) => entry.action === 'merge')).toBe(true);
});

test("Nazarov's file: an overdue appeal against the refusal, on an unconfirmed rule", async ({ page, bridge }) => {
  await openVault(page, bridge, { demo: true });
  await openFromList(page, 'НАЗАРОВ Шерали Ҷамшедович');

  const badge = page.getByRole('button', {
    name: `${t('applicants.deadlines.count.one', { count: 1 })}, ${t('applicants.deadlines.overdueCount', { count: 1 })}`,
  });
  await expect(badge).toBeVisible();
  await expect(badge).toHaveClass(/file-deadline-badge-overdue/);
  await saveScreen(page, 'ru-applicant-deadline-badge');

  const section = page.getByRole('region', { name: t('applicants.deadlines.title') });
  const item = section.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('19.09.2026');
  await expect(item).toContainText(t('deadline.rule.appeal_against_refusal'));
  await expect(item).toContainText(/просрочен на \d+ (день|дня|дней)/);
  await expect(item).toContainText(t('applicants.deadlines.from', { date: '19.08.2026' }));
  await expect(item).toContainText(t('deadline.unconfirmed'));

  // The badge leads to the section.
  await badge.click();
  await expect(section.getByRole('heading', { name: t('applicants.deadlines.title') })).toBeFocused();
  await saveScreen(page, 'ru-applicant-deadlines');
  await expectNoSeriousViolations(page, 'applicant page with deadlines');

  // The case summary opens in its own dialog; Esc brings the focus back to the button.
  const summary = page.getByRole('button', { name: t('applicants.page.caseSummary') });
  await summary.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(summary).toBeFocused();

  // And the section to the Deadlines area.
  await section.getByRole('button', { name: t('applicants.deadlines.showAll') }).click();
  await expect(page.getByRole('button', { name: t('shell.nav.deadlines') })).toHaveAttribute('aria-current', 'page');
});

test('in Kazakh: the duplicate warning, the deadlines and the merge dialog', async ({ page, bridge }) => {
  const kk = inLanguage('kk');
  await openVault(page, bridge, { demo: true, language: 'kk' });
  await openIntake(page, 'kk');
  await typeNames(page, 'kk', 'Юсупова', 'Дилноза', '02.11.1994');
  const panel = duplicatesPanel(page, 'kk');
  await expect(panel).toContainText(YUSUPOVA);
  await expect(panel).toContainText(kk('applicants.duplicates.reason.birthDate'));
  await saveScreen(page, 'kk-applicant-duplicates-form');
  await expectNoSeriousViolations(page, 'Kazakh intake form with possible duplicates');

  // Leave the form without a question: Esc, then discard.
  await page.keyboard.press('Escape');
  await page
    .getByRole('alertdialog', { name: kk('applicants.discard.title') })
    .getByRole('button', { name: kk('applicants.discard.confirm') })
    .click();

  await openFromList(page, 'RAHIMOVA Xadicha');
  const section = page.getByRole('region', { name: kk('applicants.deadlines.title') });
  await expect(section.getByRole('listitem')).toHaveCount(2);
  await expect(section).toContainText(kk('deadline.rule.decision_after_petition'));
  await expect(section).toContainText(kk('deadline.rule.certificate_renewal'));
  await expect(
    page.getByRole('button', {
      name: `${kk('applicants.deadlines.count.other', { count: 2 })}, ${kk('applicants.deadlines.overdueCount', { count: 1 })}`,
    }),
  ).toBeVisible();
  await saveScreen(page, 'kk-applicant-deadlines');

  await page.getByRole('button', { name: kk('applicants.page.back') }).click();
  await openFromList(page, 'НАЗАРОВ Шерали Ҷамшедович');
  await expect(page.getByRole('region', { name: kk('applicants.deadlines.title') })).toContainText(
    kk('deadline.unconfirmed'),
  );
  await page.getByRole('button', { name: kk('applicants.page.merge') }).click();
  const dialog = page.getByRole('dialog', { name: kk('applicants.merge.title') });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Nazarov');
  await expect(dialog.getByRole('option')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: kk('applicants.merge.submit') }).click();
  await expect(dialog.getByText(kk('applicants.merge.chooseFirst'))).toBeVisible();
  await saveScreen(page, 'kk-applicant-merge-dialog');
  await expectNoSeriousViolations(page, 'Kazakh merge dialog');
});
