import { expect, type Locator, type Page } from '@playwright/test';
import type { MessageKey, MessageParams } from '../../src/shared/i18n';
import { dotted, localDay } from './caseload';
import { arrowSelect, arrowTo, saveForm, tabTo } from './keyboard';
import { text } from './ui';

/**
 * The three cases of issue 12, recorded as a Russian-speaking lawyer would, by keyboard alone:
 *
 * 1. A Tajik national detained at the Uzbek border, refused with no reason given, extradited to
 *    Uzbekistan (a state that is not his own).
 * 2. One of 29 Uzbeks detained together, recognised by UNHCR, refused by the national authority,
 *    appealing; still in custody, with a hearing coming.
 * 3. A refugee known by one name, whose landlady was pressed by plain-clothes officers to evict her,
 *    and who was evicted: one incident of two kinds, with the landlady as a third party.
 *
 * Each step returns what later checks need. The journey spec (e2e/bridge/threeCases.spec.ts) runs
 * them and checks the file, the timeline and the dashboard; the case summary PDF and statistics
 * checks reuse `recordThreeCases` (see that spec's closing note).
 */

export const t = (key: MessageKey, params?: MessageParams) => text('ru', key, params);

/** A day relative to today, as typed (dd.mm.yyyy). */
export const day = (offset: number) => dotted(localDay(offset));

/** The dates of the three stories, relative to the day the test runs so the dashboard has a future. */
export const DATES = {
  borderDetention: day(-120),
  petition: day(-118),
  refusal: day(-60),
  refusalNotified: day(-58),
  extraditionRequest: day(-50),
  transfer: day(-20),
  groupDetention: day(-40),
  sanction: day(-38),
  custodyUntil: day(20),
  maxTerm: day(325),
  unhcr: day(-400),
  unhcrExpiry: day(300),
  groupRefusal: day(-30),
  groupNotified: day(-28),
  appealFiled: day(-20),
  hearing: day(5),
  certificateExpiry: day(10),
  incident: day(-14),
  today: day(0),
};

export const NAZAROV = 'НАЗАРОВ Шерали Джамшедович';
export const RAKHIMOV = 'РАХИМОВ Улугбек';
export const TASHKENTOV = 'ТАШКЕНТОВ Бахтиёр';
export const SAMARKANDOV = 'САМАРКАНДОВ Жасур';
export const GULNORA = 'Гульнора';

const field = (page: Page, key: MessageKey, required = false) =>
  page.getByLabel(required ? `${t(key)} *` : t(key), { exact: true });

