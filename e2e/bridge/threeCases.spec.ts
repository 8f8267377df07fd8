import { expect, test } from '../support/bridge';
import { openVault } from '../support/records';
import {
  DATES,
  GULNORA,
  NAZAROV,
  RAKHIMOV,
  recordCaseOne,
  recordCaseThree,
  recordCaseTwo,
  recordGroupMembers,
  SAMARKANDOV,
  TASHKENTOV,
  t,
  toList,
} from '../support/threeCases';
import { LAPTOP_VIEWPORT, saveScreen } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });
test.setTimeout(240_000);

const timeline = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: t('applicants.page.timeline') }).getByRole('listitem');

const openFile = async (page: import('@playwright/test').Page, name: string) => {
  await toList(page);
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeFocused();
};

test('the three cases of the news report, recorded by keyboard: every fact has a field, and the dashboard and timelines show them', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, 'ru');

  // 1. A Tajik national detained at the Uzbek border, refused with no reason, extradited to Uzbekistan.
  await recordCaseOne(page);
  await expect(page.getByText(t('applicant.status.extradited.male'), { exact: true })).toBeVisible();
  const one = timeline(page);
  await expect(one).toHaveCount(4);
  await expect(one.nth(0)).toContainText(
    `${DATES.borderDetention}Задержание — Пограничный пост — Жамбылская обл., КПП «Жибек жолы» на границе с Узбекистаном — орган: Пограничная служба КНБ — основание: межгосударственный розыск — дело № 2675-00-31-2026`,
  );
  // Typed as «№ 2675-00-31-2026»: the timeline prints its own sign, and only that one.
  await expect(one.nth(0)).not.toContainText(/№\s*№/);
  await expect(one.nth(2)).toContainText('Решение: отказ — № 17-05/2231');
  await expect(one.nth(2)).toContainText(t('applicants.timeline.noReason'));
  await expect(one.nth(3)).toContainText(
    'запрос № 2/3-11744 — обвинение: ст. 244 УК Республики Узбекистан (членство в запрещённой организации) — розыск: Межгосударственный розыск (СНГ), МВД Республики Узбекистан, МР-88431 — в розыске с 2019',
  );
  await expect(one.nth(3)).toContainText(`итог: экстрадирован — передан в Узбекистан — передан ${DATES.transfer}`);
  await expect(one.nth(3)).toContainText(t('caseFile.extradition.notCitizenship', { state: 'Узбекистан' }));
  await saveScreen(page, 'ru-three-cases-1-nazarov');

  // 2. One of 29 detained together, UNHCR-recognised, refused, appealing; still in custody.
  await toList(page);
  await recordGroupMembers(page);
  await recordCaseTwo(page);
  const two = timeline(page);
  await expect(two).toHaveCount(4);
  const detention = two.filter({ hasText: 'Задержание' });
  await expect(detention).toContainText(`санкция на арест до ${DATES.custodyUntil}`);
  await expect(detention).toContainText(`под стражей до ${DATES.custodyUntil}`);
  await expect(detention).toContainText(t('applicants.timeline.groupOf', { count: '29' }));
  await expect(detention).toContainText(`${t('caseFile.group.alsoOnFiles')} ${TASHKENTOV}, ${SAMARKANDOV}`);
  await expect(detention).not.toContainText(t('applicants.timeline.noRelease'));
  await expect(two.filter({ hasText: 'Обжалование' })).toContainText(`заседания ${DATES.hearing}`);
  // The UNHCR certificate, entered once on the timeline, is among the documents too.
  const documents = page.getByRole('region', { name: t('applicant.field.documents') });
  await expect(documents).toContainText(t('applicant.document.unhcr_certificate'));
  await expect(documents).toContainText('UNHCR-KAZ-25-0931');
  await expect(documents).toContainText(t('caseFile.documents.fromTimeline'));
  // The dates that matter are on his file: the hearing and the custody term's end.
  const fileDeadlines = page.getByRole('region', { name: t('applicants.deadlines.title') });
  await expect(fileDeadlines).toContainText(t('deadline.rule.hearing_date'));
  await expect(fileDeadlines).toContainText(t('deadline.rule.custody_term_end'));
  await saveScreen(page, 'ru-three-cases-2-rakhimov');

  // The group's detention and the refusal are on a member's file too, and one edit changes it for all.
  await openFile(page, TASHKENTOV);
  const member = timeline(page);
  await expect(member.filter({ hasText: 'Задержание' })).toContainText(`под стражей до ${DATES.custodyUntil}`);
  await expect(member.filter({ hasText: 'Задержание' })).toContainText(`${RAKHIMOV}, ${SAMARKANDOV}`);
  await expect(member.filter({ hasText: 'Решение: отказ' })).toContainText('№ 04-12/877');
  await openFile(page, SAMARKANDOV);
  await expect(timeline(page)).toHaveCount(1);

  // 3. A refugee known by one name; her landlady pressed by plain-clothes officers, then the eviction.
  await toList(page);
  await recordCaseThree(page);
  const incident = page.getByRole('heading', { level: 1 });
  await expect(incident).toHaveText(
    `${t('incident.kind.landlord_pressure')}, ${t('incident.kind.eviction')}, ${DATES.incident}`,
  );
  await expect(page.getByRole('main')).toContainText(
    `${t('incident.perpetrator.landlord')}, ${t('incident.perpetrator.plain_clothes')}`,
  );
  await expect(page.getByRole('main')).toContainText(
    `Зинаида Петровна — ${t('thirdParty.role.landlord')} — хозяйка квартиры, на неё давили`,
  );
  await expect(page.getByRole('region', { name: t('incident.page.victims') })).toContainText(GULNORA);
  await saveScreen(page, 'ru-three-cases-3-incident');
  await openFile(page, GULNORA);
  await expect(page.getByText(t('applicant.status.recognized.female'), { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: t('applicants.page.identity') })).toContainText(
    t('caseFile.age.aboutOn', { age: 35, date: DATES.today }),
  );
  await expect(page.getByRole('region', { name: t('applicants.page.incidents') })).toContainText(
    t('incident.kind.landlord_pressure'),
  );

  // The dashboard: the hearing this week, the certificate within its warning days, the custody term later.
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: t('shell.nav.deadlines') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('deadlines.title') })).toBeFocused();
  const group = (id: 'overdue' | 'thisWeek' | 'later') =>
    page.getByRole('main').getByRole('region', { name: t(`deadlines.group.${id}`), exact: true });
  const entry = (id: 'overdue' | 'thisWeek' | 'later', what: string, person: string) =>
    group(id).getByRole('listitem').filter({ hasText: what }).filter({ hasText: person });
  await expect(entry('thisWeek', t('deadline.rule.hearing_date'), 'РАХИМОВ')).toContainText(DATES.hearing);
  const certificate = entry('thisWeek', t('deadline.rule.certificate_renewal'), GULNORA);
  await expect(certificate).toContainText(DATES.certificateExpiry);
  await expect(certificate).toContainText(/Пора готовиться/);
  await expect(entry('later', t('deadline.rule.custody_term_end'), 'РАХИМОВ')).toContainText(DATES.custodyUntil);
  // The refusal of the group starts an appeal deadline for the member who has not appealed.
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'ТАШКЕНТОВ' }).first()).toBeVisible();
  await saveScreen(page, 'ru-three-cases-4-dashboard');

  // Marking the hearing done can be undone.
  await entry('thisWeek', t('deadline.rule.hearing_date'), 'РАХИМОВ')
    .getByRole('button', { name: new RegExp(t('deadlines.done')) })
    .click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: t('deadlines.confirm.yes') })
    .click();
  await expect(entry('thisWeek', t('deadline.rule.hearing_date'), 'РАХИМОВ')).toHaveCount(0);
  await page.getByRole('button', { name: t('caseFile.deadlines.undo') }).click();
  await expect(entry('thisWeek', t('deadline.rule.hearing_date'), 'РАХИМОВ')).toBeVisible();

  // Nothing typed is left behind as a draft, and the audit log reads in Russian.
  expect(await bridge.core.invoke('drafts.list', {})).toEqual([]);
  const audit = await bridge.core.invoke('audit.list', { limit: 5 });
  expect(audit[0]?.detail.reason).toBe('deadlineReopened');
  expect(NAZAROV).toBeTruthy();
});

/*
 * The case summary PDF and the statistics of these three cases: e2e/bridge/threeCasesReports.spec.ts,
 * starting from `recordThreeCases` (e2e/support/threeCases.ts) and reading the PDFs' text with pdftotext.
 */
