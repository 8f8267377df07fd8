import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/bridge';
import {
  core,
  daysSince,
  dotted,
  expectAccessible,
  goTo,
  localDay,
  openDemoVault,
  saveFullScreen,
  say,
} from '../support/caseload';
import { LAPTOP_VIEWPORT, saveScreen } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');

/**
 * The demo file, read under the default rules: Назаров's refusal was notified on 19.08.2026 and he
 * has not appealed (the appeal rule ships unconfirmed, one month: due 19.09.2026); Rahimova's
 * petition was registered on 11.02.2026 and no decision came (three months: due 11.05.2026). Both
 * lie well before the day these tests were written, so both are overdue whenever they run.
 */
const NAZAROV_APPEAL = { due: '19.09.2026', dueIso: '2026-09-19', what: t('deadline.rule.appeal_against_refusal') };
const RAHIMOVA_DECISION = { due: '11.05.2026', dueIso: '2026-05-11', what: t('deadline.rule.decision_after_petition') };

function group(page: Page, id: 'overdue' | 'dueToday' | 'thisWeek' | 'later'): Locator {
  return page.getByRole('main').getByRole('region', { name: t(`deadlines.group.${id}`), exact: true });
}

function item(area: Locator, what: string, person: string): Locator {
  return area.getByRole('listitem').filter({ hasText: what }).filter({ hasText: person });
}

function lateBy(isoDay: string): string {
  const days = daysSince(isoDay);
  const form = new Intl.PluralRules('ru').select(days);
  return t(`deadlines.late.${form === 'one' || form === 'few' ? form : 'many'}`, { count: days });
}

test('overdue deadlines show how late they are and an unconfirmed rule; marking one done removes it and audits it', async ({
  page,
  bridge,
}) => {
  await openDemoVault(page, bridge, 'ru');
  await goTo(page, 'ru', 'deadlines');
  await expect(page.getByText(t('deadlines.intro', { date: dotted(localDay()) }))).toBeVisible();

  const overdue = group(page, 'overdue');
  const nazarov = item(overdue, NAZAROV_APPEAL.what, 'Назаров Шерали');
  await expect(nazarov).toBeVisible();
  await expect(nazarov).toContainText(NAZAROV_APPEAL.due);
  await expect(nazarov).toContainText(lateBy(NAZAROV_APPEAL.dueIso));
  await expect(nazarov).toContainText(t('deadlines.unconfirmed.badge'));
  await expect(nazarov).toContainText(t('deadlines.unconfirmed.explain'));
  await expect(nazarov).toContainText(
    t('deadlines.item.countedFrom', { date: '19.08.2026', trigger: t('deadline.trigger.refusalNotified') }),
  );
  const rahimova = item(overdue, RAHIMOVA_DECISION.what, 'Rahimova Xadicha');
  await expect(rahimova).toContainText(RAHIMOVA_DECISION.due);
  await expect(rahimova).toContainText(lateBy(RAHIMOVA_DECISION.dueIso));
  await expect(rahimova).not.toContainText(t('deadlines.unconfirmed.badge'));
  // The page says once, at the top, which rule is unconfirmed.
  await expect(
    page.getByText(t('deadlines.unconfirmedNotice', { rule: NAZAROV_APPEAL.what }), { exact: true }),
  ).toBeVisible();
  await expectAccessible(page, 'deadlines');
  await saveFullScreen(page, 'ru-deadlines');

  // Done, by keyboard: the question comes first, its safe answer has the focus, Esc keeps the deadline.
  const done = rahimova.getByRole('button', {
    name: t('deadlines.done.name', {
      what: RAHIMOVA_DECISION.what,
      person: 'Rahimova Xadicha',
      date: RAHIMOVA_DECISION.due,
    }),
  });
  await done.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: t('deadlines.confirm.title') });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    t('deadlines.confirm.body', {
      what: RAHIMOVA_DECISION.what,
      person: 'Rahimova Xadicha',
      date: RAHIMOVA_DECISION.due,
    }),
  );
  await expect(dialog.getByRole('button', { name: t('deadlines.confirm.no') })).toBeFocused();
  await saveScreen(page, 'ru-deadlines-confirm');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(done).toBeFocused();
  await expect(rahimova).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: t('deadlines.confirm.yes') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: t('deadlines.doneStatus', { what: RAHIMOVA_DECISION.what }) }),
  ).toBeVisible();
  await expect(rahimova).toHaveCount(0);
  await expect(nazarov).toBeVisible();
  // The focus stays in the list, on the next deadline's button.
  await expect(page.locator('.deadline-done:focus')).toHaveCount(1);

  const audit = await core(bridge, 'audit.list', {});
  expect(audit.some((entry) => entry.action === 'create' && entry.targetKind === 'task')).toBe(true);
  const left = await core(bridge, 'deadlines.dashboard', {});
  expect(left.overdue.map((d) => d.ruleId)).not.toContain('decision_after_petition');
});

