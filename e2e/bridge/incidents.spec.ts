import type { Page } from '@playwright/test';
import { expect, test } from '../support/bridge';
import { addApplicant, core, expectAccessible, goTo, openVault, saveScreen, say, watchPage } from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');

/** Types into the picker and chooses the person whose option starts with `name`, by keyboard. */
async function pick(page: Page, typed: string, name: string) {
  const box = page.getByRole('combobox', { name: t('incident.field.victimIds') });
  await box.focus();
  await page.keyboard.type(typed);
  const list = page.getByRole('listbox', { name: t('incident.field.victimIds') });
  await expect(list).toHaveAttribute('aria-busy', 'false');
  const wanted = list.getByRole('option', { name: new RegExp(`^${name}`) });
  await expect(wanted).toBeVisible();
  // Arrow down to the wanted person: the active option is the one announced as selected.
  for (let step = 0; step < 10 && (await wanted.getAttribute('aria-selected')) !== 'true'; step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await expect(list).toBeHidden();
}

test('an incident with two victims chosen by Cyrillic and Latin prefixes is linked to both', async ({
  page,
  bridge,
  baseURL,
}) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  await openVault(page, bridge, 'ru');
  const nazarov = await addApplicant(bridge, {
    familyName: 'Назаров',
    givenName: 'Шерали',
    birthDate: '1990',
    citizenship: ['TJ'],
  });
  // Same start of the name: the picker must let the lawyer tell them apart.
  await addApplicant(bridge, {
    familyName: 'Назарова',
    givenName: 'Малика',
    birthDate: '1995-02',
    citizenship: ['TJ'],
  });
  const yusupova = await addApplicant(bridge, {
    familyName: 'Yusupova',
    givenName: 'Dilnoza',
    birthDate: '1994-11-02',
    citizenship: ['UZ'],
  });
  await addApplicant(bridge, { familyName: 'Yusupov', givenName: 'Akmal', citizenship: ['UZ'] });

  await goTo(page, 'ru', 'incidents');
  await expect(page.getByRole('heading', { level: 1, name: t('incidents.title') })).toBeFocused();
  await expect(page.getByText(t('incidents.empty'))).toBeVisible();

  // Saving an empty form names what is missing, in Russian, at each field.
  await page.getByRole('button', { name: t('incidents.new') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('incident.form.newTitle') })).toBeVisible();
  const date = page.getByLabel(`${t('incident.field.occurredOn')} *`, { exact: true });
  await expect(date).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(t('form.required'))).toHaveCount(4);
  await saveScreen(page, 'ru-incident-form-errors');
  await expectAccessible(page, 'incident form (with errors)');

  // By keyboard: a date typed the Russian way, then the rest.
  await date.fill('31.02.2026');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(t('form.invalidDate'))).toBeVisible();
  await date.fill('14.10.2026');
  await page.getByLabel(t('incident.field.place')).fill('Алматы, мкр. Орбита-2');
  await page
    .getByRole('group', { name: `${t('incident.field.kind')} *` })
    .getByRole('checkbox', { name: t('incident.kind.landlord_pressure') })
    .check();
  await page
    .getByRole('group', { name: `${t('incident.field.perpetrator')} *` })
    .getByRole('checkbox', { name: t('incident.perpetrator.plain_clothes') })
    .check();

  await pick(page, 'назаров', 'НАЗАРОВ Шерали');
  await pick(page, 'yus', 'YUSUPOVA Dilnoza');
  const chosen = page.getByRole('list', { name: t('picker.chosen') });
  await expect(chosen.getByRole('listitem')).toHaveCount(2);
  await expect(chosen).toContainText('НАЗАРОВ Шерали, 1990');
  await expect(chosen).toContainText('YUSUPOVA Dilnoza, 02.11.1994');
  await saveScreen(page, 'ru-incident-form-filled');

  await page
    .getByLabel(t('incident.field.description'))
    .fill('Двое в штатском пришли к хозяйке квартиры и потребовали выселить жильцов до конца недели.');
  await page.getByLabel(t('incident.field.witnesses')).fill('Хозяйка квартиры (имя не назвала)');
  await page.getByLabel(t('incident.field.reportedTo')).fill('Юрист бюро');
  // Ctrl+Enter saves from inside a text box.
  await page.getByLabel(t('incident.field.witnesses')).focus();
  await page.keyboard.press('Control+Enter');

  // The incident's page: both victims, as links to their pages.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(`${t('incident.kind.landlord_pressure')}, 14.10.2026`);
  await expect(page.getByRole('status').filter({ hasText: t('incidents.saved') })).toBeVisible();
  const victims = page.getByRole('region', { name: t('incident.page.victims') });
  await expect(victims.getByRole('button', { name: /^НАЗАРОВ Шерали, 1990/ })).toBeVisible();
  await expect(victims.getByRole('button', { name: /^YUSUPOVA Dilnoza, 02\.11\.1994/ })).toBeVisible();
  await expect(page.getByText('Алматы, мкр. Орбита-2')).toBeVisible();
  await saveScreen(page, 'ru-incident-page');
  await expectAccessible(page, 'incident page');

  // Linked to both people in the core, and to nobody else.
  for (const person of [nazarov, yusupova]) {
    const linked = await core(bridge, 'incidents.list', { applicantId: person });
    expect(linked.total).toBe(1);
    expect(new Set(linked.rows[0]?.victimIds)).toEqual(new Set([nazarov, yusupova]));
  }
  expect(await core(bridge, 'drafts.get', { formKey: 'incident.new' })).toEqual({ draft: null });

  // The register: newest first, with the date as written in Kazakhstan and the number of victims.
  await page.getByRole('button', { name: t('incidents.back') }).click();
  const row = page.getByRole('row').filter({ hasText: '14.10.2026' });
  await expect(row).toContainText(t('incident.kind.landlord_pressure'));
  await expect(row).toContainText(t('incident.perpetrator.plain_clothes'));
  await expect(row).toContainText('Алматы, мкр. Орбита-2');
  await expect(row.getByRole('cell').last()).toHaveText('2');
  await saveScreen(page, 'ru-incidents-register');
  await expectAccessible(page, 'incident register');

  // A victim's link leads to the applicant's page.
  await row.getByRole('button', { name: t('incident.kind.landlord_pressure') }).click();
  await victims.getByRole('button', { name: /^YUSUPOVA Dilnoza/ }).click();
  await expect(
    page
      .getByRole('navigation', { name: t('shell.nav.label') })
      .getByRole('button', { name: t('shell.nav.applicants') }),
  ).toHaveAttribute('aria-current', 'page');

  await watch.expectClean();
});