/** Types into the focused field, then Enter: the next field. */
async function typeThenNext(page: Page, value: string): Promise<void> {
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

/** A country in a code list (citizenship), typed by the start of its Russian name. */
async function chooseCode(page: Page, label: string, typed: string, shown: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await expect(box).toBeFocused();
  await page.keyboard.type(typed);
  await expect(page.getByRole('option', { name: shown })).toBeVisible();
  await page.keyboard.press('Enter');
}

/** In a person picker: any spelling, then Enter on the one whose option starts with `name`. */
async function pickPerson(page: Page, label: string, typed: string, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await expect(box).toBeFocused();
  await page.keyboard.type(typed);
  const wanted = page.getByRole('listbox', { name: label }).getByRole('option', { name: new RegExp(`^${name}`) });
  await expect(wanted).toBeVisible();
  for (let step = 0; step < 10 && (await wanted.getAttribute('aria-selected')) !== 'true'; step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
}

/** Alt+N on the list: the intake form with the family name in focus. */
async function openIntake(page: Page): Promise<void> {
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.form.newTitle') })).toBeVisible();
  await expect(field(page, 'applicant.field.familyName')).toBeFocused();
}

/** Back to the list by keyboard-free navigation is not needed: the list is a click on its nav button. */
export async function toList(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: t('shell.nav.applicants') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.title') })).toBeFocused();
}

/** Names (Enter from field to field), sex by the arrow keys, birth year or age, citizenship. */
async function intakePerson(
  page: Page,
  person: {
    family?: string;
    given: string;
    patronymic?: string;
    sex: 'male' | 'female';
    birth?: string;
    age?: string;
    country: [string, RegExp];
  },
): Promise<void> {
  await openIntake(page);
  await typeThenNext(page, person.family ?? '');
  await expect(field(page, 'applicant.field.givenName')).toBeFocused();
  await typeThenNext(page, person.given);
  await typeThenNext(page, person.patronymic ?? '');
  // Enter passes "Add a spelling" (a button) and lands on the sex.
  await arrowSelect(page, t('applicant.field.sex'), person.sex, 'ArrowUp');
  await page.keyboard.press('Enter');
  await expect(field(page, 'applicant.field.birthDate')).toBeFocused();
  if (person.birth) await page.keyboard.type(person.birth);
  await page.keyboard.press('Enter');
  await expect(field(page, 'applicant.field.birthPlace')).toBeFocused();
  await page.keyboard.press('Enter');
  // With no birth date, the age the person gives and the day they gave it.
  if (!person.birth && person.age) {
    await expect(field(page, 'applicant.field.approximateAge')).toBeFocused();
    await typeThenNext(page, person.age);
    await expect(field(page, 'applicant.field.approximateAgeOn')).toBeFocused();
    await typeThenNext(page, DATES.today);
  }
  await chooseCode(page, t('applicant.field.citizenship'), person.country[0], person.country[1]);
}

/** The case status, reached by Tab from wherever the form is, chosen with the arrow keys. */
async function chooseStatus(page: Page, status: string): Promise<void> {
  await tabTo(page, field(page, 'applicant.field.caseStatus'), 20);
  await arrowSelect(page, t('applicant.field.caseStatus'), status);
}

/** Saves the intake; the new file opens with its heading in focus. */
async function saveIntake(page: Page, name: string): Promise<Locator> {
  await saveForm(page);
  const heading = page.getByRole('heading', { level: 1, name, exact: true });
  await expect(heading).toBeFocused();
  return heading;
}

/** Alt+N on a file: a new event of the given type, its first field in focus after Tab. */
async function newEvent(page: Page, type: MessageKey): Promise<void> {
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.eventForm.newTitle') })).toBeVisible();
  await expect(page.getByRole('radio', { name: t('event.type.detention') })).toBeFocused();
  if (type !== 'event.type.detention') await arrowTo(page, t(type));
  else await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
}

async function saveEvent(page: Page, heading: Locator): Promise<void> {
  await saveForm(page);
  await expect(heading).toBeFocused();
}

/** Case 1: detention at the border, petition, refusal without reasons, extradition to Uzbekistan. */
export async function recordCaseOne(page: Page): Promise<Locator> {
  await intakePerson(page, {
    family: 'Назаров',
    given: 'Шерали',
    patronymic: 'Джамшедович',
    sex: 'male',
    birth: '1990',
    country: ['Тадж', /Таджикистан/],
  });
  const heading = await saveIntake(page, NAZAROV);

  await newEvent(page, 'event.type.detention');
  await expect(field(page, 'event.field.date', true)).toBeFocused();
  await typeThenNext(page, DATES.borderDetention);
  await arrowSelect(page, t('event.field.placeKind'), 'border_post');
  await page.keyboard.press('Enter');
  await typeThenNext(page, 'Жамбылская обл., КПП «Жибек жолы» на границе с Узбекистаном');
  await typeThenNext(page, 'Пограничная служба КНБ');
  await typeThenNext(page, 'межгосударственный розыск');
  await page.keyboard.type('№ 2675-00-31-2026');
  await saveEvent(page, heading);

  await newEvent(page, 'event.type.asylumApplication');
  await typeThenNext(page, DATES.petition);
  await typeThenNext(page, 'Управление занятости Жамбылской области');
  await page.keyboard.type('ЖМБ-2026-0114');
  await saveEvent(page, heading);

  await newEvent(page, 'event.type.decision');
  await typeThenNext(page, DATES.refusal);
  await typeThenNext(page, '17-05/2231');
  await typeThenNext(page, 'Комиссия по вопросам присвоения статуса беженца');
  await arrowTo(page, t('event.decisionOutcome.refused'));
  await page.keyboard.press('Enter');
  // No reason given: a choice, since it matters on appeal.
  await arrowTo(page, t('applicants.reasons.none'));
  await page.keyboard.press('Enter');
  await expect(field(page, 'event.field.notifiedOn')).toBeFocused();
  await page.keyboard.type(DATES.refusalNotified);
  await saveEvent(page, heading);

  await newEvent(page, 'event.type.extradition');
  await typeThenNext(page, DATES.extraditionRequest);
  await arrowSelect(page, `${t('event.field.requestingState')} *`, 'UZ');
  await page.keyboard.press('Enter');
  await typeThenNext(page, '2/3-11744');
  // The charges are a text box: Tab leaves it (Enter writes a new line there).
  await page.keyboard.type('ст. 244 УК Республики Узбекистан (членство в запрещённой организации)');
  await page.keyboard.press('Tab');
  await arrowSelect(page, t('event.field.noticeKind'), 'cis_interstate');
  await page.keyboard.press('Enter');
  await typeThenNext(page, 'МВД Республики Узбекистан');
  await typeThenNext(page, 'МР-88431');
  await typeThenNext(page, '2019');
  await typeThenNext(page, 'Решение Генеральной прокуратуры о выдаче');
  await typeThenNext(page, '2-1344-26');
  await typeThenNext(page, day(-30));
  await arrowSelect(page, t('event.field.outcome'), 'extradited');
  await page.keyboard.press('Enter');
  await arrowSelect(page, t('event.field.handedTo'), 'UZ');
  // Handed to a state that is not his citizenship: the form says so before saving.
  await expect(page.getByText(t('caseFile.extradition.notCitizenship', { state: 'Узбекистан' }))).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type(DATES.transfer);
  await saveEvent(page, heading);

  // His status: extradited.
  await tabTo(page, page.getByRole('button', { name: t('applicants.page.edit'), exact: true }));
  await page.keyboard.press('Enter');
  await expect(field(page, 'applicant.field.familyName')).toBeFocused();
  await chooseStatus(page, 'extradited');
  await saveForm(page);
  await expect(heading).toBeFocused();
  return heading;
}

/** Two of the 29 detained together who have files here too: short intakes. */
export async function recordGroupMembers(page: Page): Promise<void> {
  for (const [family, given, name] of [
    ['Ташкентов', 'Бахтиёр', TASHKENTOV],
    ['Самаркандов', 'Жасур', SAMARKANDOV],
  ] as const) {
    await intakePerson(page, { family, given, sex: 'male', birth: '1988', country: ['Узб', /Узбекистан/] });
    await saveIntake(page, name);
    await toList(page);
  }
}

/** Case 2: the group's detention (still in custody), UNHCR recognition, the refusal, the appeal. */
export async function recordCaseTwo(page: Page): Promise<Locator> {
  await intakePerson(page, {
    family: 'Рахимов',
    given: 'Улугбек',
    sex: 'male',
    birth: '1985',
    country: ['Узб', /Узбекистан/],
  });
  await chooseStatus(page, 'appeal');
  const heading = await saveIntake(page, RAKHIMOV);

  await newEvent(page, 'event.type.detention');
  await typeThenNext(page, DATES.groupDetention);
  await arrowSelect(page, t('event.field.placeKind'), 'sizo');
  await page.keyboard.press('Enter');
  await typeThenNext(page, 'СИЗО ДП г. Алматы');
  await typeThenNext(page, 'ДП г. Алматы');
  await typeThenNext(page, 'запрос о выдаче Республики Узбекистан');
  await typeThenNext(page, '2675-00-31-2026');
  // Still in custody: a box, ticked with Space.
  await expect(page.getByRole('checkbox', { name: t('event.field.inCustody') })).toBeFocused();
  await page.keyboard.press('Space');
  // The court's sanction, by its button: the new row takes the focus.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('caseFile.custody.addSanction') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(t('custodyTerm.field.kind'), { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await typeThenNext(page, DATES.sanction);
  await typeThenNext(page, 'Следственный суд г. Алматы');
  await expect(page.getByLabel(`${t('custodyTerm.field.until')} *`, { exact: true })).toBeFocused();
  await typeThenNext(page, DATES.custodyUntil);
  await expect(field(page, 'event.field.maxTermEndsOn')).toBeFocused();
  await typeThenNext(page, DATES.maxTerm);
  // Detained together with two who have files here, found by a Latin spelling of a Cyrillic name.
  await pickPerson(page, t('caseFile.group.detainedWith'), 'Tashkentov', TASHKENTOV);
  await pickPerson(page, t('caseFile.group.detainedWith'), 'Самарк', SAMARKANDOV);
  await page.keyboard.press('Tab');
  await expect(field(page, 'event.field.groupSize')).toBeFocused();
  await page.keyboard.type('29');
  await saveEvent(page, heading);

  await newEvent(page, 'event.type.unhcr');
  await typeThenNext(page, DATES.unhcr);
  await typeThenNext(page, 'UNHCR-KAZ-25-0931');
  await page.keyboard.type(DATES.unhcrExpiry);
  await saveEvent(page, heading);

  await newEvent(page, 'event.type.decision');
  await typeThenNext(page, DATES.groupRefusal);
  await typeThenNext(page, '04-12/877');
  await typeThenNext(page, 'Комиссия по вопросам присвоения статуса беженца');
  await arrowTo(page, t('event.decisionOutcome.refused'));
  await page.keyboard.press('Enter');
  // Reasons were given this time: Space ticks the first answer, and the reasons box opens.
  await expect(page.getByRole('radio', { name: t('applicants.reasons.given') })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(field(page, 'event.field.reasons')).toBeFocused();
  await page.keyboard.type('угроза национальной безопасности');
  await page.keyboard.press('Tab');
  await typeThenNext(page, DATES.groupNotified);
  await pickPerson(page, t('caseFile.group.decidedWith'), 'Tashkentov', TASHKENTOV);
  await saveEvent(page, heading);

  await newEvent(page, 'event.type.appeal');
  await typeThenNext(page, DATES.appealFiled);
  // The decision appealed against is chosen for it: the latest refusal.
  await page.keyboard.press('Enter');
  await arrowSelect(page, `${t('event.field.instance')} *`, 'first');
  await page.keyboard.press('Enter');
  await typeThenNext(page, 'СМАС г. Алматы');
  await page.keyboard.type('7594-26-00-4а/112');
  // The hearing: Tab reaches "Add a hearing date"; the new line takes the focus.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('applicants.hearings.add') })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type(DATES.hearing);
  await saveEvent(page, heading);
  return heading;
}

/** Case 3: a person known by one name, her refugee certificate, and the incident through her landlady. */
export async function recordCaseThree(page: Page): Promise<Locator> {
  await intakePerson(page, { given: GULNORA, sex: 'female', age: '35', country: ['Узб', /Узбекистан/] });
  await chooseStatus(page, 'recognized');
  // Her refugee certificate: "Add a document", its kind with the arrow keys, then Enter on.
  await tabTo(page, page.getByRole('button', { name: t('applicants.documents.add') }), 12);
  await page.keyboard.press('Enter');
  await arrowSelect(page, t('document.field.kind'), 'refugee_certificate');
  await page.keyboard.press('Enter');
  await typeThenNext(page, '000517');
  await typeThenNext(page, 'Управление занятости г. Алматы');
  await typeThenNext(page, day(-355));
  await page.keyboard.type(DATES.certificateExpiry);
  const heading = await saveIntake(page, GULNORA);

  // The incident, from the Incidents section.
  await page
    .getByRole('navigation', { name: t('shell.nav.label') })
    .getByRole('button', { name: t('shell.nav.incidents') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('incidents.title') })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: t('incidents.new') }), 20);
  await page.keyboard.press('Enter');
  await expect(field(page, 'incident.field.occurredOn', true)).toBeFocused();
  await typeThenNext(page, DATES.incident);
  await typeThenNext(page, 'Алматы, мкр. Орбита-2');
  // Two kinds and two perpetrators, ticked with Space; Tab walks the boxes.
  const kinds = page.getByRole('group', { name: `${t('incident.field.kind')} *` });
  await expect(kinds.getByRole('checkbox', { name: t('incident.kind.landlord_pressure') })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(kinds.getByRole('checkbox', { name: t('incident.kind.eviction') })).toBeFocused();
  await page.keyboard.press('Space');
  const who = page.getByRole('group', { name: `${t('incident.field.perpetrator')} *` });
  await tabTo(page, who.getByRole('checkbox', { name: t('incident.perpetrator.landlord') }));
  await page.keyboard.press('Space');
  await tabTo(page, who.getByRole('checkbox', { name: t('incident.perpetrator.plain_clothes') }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('combobox', { name: t('incident.field.victimIds') }));
  await pickPerson(page, t('incident.field.victimIds'), 'Gulnora', GULNORA);
  await page.keyboard.press('Tab');
  await page.keyboard.type(
    'Двое в штатском пришли к хозяйке квартиры и потребовали выселить квартирантку; через два дня хозяйка её выселила.',
  );
  // The landlady, a third party: by its button, the new row takes the focus.
  await tabTo(page, page.getByRole('button', { name: t('caseFile.thirdParty.add') }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(`${t('thirdParty.field.name')} *`, { exact: true })).toBeFocused();
  await typeThenNext(page, 'Зинаида Петровна');
  await arrowSelect(page, `${t('thirdParty.field.role')} *`, 'landlord');
  await page.keyboard.press('Enter');
  await typeThenNext(page, '');
  await typeThenNext(page, 'хозяйка квартиры, на неё давили');
  await tabTo(page, field(page, 'incident.field.reportedTo'));
  await page.keyboard.type('Юрист бюро');
  await saveForm(page);
  await expect(page.getByRole('status').filter({ hasText: t('incidents.saved') })).toBeVisible();
  return heading;
}

/** All three, from the empty list; the journeys of the PDF and the statistics start from here too. */
export async function recordThreeCases(page: Page): Promise<void> {
  await recordCaseOne(page);
  await toList(page);
  await recordGroupMembers(page);
  await recordCaseTwo(page);
  await toList(page);
  await recordCaseThree(page);
}