test('confirming the appeal rule with 15 days in Settings moves Назаров’s deadline and removes the marker', async ({
  page,
  bridge,
}) => {
  await openDemoVault(page, bridge, 'ru');
  await goTo(page, 'ru', 'deadlines');
  const nazarov = item(group(page, 'overdue'), NAZAROV_APPEAL.what, 'Назаров Шерали');

  // "Check the period in Settings" opens Settings at the unconfirmed rule.
  await nazarov.getByRole('button', { name: t('deadlines.unconfirmed.check') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('settings.title') })).toBeVisible();
  const rules = page.getByRole('region', { name: t('settings.rules.title') });
  const rule = rules.getByRole('article', { name: NAZAROV_APPEAL.what });
  await expect(rule.getByRole('heading', { name: NAZAROV_APPEAL.what })).toBeFocused();
  await expect(rule).toContainText(t('settings.rules.unconfirmedTitle'));
  await expect(rule).toContainText(t('deadline.source.appeal_against_refusal'));
  await expect(rule).toContainText(t('settings.rules.trigger', { trigger: t('deadline.trigger.refusalNotified') }));
  await expect(rule.getByRole('switch', { name: t('settings.rules.enabled') })).toBeChecked();
  await expectAccessible(page, 'settings');
  await saveFullScreen(page, 'ru-settings-rules');
  await saveFullScreen(page, 'ru-settings-rule-unconfirmed', rule);

  // A period the core would refuse is caught in the form.
  await rule.getByLabel(t('settings.rules.period'), { exact: true }).fill('0');
  await rule.getByLabel(t('settings.rules.unit')).selectOption({ label: t('settings.rules.months') });
  await rule.getByRole('button', { name: t('settings.rules.confirm') }).click();
  await expect(rule.getByText(t('settings.rules.monthsRange'))).toBeVisible();

  await rule.getByLabel(t('settings.rules.period'), { exact: true }).fill('15');
  await rule.getByLabel(t('settings.rules.unit')).selectOption({ label: t('settings.rules.days') });
  // Confirming asks for the legal basis the bureau read the period in.
  await rule.getByRole('button', { name: t('settings.rules.confirm') }).click();
  await expect(rule.getByText(t('form.legalBasisRequired'))).toBeVisible();
  await expect(rule.getByLabel(t('caseFile.rules.legalBasis'))).toBeFocused();
  await page.keyboard.type('Проверено юристом бюро по тексту закона и практике суда');
  await rule.getByRole('button', { name: t('settings.rules.confirm') }).click();
  await expect(rule.getByRole('status')).toHaveText(t('settings.rules.confirmedDone'));
  await expect(rule).toContainText(t('settings.rules.confirmedBadge'));
  await expect(rule).toContainText('Проверено юристом бюро по тексту закона и практике суда');
  // A shipped rule found in public sources says so, and is not "confirmed by the bureau".
  const shipped = rules.getByRole('article', { name: t('deadline.rule.appeal_against_extradition') });
  await expect(shipped).toContainText(t('caseFile.rules.publicSourcesBadge'));
  await expect(shipped).not.toContainText(t('settings.rules.confirmedBadge'));
  await expect(rule).not.toContainText(t('settings.rules.unconfirmedTitle'));
  const stored = (await core(bridge, 'deadlines.rules', {})).find((r) => r.id === 'appeal_against_refusal');
  expect(stored).toMatchObject({ length: { days: 15 }, confirmed: true, enabled: true });
  await expectAccessible(page, 'settings (rule confirmed)');

  await goTo(page, 'ru', 'deadlines');
  const moved = item(group(page, 'overdue'), NAZAROV_APPEAL.what, 'Назаров Шерали');
  await expect(moved).toContainText('03.09.2026');
  await expect(moved).not.toContainText(NAZAROV_APPEAL.due);
  await expect(moved).not.toContainText(t('deadlines.unconfirmed.badge'));
  await expect(page.getByText(t('deadlines.unconfirmedNotice', { rule: NAZAROV_APPEAL.what }))).toBeHidden();

  // Turning a rule off hides its deadlines at once.
  await goTo(page, 'ru', 'settings');
  await rule.getByRole('switch', { name: t('settings.rules.enabled') }).click();
  await expect(rule.getByRole('status')).toHaveText(t('settings.rules.turnedOff', { rule: NAZAROV_APPEAL.what }));
  await goTo(page, 'ru', 'deadlines');
  await expect(group(page, 'overdue').getByText('Назаров Шерали')).toHaveCount(0);
});

