import { expect, test } from '../support/bridge';
import {
  addApplicant,
  core,
  expectAccessible,
  fieldLabel,
  goTo,
  openVault,
  saveScreen,
  say,
  watchPage,
} from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');

test('the audit log shows edits made in the core, newest first, and narrows to one applicant', async ({
  page,
  bridge,
  baseURL,
}) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  await openVault(page, bridge, 'ru');
  const gofurov = await addApplicant(bridge, { familyName: 'Gʻofurov', givenName: 'Oʻtkir', citizenship: ['UZ'] });
  const toktogulov = await addApplicant(bridge, { familyName: 'Токтогулов', givenName: 'Бакыт', citizenship: ['KG'] });
  await core(bridge, 'applicants.update', { id: gofurov, fields: { phone: '+7 700 000 00 02', address: 'Алматы' } });
  await core(bridge, 'applicants.update', { id: toktogulov, fields: { caseStatus: 'extradition_risk' } });
  await core(bridge, 'profile.set', { name: 'Айгуль Сейткали' });
  await core(bridge, 'applicants.update', { id: toktogulov, fields: { arrivalDate: '2026-05' } });

  await goTo(page, 'ru', 'audit');
  await expect(page.getByRole('heading', { level: 1, name: t('audit.title') })).toBeFocused();
  await expect(page.getByText(t('audit.chain'))).toBeVisible();
  const rows = page.getByRole('table', { name: t('audit.caption') }).getByRole('row');
  // Newest first: the last edit, by the name set in the profile, names the field it changed.
  const newest = rows.nth(1);
  await expect(newest).toContainText('Айгуль Сейткали');
  await expect(newest).toContainText(t('audit.action.update'));
  await expect(newest.getByRole('button', { name: 'ТОКТОГУЛОВ Бакыт' })).toBeVisible();
  await expect(newest.getByRole('cell').last()).toHaveText(fieldLabel('ru', 'applicant', 'arrivalDate'));
  const phoneEdit = rows.filter({ hasText: fieldLabel('ru', 'applicant', 'phone') });
  await expect(phoneEdit).toHaveCount(1);
  await expect(phoneEdit).toContainText(fieldLabel('ru', 'applicant', 'address'));
  await expect(phoneEdit.getByRole('button', { name: 'GʻOFUROV Oʻtkir' })).toBeVisible();
  await expect(rows.filter({ hasText: t('audit.target.vault') }).first()).toBeVisible();
  await saveScreen(page, 'ru-audit-log');
  await expectAccessible(page, 'audit log');

  // One applicant only, chosen with the picker by a Latin prefix.
  const picker = page.getByRole('combobox', { name: t('audit.filter') });
  await picker.fill('gʻo');
  await page.getByRole('option', { name: /^GʻOFUROV Oʻtkir/ }).click();
  await expect(rows.filter({ hasText: 'ТОКТОГУЛОВ' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'GʻOFUROV' })).toHaveCount(2);
  await expect(rows.filter({ hasText: t('audit.target.vault') })).toHaveCount(0);
  await saveScreen(page, 'ru-audit-log-filtered');
  await expectAccessible(page, 'audit log (filtered)');
  await page.getByRole('button', { name: t('audit.clear') }).click();
  await expect(rows.filter({ hasText: 'ТОКТОГУЛОВ' })).toHaveCount(3);

  // The link opens the applicant's page.
  await phoneEdit.getByRole('button', { name: 'GʻOFUROV Oʻtkir' }).click();
  await expect(
    page
      .getByRole('navigation', { name: t('shell.nav.label') })
      .getByRole('button', { name: t('shell.nav.applicants') }),
  ).toHaveAttribute('aria-current', 'page');

  await watch.expectClean();
});

test('a long log loads older entries on request', async ({ page, bridge }) => {
  await openVault(page, bridge, 'ru');
  for (let n = 0; n < 30; n += 1) {
    const id = await addApplicant(bridge, { familyName: `Тестов-${n}`, givenName: 'Пример' });
    await core(bridge, 'applicants.update', { id, fields: { phone: `+7 700 ${n}` } });
  }
  await goTo(page, 'ru', 'audit');
  const rows = page.getByRole('table', { name: t('audit.caption') }).getByRole('row');
  await expect(rows).toHaveCount(51);
  const total = (await core(bridge, 'audit.list', { limit: 500 })).length;
  await page.getByRole('button', { name: t('audit.loadMore') }).click();
  await expect(rows).toHaveCount(total + 1);
  await expect(page.getByText(t('audit.allShown'))).toBeVisible();
});

test('a deleted applicant is listed in Recently deleted and comes back with Restore', async ({
  page,
  bridge,
  baseURL,
}) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  await openVault(page, bridge, 'ru');
  const id = await addApplicant(bridge, { familyName: 'Рахимова', givenName: 'Хадича', citizenship: ['UZ'] });
  await addApplicant(bridge, { familyName: 'Каримов', givenName: 'Рустам' });
  const { id: incident } = await core(bridge, 'incidents.create', {
    fields: { occurredOn: '2026-10-14', kind: 'threat', perpetrator: 'neighbour', description: 'Угрозы по телефону.' },
  });
  await core(bridge, 'incidents.delete', { id: incident });
  await core(bridge, 'applicants.delete', { id });
  expect((await core(bridge, 'applicants.list', {})).total).toBe(1);

  await goTo(page, 'ru', 'trash');
  await expect(page.getByRole('heading', { level: 1, name: t('trash.title') })).toBeFocused();
  const table = page.getByRole('table', { name: t('trash.caption') });
  const applicantRow = table.getByRole('row').filter({ hasText: 'Рахимова Хадича' });
  await expect(applicantRow).toContainText(t('trash.kind.applicant'));
  // The incident is named in words, not by its stored code.
  const incidentRow = table.getByRole('row').filter({ hasText: `${t('incident.kind.threat')}, 14.10.2026` });
  await expect(incidentRow).toContainText(t('trash.kind.incident'));
  await saveScreen(page, 'ru-trash');
  await expectAccessible(page, 'recently deleted');

  await applicantRow.getByRole('button', { name: t('trash.restoreNamed', { label: 'Рахимова Хадича' }) }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('trash.restored', { label: 'Рахимова Хадича' }) }),
  ).toBeVisible();
  await expect(applicantRow).toHaveCount(0);
  await expect(incidentRow).toHaveCount(1);
  const list = await core(bridge, 'applicants.list', {});
  expect(list.total).toBe(2);
  expect(list.rows.map((row) => row.id)).toContain(id);
  await saveScreen(page, 'ru-trash-restored');

  await watch.expectClean();
});
