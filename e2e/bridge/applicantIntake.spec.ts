import { expectNoSeriousViolations, inLanguage, openVault, shot } from '../support/applicants';
import { expect, test } from '../support/bridge';
import { arrowSelect, arrowTo, saveForm, tabTo } from '../support/keyboard';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = inLanguage('ru');

test('an intake by keyboard alone: the person, then a refusal, a detention and an appeal on the timeline', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge);
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.title') })).toBeVisible();
  await expect(page.getByText(t('applicants.empty.title'))).toBeVisible();

  // Alt+N opens the intake form with the family name in focus.
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.form.newTitle') })).toBeVisible();
  const familyName = page.getByLabel(t('applicant.field.familyName'), { exact: true });
  await expect(familyName).toBeFocused();
  await page.keyboard.type('Абдурахмонов');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Рустам');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Шухратович');
  // Past "Add a spelling" to the sex, chosen with the arrow keys.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('applicants.aliases.add') })).toBeFocused();
  await page.keyboard.press('Tab');
  await arrowSelect(page, t('applicant.field.sex'), 'male', 'ArrowUp');
  // A birth date known only to the month, and what it was read as.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('applicant.field.birthDate'))).toBeFocused();
  await page.keyboard.type('05.1989');
  await expect(page.getByText(t('applicants.date.readAs', { date: 'май 1989 г. (день неизвестен)' }))).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Андижан');
  // Citizenship by typing the start of the name in Russian.
  await page.keyboard.press('Tab');
  const citizenship = page.getByRole('combobox', { name: t('applicant.field.citizenship') });
  await expect(citizenship).toBeFocused();
  await page.keyboard.type('Узб');
  await expect(page.getByRole('option', { name: /Узбекистан/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('list', { name: t('applicants.codeSelect.chosen', { label: t('applicant.field.citizenship') }) }),
  ).toHaveText('Узбекистан');
  await expect(citizenship).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: t('applicant.field.languages') })).toBeFocused();
  await page.keyboard.type('узб');
  await page.keyboard.press('Enter');
  await page.keyboard.type('рус');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('applicant.field.arrivalDate'))).toBeFocused();
  await page.keyboard.type('03.2026');
  await shot(page, 'ru-applicant-form-intake');
  await expectNoSeriousViolations(page, 'applicant form');
  // Ctrl+Enter saves (Enter goes from field to field); the file opens, its heading has the focus.
  await saveForm(page);
  const heading = page.getByRole('heading', { level: 1, name: 'АБДУРАХМОНОВ Рустам Шухратович' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText(t('applicants.timeline.empty'))).toBeVisible();
  const identity = page.getByRole('region', { name: t('applicants.page.identity') });
  await expect(identity).toContainText('05.1989');
  await expect(identity).toContainText('Узбекистан');
  await expect(identity).toContainText('узбекский, русский');

  // The refusal: Alt+N, the type with the arrow keys, outcome and "no reason given" as radio buttons.
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.eventForm.newTitle') })).toBeVisible();
  await expect(page.getByRole('radio', { name: t('event.type.detention') })).toBeFocused();
  await arrowTo(page, t('event.type.decision'));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(`${t('event.field.decidedOn')} *`)).toBeFocused();
  await page.keyboard.type('15.08.2026');
  // Enter goes on to the next field: the decision's number, then the body.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(t('event.field.number'))).toBeFocused();
  await page.keyboard.type('17-05/2231');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Комиссия по делам беженцев');
  await page.keyboard.press('Tab');
  await arrowTo(page, t('event.decisionOutcome.refused'));
  await page.keyboard.press('Tab');
  await arrowTo(page, t('applicants.reasons.none'));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('event.field.notifiedOn'))).toBeFocused();
  await page.keyboard.type('19.08.2026');
  await shot(page, 'ru-event-form-decision');
  await expectNoSeriousViolations(page, 'event form');
  await saveForm(page);
  await expect(heading).toBeFocused();

  // Back on the file, the focus is on its heading; Alt+N opens the next event. A detention, earlier.
  const addEvent = page.getByRole('button', { name: t('applicants.page.addEvent') });
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('radio', { name: t('event.type.detention') })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: t('event.type.detention') })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('12.03.2026');
  await page.keyboard.press('Tab');
  await arrowSelect(page, t('event.field.placeKind'), 'border_post');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Жамбылская обл., пост «Б. Конысбаева»');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Пограничная служба КНБ');
  await saveForm(page);
  await expect(heading).toBeFocused();

  // The appeal, against the refusal (chosen for it), in the court of first instance.
  await page.keyboard.press('Alt+KeyN');
  await arrowTo(page, t('event.type.appeal'));
  await page.keyboard.press('Tab');
  await page.keyboard.type('25.08.2026');
  await page.keyboard.press('Tab');
  const against = page.getByLabel(t('event.field.againstEventId'));
  await expect(against).toBeFocused();
  await expect(against.locator('option:checked')).toHaveText(
    `${t('applicants.timeline.decisionOf', { date: '15.08.2026', outcome: t('event.decisionOutcome.refused') })} (Комиссия по делам беженцев)`,
  );
  await page.keyboard.press('Tab');
  await arrowSelect(page, `${t('event.field.instance')} *`, 'first');
  await page.keyboard.press('Tab');
  await page.keyboard.type('СМАС Жамбылской области');
  await saveForm(page);
  await expect(heading).toBeFocused();

  // The timeline, in date order, in words.
  const timeline = page.getByRole('region', { name: t('applicants.page.timeline') }).getByRole('listitem');
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(0)).toContainText(
    '12.03.2026Задержание — Пограничный пост — Жамбылская обл., пост «Б. Конысбаева» — орган: Пограничная служба КНБ — дата освобождения не внесена',
  );
  await expect(timeline.nth(1)).toContainText(
    '15.08.2026Решение: отказ — № 17-05/2231 — Комиссия по делам беженцев — мотивы не указаны — вручено 19.08.2026',
  );
  await expect(timeline.nth(2)).toContainText(
    '25.08.2026Обжалование: суд первой инстанции — СМАС Жамбылской области — на решение от 15.08.2026 — итог: на рассмотрении',
  );
  await shot(page, 'ru-applicant-page-after-intake');

  // Edit a field: Tab from the heading reaches Edit; the patronymic changes and the file shows it.
  await tabTo(page, addEvent);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('applicants.page.edit'), exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(familyName).toBeFocused();
  await expect(familyName).toHaveValue('Абдурахмонов');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('applicant.field.patronymic'))).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Шухрат угли');
  await saveForm(page);
  const renamed = page.getByRole('heading', { level: 1, name: 'АБДУРАХМОНОВ Рустам Шухрат угли' });
  await expect(renamed).toBeVisible();
  await expect(renamed).toBeFocused();

  // Saved forms leave no drafts behind; the edit changed only the patronymic.
  expect(await bridge.core.invoke('drafts.list', {})).toEqual([]);
  const audit = await bridge.core.invoke('audit.list', { limit: 5 });
  expect(audit[0]?.action).toBe('update');
  expect(audit[0]?.fields).toEqual(['patronymic']);
});

