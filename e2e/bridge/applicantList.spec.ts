import type { Page } from '@playwright/test';
import { languages } from '../../src/shared/i18n';
import { expectNoSeriousViolations, inLanguage, manyApplicants, openVault, shot } from '../support/applicants';
import { expect, test } from '../support/bridge';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = inLanguage('ru');

/** The names in the rows of the list, top to bottom (only the rows in the page). */
async function names(page: Page): Promise<string[]> {
  return page.locator('tbody tr[aria-rowindex] td:first-child').allInnerTexts();
}

test('the demo office: six people, a filter by citizenship, sorting both ways, and Yusupova’s file', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, { demo: true });
  await expect(page.getByRole('status').filter({ hasText: t('applicants.count.many', { count: 6 }) })).toBeVisible();
  await expect
    .poll(() => names(page))
    .toEqual([
      'GʻOFUROV Oʻtkir',
      'RAHIMOVA Xadicha',
      'TOKTOGULOV Bakyt',
      'YUSUPOVA Dilnoza Akmalovna',
      'АСАНОВА Әйгерім Қайратқызы',
      'НАЗАРОВ Шерали Ҷамшедович',
    ]);
  const table = page.getByRole('table', { name: t('applicants.list.caption') });
  await expect(table).toHaveAttribute('aria-rowcount', '7');
  // Dates as dd.mm.yyyy (or as much of them as is known), citizenship as country names.
  const yusupova = page.getByRole('row', { name: /YUSUPOVA/ });
  await expect(yusupova).toContainText('02.11.1994');
  await expect(yusupova).toContainText('Узбекистан');
  await expect(page.getByRole('row', { name: /TOKTOGULOV/ })).toContainText('03.1986');
  await expectNoSeriousViolations(page, 'applicant list');

  // Citizenship: Uzbekistan.
  await page.getByLabel(t('applicant.field.citizenship')).selectOption({ label: 'Узбекистан' });
  await expect.poll(() => names(page)).toEqual(['GʻOFUROV Oʻtkir', 'RAHIMOVA Xadicha', 'YUSUPOVA Dilnoza Akmalovna']);
  await expect(page.getByRole('status').filter({ hasText: t('applicants.count.few', { count: 3 }) })).toBeVisible();

  // Sorted by name, then the other way round; the header says which.
  const nameHeader = page.getByRole('columnheader', { name: t('applicants.column.name') });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => names(page)).toEqual(['YUSUPOVA Dilnoza Akmalovna', 'RAHIMOVA Xadicha', 'GʻOFUROV Oʻtkir']);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => names(page)).toEqual(['GʻOFUROV Oʻtkir', 'RAHIMOVA Xadicha', 'YUSUPOVA Dilnoza Akmalovna']);
  const birthHeader = page.getByRole('columnheader', { name: t('applicant.field.birthDate') });
  await expect(birthHeader).toHaveAttribute('aria-sort', 'none');
  await birthHeader.getByRole('button').click();
  await expect.poll(() => names(page)).toEqual(['GʻOFUROV Oʻtkir', 'RAHIMOVA Xadicha', 'YUSUPOVA Dilnoza Akmalovna']);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  await nameHeader.getByRole('button').click();

  // The name filter, on top of the citizenship.
  await page.getByLabel(t('applicants.filters.name')).fill('yus');
  await expect.poll(() => names(page)).toEqual(['YUSUPOVA Dilnoza Akmalovna']);
  await page.getByLabel(t('applicants.filters.name')).fill('');
  await expect.poll(() => names(page)).toHaveLength(3);

  // By keyboard: Tab reaches the first row, the arrow keys move, Enter opens.
  await page.getByRole('button', { name: 'GʻOFUROV Oʻtkir' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'YUSUPOVA Dilnoza Akmalovna' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'YUSUPOVA Dilnoza Akmalovna' })).toBeVisible();

  // Her timeline in date order: UNHCR, detention, refusal, appeal pending.
  const timeline = page.getByRole('region', { name: t('applicants.page.timeline') }).getByRole('listitem');
  await expect(timeline).toHaveCount(4);
  await expect(timeline.nth(0)).toContainText(
    '01.10.2025Признание по мандату УВКБ ООН — свидетельство № UNHCR-KAZ-25-0931',
  );
  await expect(timeline.nth(1)).toContainText(
    '08.06.2026Задержание — Алматы — орган: Полиция — основание: запрос о выдаче — освобождена 30.06.2026',
  );
  await expect(timeline.nth(2)).toContainText(
    '01.09.2026Решение: отказ — Национальный орган по делам беженцев — мотивы: угроза национальной безопасности — вручено 04.09.2026',
  );
  await expect(timeline.nth(3)).toContainText(
    '20.09.2026Обжалование: суд первой инстанции — Специализированный межрайонный административный суд г. Алматы — итог: на рассмотрении',
  );
  // The incident she is a victim of links to the incident.
  await expect(page.getByRole('region', { name: t('applicants.page.incidents') }).getByRole('button')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'applicant page');

  // Back to the list: the filter and the row in focus are as they were.
  await page.getByRole('button', { name: t('applicants.page.back') }).click();
  await expect(page.getByLabel(t('applicant.field.citizenship'))).toHaveValue('UZ');
  await expect.poll(() => names(page)).toHaveLength(3);
  await expect(page.getByRole('button', { name: 'YUSUPOVA Dilnoza Akmalovna' })).toHaveAttribute('tabindex', '0');
});