test('a task added by hand lands in its group, the lawyer filter is kept, and Done removes the task', async ({
  page,
  bridge,
}) => {
  await openDemoVault(page, bridge, 'ru');
  await goTo(page, 'ru', 'deadlines');

  await page.getByRole('button', { name: t('deadlines.task.open') }).click();
  const form = page.getByRole('region', { name: t('deadlines.task.title') });
  const title = form.getByLabel(t('deadlines.task.what'));
  await expect(title).toBeFocused();

  // Nothing typed: both required fields say so; a day that does not exist is refused.
  await form.getByRole('button', { name: t('deadlines.task.submit') }).click();
  await expect(form.getByText(t('form.required'))).toHaveCount(2);
  await form.getByLabel(t('deadlines.task.dueOn')).fill('31.02.2027');
  await form.getByRole('button', { name: t('deadlines.task.submit') }).click();
  await expect(form.getByText(t('form.invalidFullDate'))).toBeVisible();

  const inThreeDays = dotted(localDay(3));
  await title.fill('Получить копию решения суда');
  await form.getByLabel(t('deadlines.task.dueOn')).fill(inThreeDays);
  await form.getByRole('combobox', { name: t('deadlines.task.person') }).fill('Наз');
  await page.getByRole('option', { name: /НАЗАРОВ Шерали/ }).click();
  await form.getByLabel(t('deadlines.task.lawyer')).fill('Ахметова Динара');
  await saveScreen(page, 'ru-deadlines-task-form');
  await expectAccessible(page, 'deadlines (task form)');
  await form.getByRole('button', { name: t('deadlines.task.submit') }).click();

  await expect(
    page.getByRole('status').filter({
      hasText: t('deadlines.task.added', { title: 'Получить копию решения суда', date: inThreeDays }),
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: t('deadlines.task.open') })).toBeFocused();
  const week = group(page, 'thisWeek');
  const task = item(week, 'Получить копию решения суда', 'Назаров Шерали');
  await expect(task).toBeVisible();
  await expect(task).toContainText(inThreeDays);
  await expect(task).toContainText(t('deadlines.in.few', { count: 3 }));
  await expect(task).toContainText(t('deadlines.item.task'));
  await expect(task).toContainText(t('deadlines.item.lawyer', { name: 'Ахметова Динара' }));

  // The lawyer filter: only her task is left, and the choice survives leaving the page.
  const filter = page.getByLabel(t('deadlines.filter.lawyer'), { exact: true });
  await filter.selectOption('Ахметова Динара');
  await expect(group(page, 'overdue').getByRole('listitem')).toHaveCount(0);
  await expect(group(page, 'overdue')).toContainText(t('deadlines.empty.overdue'));
  await expect(task).toBeVisible();
  await goTo(page, 'ru', 'applicants');
  await goTo(page, 'ru', 'deadlines');
  await expect(filter).toHaveValue('Ахметова Динара');
  await expect(group(page, 'overdue').getByRole('listitem')).toHaveCount(0);
  await saveFullScreen(page, 'ru-deadlines-filtered');

  // The person link opens the file.
  await task.getByRole('button', { name: 'Назаров Шерали', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /НАЗАРОВ Шерали/ })).toBeVisible();
  await goTo(page, 'ru', 'deadlines');

  await task.getByRole('button', { name: new RegExp(`^${t('deadlines.done')}:`) }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: t('deadlines.confirm.yes') })
    .click();
  await expect(task).toHaveCount(0);
  await expect(week).toContainText(t('deadlines.empty.thisWeek'));
  const tasks = (await core(bridge, 'audit.list', {})).filter((entry) => entry.targetKind === 'task');
  expect(tasks.map((entry) => entry.action)).toEqual(expect.arrayContaining(['create', 'update']));
});