test('a date that is not a date, and a decision that does not say whether reasons were given, are named', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge);
  await page.keyboard.press('Alt+KeyN');
  const familyName = page.getByLabel(t('applicant.field.familyName'), { exact: true });
  await expect(familyName).toBeFocused();
  // Enter in an empty field only goes on; Ctrl+Enter saves, and a person needs one name at least.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(t('applicant.field.givenName'), { exact: true })).toBeFocused();
  await saveForm(page);
  await expect(page.getByText(t('form.nameRequired'))).toBeVisible();
  await expect(familyName).toBeFocused();
  await page.keyboard.type('Тестова');
  await page.getByLabel(t('applicant.field.birthDate')).fill('31.02.1990');
  await saveForm(page);
  await expect(page.getByText(t('form.invalidDate'))).toBeVisible();
  await expect(page.getByLabel(t('applicant.field.birthDate'))).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1990');
  await saveForm(page);
  await expect(page.getByRole('heading', { level: 1, name: 'ТЕСТОВА' })).toBeVisible();

  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('radio', { name: t('event.type.detention') })).toBeFocused();
  await arrowTo(page, t('event.type.decision'));
  await page.keyboard.press('Tab');
  await page.keyboard.type('01.09.2026');
  // Where the hint asks for the whole date (a notification starts a deadline), a month is refused.
  await page.getByLabel(t('event.field.notifiedOn')).fill('09.2026');
  await saveForm(page);
  await expect(page.getByText(t('form.invalidFullDate'))).toBeVisible();
  await expect(page.getByText(t('form.required'))).toHaveCount(2);
  await expect(page.getByRole('radio', { name: t('event.decisionOutcome.granted') })).toBeFocused();
  await shot(page, 'ru-event-form-errors');
  await expectNoSeriousViolations(page, 'event form with errors');
  // Esc on a changed form asks first; Esc again keeps editing.
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('alertdialog', { name: t('applicants.discard.title') });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: t('applicants.leave.stay') })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: t('applicants.discard.confirm') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ТЕСТОВА' })).toBeVisible();
  await expect(page.getByText(t('applicants.timeline.empty'))).toBeVisible();
  expect(await bridge.core.invoke('drafts.list', {})).toEqual([]);
});
