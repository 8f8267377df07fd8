import { expectNoSeriousViolations, inLanguage, openVault, PASSPHRASE, shot } from '../support/applicants';
import { expect, test } from '../support/bridge';
import { LAPTOP_VIEWPORT, unlockByKeyboard } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = inLanguage('ru');

test('what was typed survives a lock: the draft is kept in the vault and offered again', async ({ page, bridge }) => {
  await openVault(page, bridge);
  await page.keyboard.press('Alt+KeyN');
  const familyName = page.getByLabel(t('applicant.field.familyName'), { exact: true });
  const givenName = page.getByLabel(t('applicant.field.givenName'));
  await expect(familyName).toBeFocused();
  await page.keyboard.type('Каримова');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Гулнора');
  // Locked at once, before the draft's pause is over: the draft still reaches the vault first.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: t('unlock.title') })).toBeVisible();
  expect(bridge.core.vault.isUnlocked).toBe(false);
  // Nothing of the form is left on the screen of the locked vault.
  expect(await page.content()).not.toContain('Каримова');

  await unlockByKeyboard(page, 'ru', PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.title') })).toBeVisible();
  await page.keyboard.press('Alt+KeyN');
  const restore = page.getByRole('button', { name: t('applicants.draft.restore') });
  await expect(restore).toBeFocused();
  await expect(
    page.getByText(/В хранилище есть несохранённый черновик этой формы от \d\d\.\d\d\.\d{4} \d\d:\d\d\./),
  ).toBeVisible();
  await expect(familyName).toHaveValue('');
  await shot(page, 'ru-draft-offer');
  await expectNoSeriousViolations(page, 'form with a draft offer');
  await page.keyboard.press('Enter');
  await expect(familyName).toHaveValue('Каримова');
  await expect(givenName).toHaveValue('Гулнора');
  await expect(familyName).toBeFocused();
  await expect(restore).toBeHidden();

  // Saving the form (Ctrl+Enter) discards the draft.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'КАРИМОВА Гулнора' })).toBeVisible();
  expect(await bridge.core.invoke('drafts.list', {})).toEqual([]);
});

test('leaving a changed form asks first; staying keeps it, leaving keeps the draft', async ({ page, bridge }) => {
  await openVault(page, bridge);
  await page.keyboard.press('Alt+KeyN');
  const familyName = page.getByLabel(t('applicant.field.familyName'), { exact: true });
  await expect(familyName).toBeFocused();
  await page.keyboard.type('Юлдашев');
  await expect(page.getByText(/Черновик сохранён в хранилище в/)).toBeVisible();

  // Another section: the in-app question, with the safe answer focused.
  await page.getByRole('button', { name: t('shell.nav.settings') }).click();
  const dialog = page.getByRole('alertdialog', { name: t('applicants.leave.title') });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(t('applicants.leave.message'));
  const stay = dialog.getByRole('button', { name: t('applicants.leave.stay') });
  const leave = dialog.getByRole('button', { name: t('applicants.leave.leave') });
  await expect(stay).toBeFocused();
  await shot(page, 'ru-leave-dialog');
  await expectNoSeriousViolations(page, 'leave dialog');
  // The focus stays inside the dialog.
  await page.keyboard.press('Tab');
  await expect(leave).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(stay).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(leave).toBeFocused();
  // Esc = stay: the form is as it was.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(familyName).toHaveValue('Юлдашев');
  await expect(page.getByRole('heading', { level: 1, name: t('applicants.form.newTitle') })).toBeVisible();

  // Leave for real: the draft stays.
  await page.getByRole('button', { name: t('shell.nav.settings') }).click();
  await dialog.getByRole('button', { name: t('applicants.leave.leave') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('settings.title') })).toBeVisible();
  const drafts = await bridge.core.invoke('drafts.list', {});
  expect(drafts.map((d) => d.formKey)).toEqual(['applicant.new']);

  // Back: the draft is offered; declining it empties the form and the vault.
  await page.getByRole('button', { name: t('shell.nav.applicants') }).click();
  await page.keyboard.press('Alt+KeyN');
  await page.getByRole('button', { name: t('applicants.draft.discard') }).click();
  await expect(familyName).toHaveValue('');
  await expect(familyName).toBeFocused();
  await expect.poll(() => bridge.core.invoke('drafts.list', {})).toEqual([]);

  // A form with nothing changed leaves without a question.
  await page.getByRole('button', { name: t('shell.nav.settings') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('settings.title') })).toBeVisible();
});

test('an edit keeps its own draft, and an event form too', async ({ page, bridge }) => {
  await openVault(page, bridge, { demo: true });
  await page.getByRole('button', { name: 'YUSUPOVA Dilnoza Akmalovna' }).click();
  await page.getByRole('button', { name: t('applicants.page.edit'), exact: true }).click();
  const phone = page.getByLabel(t('applicant.field.phone'));
  await phone.fill('+7 701 111 22 33');
  await expect(page.getByText(/Черновик сохранён в хранилище в/)).toBeVisible();
  const [row] = (await bridge.core.invoke('applicants.list', { namePrefix: 'Yusupova' })).rows;
  expect((await bridge.core.invoke('drafts.list', {})).map((d) => d.formKey)).toEqual([`applicant.${row?.id}`]);

  // Cancel asks (the form changed), and discarding removes the draft.
  await page.keyboard.press('Escape');
  await page
    .getByRole('alertdialog', { name: t('applicants.discard.title') })
    .getByRole('button', { name: t('applicants.discard.confirm') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'YUSUPOVA Dilnoza Akmalovna' })).toBeVisible();
  await expect(page.getByRole('region', { name: t('applicants.page.identity') })).toContainText('+7 700 000 00 01');
  await expect.poll(() => bridge.core.invoke('drafts.list', {})).toEqual([]);

  await page.getByRole('button', { name: t('applicants.page.addEvent') }).click();
  await page.getByRole('radio', { name: t('event.type.note') }).check();
  await page.getByLabel(`${t('event.field.text')} *`).fill('Звонила из Алматы, просит о встрече.');
  await expect(page.getByText(/Черновик сохранён в хранилище в/)).toBeVisible();
  expect((await bridge.core.invoke('drafts.list', {})).map((d) => d.formKey)).toEqual([`event.new.${row?.id}`]);
});