test('who I am, the office name and the backup reminder are kept; the pages read well in Kazakh', async ({
  page,
  bridge,
}) => {
  await openDemoVault(page, bridge, 'ru');
  await goTo(page, 'ru', 'settings');

  const who = page.getByRole('region', { name: t('settings.profile.title') });
  await who.getByLabel(t('settings.profile.label')).fill('Динара Ахметова');
  await who.getByRole('button', { name: t('settings.profile.submit') }).click();
  await expect(who.getByRole('status')).toHaveText(t('settings.profile.done'));
  expect((await core(bridge, 'profile.get', {})).name).toBe('Динара Ахметова');

  // The office's name is one of its details (documents print them too).
  const office = page.getByRole('region', { name: t('office.details.title') });
  await office.getByLabel(t('office.details.name')).fill('Бюро по правам человека, Тараз');
  await office.getByRole('button', { name: t('office.details.save') }).click();
  await expect(office.getByRole('status')).toHaveText(t('office.details.saved'));
  expect((await core(bridge, 'office.get', {})).name).toBe('Бюро по правам человека, Тараз');

  const backups = page.getByRole('region', { name: t('settings.backup.title') });
  await expect(backups).toContainText(t('settings.backup.never'));
  await expect(backups).toContainText(t('settings.backup.cli'));
  await expect(backups).toContainText('.panoh.keys');
  await backups.getByLabel(t('settings.backup.reminder')).fill('400');
  await backups.getByRole('button', { name: t('settings.backup.submit') }).click();
  await expect(backups.getByText(t('settings.backup.reminderRange'))).toBeVisible();
  await backups.getByLabel(t('settings.backup.reminder')).fill('14');
  await backups.getByRole('button', { name: t('settings.backup.submit') }).click();
  await expect(backups.getByRole('status')).toHaveText(t('settings.backup.done'));
  expect((await core(bridge, 'backup.status', {})).reminderDays).toBe(14);
  await saveFullScreen(page, 'ru-settings-backups', backups);

  // Marking a deadline done is audited under the name just saved.
  await goTo(page, 'ru', 'deadlines');
  await item(group(page, 'overdue'), RAHIMOVA_DECISION.what, 'Rahimova Xadicha')
    .getByRole('button', { name: new RegExp(`^${t('deadlines.done')}:`) })
    .click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: t('deadlines.confirm.yes') })
    .click();
  await expect(item(group(page, 'overdue'), RAHIMOVA_DECISION.what, 'Rahimova Xadicha')).toHaveCount(0);
  const entry = (await core(bridge, 'audit.list', {})).find((e) => e.action === 'create' && e.targetKind === 'task');
  expect(entry?.actor).toBe('Динара Ахметова');

  // Kazakh: the dashboard and the settings.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  const kk = say('kk');
  await expect(page.getByRole('heading', { level: 1, name: kk('deadlines.title') })).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('region', { name: kk('deadlines.group.overdue'), exact: true }),
  ).toContainText(kk('deadlines.unconfirmed.badge'));
  await expectAccessible(page, 'deadlines (kk)');
  await saveFullScreen(page, 'kk-deadlines');
  await goTo(page, 'kk', 'settings');
  await expect(page.getByRole('region', { name: kk('settings.rules.title') })).toContainText(
    kk('settings.rules.unconfirmedTitle'),
  );
  await expectAccessible(page, 'settings (kk)');
  await saveFullScreen(page, 'kk-settings');
});