test('a refusal without reasons says so, and an expired asylum-seeker certificate is flagged', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, { demo: true });
  await page.getByRole('button', { name: 'НАЗАРОВ Шерали Ҷамшедович' }).click();
  const timeline = page.getByRole('region', { name: t('applicants.page.timeline') }).getByRole('listitem');
  await expect(timeline.filter({ hasText: t('applicants.timeline.noReason') })).toContainText(
    'Решение: отказ — Комиссия по делам беженцев — мотивы не указаны — вручено 19.08.2026',
  );
  await expect(timeline.filter({ hasText: 'Запрос об экстрадиции' })).toContainText(
    'Запрос об экстрадиции: Узбекистан — обвинение: членство в запрещённой религиозной организации; недонесение о преступлении — в розыске с 2004 — итог: экстрадирован — передан 03.11.2026',
  );
  // A certificate that ran out: flagged in the form at once, and on the file.
  await page.getByRole('button', { name: t('applicants.page.back') }).click();
  await page.getByRole('button', { name: 'RAHIMOVA Xadicha' }).click();
  await page.getByRole('button', { name: t('applicants.page.edit'), exact: true }).click();
  await page.getByRole('button', { name: t('applicants.documents.add') }).click();
  await expect(page.getByLabel(t('document.field.kind'))).toBeFocused();
  await page.getByLabel(t('document.field.kind')).selectOption('asylum_certificate');
  await page.getByLabel(t('document.field.number'), { exact: true }).fill('АЛМ-2026-0042');
  await page.getByLabel(t('document.field.expiresOn')).fill('11.02.2020');
  await expect(page.getByText(t('applicants.documents.expired'))).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'RAHIMOVA Xadicha' })).toBeVisible();
  await expect(page.getByText(t('applicants.documents.certificateExpired'))).toBeVisible();
  await expect(page.getByRole('region', { name: t('applicant.field.documents') })).toContainText(
    'действует до 11.02.2020',
  );
});

test('3,000 applicants: one window of rows in the page, End reaches the last name', async ({ page, bridge }) => {
  await openVault(page, bridge, { importJson: manyApplicants(3000) });
  const table = page.getByRole('table', { name: t('applicants.list.caption') });
  await expect(table).toHaveAttribute('aria-rowcount', '3001');
  await expect(page.getByRole('status').filter({ hasText: /3\s000 заявителей/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'ТЕСТОВ-00001 Пример' })).toBeVisible();
  const rowsInPage = () => page.locator('tbody tr[aria-rowindex]').count();
  expect(await rowsInPage()).toBeLessThan(60);

  // The keyboard: focus the first row, End jumps to the last one (its page is fetched on the way).
  await page.getByRole('button', { name: 'ТЕСТОВ-00001 Пример' }).focus();
  await page.keyboard.press('End');
  const last = page.getByRole('button', { name: 'ТЕСТОВ-03000 Пример' });
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  expect(await rowsInPage()).toBeLessThan(60);
  await expect(page.locator('tr[aria-rowindex="3001"]')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('button', { name: /ТЕСТОВ-029\d\d Пример/ }).first()).toBeVisible();

  // The mouse wheel (scrolling the list itself) gets there too.
  await page.keyboard.press('Home');
  await expect(page.getByRole('button', { name: 'ТЕСТОВ-00001 Пример' })).toBeFocused();
  await page.locator('.list-scroll').evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  await expect(page.getByRole('button', { name: /ТЕСТОВ-01[45]\d\d Пример/ }).first()).toBeVisible();
  expect(await rowsInPage()).toBeLessThan(60);
  await shot(page, 'ru-list-3000');
});

test('the empty list says what to do, and its buttons do it', async ({ page, bridge }) => {
  await openVault(page, bridge);
  await expect(page.getByText(t('applicants.empty.text'))).toBeVisible();
  await expectNoSeriousViolations(page, 'empty list');
  await page.getByRole('button', { name: t('applicants.empty.import') }).click();
  const nav = page.getByRole('navigation', { name: t('shell.nav.label') });
  await expect(nav.getByRole('button', { name: t('shell.nav.import'), exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await nav.getByRole('button', { name: t('shell.nav.applicants'), exact: true }).click();
  await page
    .getByRole('button', { name: t('applicants.list.new') })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.form.newTitle') })).toBeVisible();
});

for (const language of languages) {
  test(`pictures of the Applicants section in ${language}`, async ({ page, bridge }) => {
    const tl = inLanguage(language);
    await openVault(page, bridge, { demo: true, language });
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('button', { name: 'YUSUPOVA Dilnoza Akmalovna' })).toBeVisible();
    await shot(page, `${language}-applicants-1-list`);
    await page.getByRole('button', { name: 'YUSUPOVA Dilnoza Akmalovna' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'YUSUPOVA Dilnoza Akmalovna' })).toBeVisible();
    await page.setViewportSize({ width: LAPTOP_VIEWPORT.width, height: 1500 });
    await shot(page, `${language}-applicants-2-page`);
    await page.getByRole('button', { name: tl('applicants.page.edit'), exact: true }).click();
    await page.setViewportSize({ width: LAPTOP_VIEWPORT.width, height: 2600 });
    await shot(page, `${language}-applicants-3-form`);
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: tl('applicants.page.addEvent') }).click();
    await page.getByRole('radio', { name: tl('event.type.appeal') }).check();
    await page.setViewportSize({ width: LAPTOP_VIEWPORT.width, height: 1100 });
    await shot(page, `${language}-applicants-4-event-form`);
    await page.getByLabel(`${tl('event.field.filedOn')} *`).fill('01.10.2026');
    await page.getByRole('button', { name: tl('shell.nav.settings') }).click();
    await expect(page.getByRole('alertdialog', { name: tl('applicants.leave.title') })).toBeVisible();
    await shot(page, `${language}-applicants-5-leave-dialog`);
  });
}