test('drafts survive leaving the form; edit and delete ask first and can be undone', async ({ page, bridge }) => {
  await openVault(page, bridge, 'ru');
  const rahimova = await addApplicant(bridge, { familyName: 'Rahimova', givenName: 'Xadicha', citizenship: ['UZ'] });
  await goTo(page, 'ru', 'incidents');

  // Typing, then leaving through the navigation: an in-app question, and the draft is kept.
  await page.getByRole('button', { name: t('incidents.new') }).click();
  await page.keyboard.type('2026');
  await page.getByLabel(t('incident.field.place')).fill('Шымкент');
  await page.getByLabel(t('incident.field.description')).fill('Участковый приходил дважды за неделю.');
  await expect
    .poll(async () => (await core(bridge, 'drafts.get', { formKey: 'incident.new' })).draft?.doc, { timeout: 5000 })
    .toMatchObject({ occurredOn: '2026', place: 'Шымкент' });
  await goTo(page, 'ru', 'trash');
  const leave = page.getByRole('alertdialog', { name: t('applicants.leave.title') });
  await expect(leave).toBeVisible();
  await expect(leave.getByRole('button', { name: t('applicants.leave.stay') })).toBeFocused();
  await saveScreen(page, 'ru-incident-leave-dialog');
  await expectAccessible(page, 'leave dialog');
  // Esc is "stay".
  await page.keyboard.press('Escape');
  await expect(leave).toBeHidden();
  await expect(page.getByLabel(t('incident.field.place'))).toHaveValue('Шымкент');
  await goTo(page, 'ru', 'trash');
  await leave.getByRole('button', { name: t('applicants.leave.leave') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('trash.title') })).toBeVisible();

  // Coming back offers the draft; restoring brings every field back.
  await goTo(page, 'ru', 'incidents');
  await page.getByRole('button', { name: t('incidents.new') }).click();
  await expect(page.getByText(/несохранённый черновик/)).toBeVisible();
  await saveScreen(page, 'ru-incident-draft-offer');
  await page.getByRole('button', { name: t('applicants.draft.restore') }).click();
  await expect(page.getByLabel(t('incident.field.occurredOn'))).toHaveValue('2026');
  await expect(page.getByLabel(t('incident.field.place'))).toHaveValue('Шымкент');
  await expect(page.getByLabel(t('incident.field.description'))).toHaveValue('Участковый приходил дважды за неделю.');

  // Esc cancels; with changes it asks, and discarding removes the draft too.
  await page.getByLabel(t('incident.field.place')).focus();
  await page.keyboard.press('Escape');
  const discard = page.getByRole('alertdialog', { name: t('applicants.discard.title') });
  await discard.getByRole('button', { name: t('applicants.discard.confirm') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('incidents.title') })).toBeFocused();
  await expect.poll(async () => (await core(bridge, 'drafts.get', { formKey: 'incident.new' })).draft).toBeNull();

  // Edit an incident recorded elsewhere; then delete it, confirmed, and restore it.
  const { id } = await core(bridge, 'incidents.create', {
    fields: {
      occurredOn: '2026-09',
      kind: 'police_visit',
      perpetrator: 'police',
      description: 'Проверка документов в общежитии.',
      victimIds: [rahimova],
    },
  });
  await page.reload();
  await goTo(page, 'ru', 'incidents');
  await page.getByRole('button', { name: t('incident.kind.police_visit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${t('incident.kind.police_visit')}, 09.2026`);
  await page.getByRole('button', { name: t('incident.edit') }).click();
  await expect(page.getByLabel(t('incident.field.occurredOn'))).toHaveValue('09.2026');
  await expect(page.getByRole('list', { name: t('picker.chosen') })).toContainText('RAHIMOVA Xadicha');
  await page.getByLabel(t('incident.field.place')).fill('Алматы, общежитие №3');
  await page.getByLabel(t('incident.field.place')).press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: t('incidents.saved') })).toBeVisible();
  await expect(page.getByText('Алматы, общежитие №3')).toBeVisible();
  expect((await core(bridge, 'incidents.get', { id })).incident.place).toBe('Алматы, общежитие №3');

  await page.getByRole('button', { name: t('incident.delete') }).click();
  const confirm = page.getByRole('alertdialog', { name: t('incident.delete.title') });
  await expect(confirm).toContainText(t('incident.delete.body'));
  await saveScreen(page, 'ru-incident-delete-dialog');
  await confirm.getByRole('button', { name: t('incident.delete.confirm') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('incidents.deleted') })).toBeVisible();
  await expect(page.getByText(t('incidents.empty'))).toBeVisible();
  expect((await core(bridge, 'trash.list', {})).map((item) => item.id)).toContain(id);
});

test('the register pages through many incidents, newest first', async ({ page, bridge }) => {
  await openVault(page, bridge, 'ru');
  for (let day = 1; day <= 55; day += 1) {
    const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    await core(bridge, 'incidents.create', {
      fields: {
        occurredOn: date,
        kind: 'surveillance',
        perpetrator: 'plain_clothes',
        description: `Наблюдение, день ${day}.`,
      },
    });
  }
  await goTo(page, 'ru', 'incidents');
  const rows = page.getByRole('table', { name: t('incidents.caption') }).getByRole('row');
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1)).toContainText('24.02.2026');
  await expect(page.getByText(t('incidents.shown', { shown: 50, total: 55 }))).toBeVisible();
  await page.getByRole('button', { name: t('incidents.loadMore') }).click();
  await expect(rows).toHaveCount(56);
  await expect(rows.last()).toContainText('01.01.2026');
  // The focus continues at the first of the new rows.
  await expect(rows.nth(51).getByRole('button')).toBeFocused();
  await expect(page.getByRole('button', { name: t('incidents.loadMore') })).toHaveCount(0);
});
