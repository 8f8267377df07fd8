import { expect, test } from '../support/bridge';
import { core, expectAccessible, goTo, openDemoVault, saveFullScreen, say } from '../support/caseload';
import { LAPTOP_VIEWPORT, saveScreen } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');

test('the header box finds people by any spelling, by keyboard, and says when nobody matches', async ({
  page,
  bridge,
}) => {
  await openDemoVault(page, bridge, 'ru');
  const abdurakhmonov = await core(bridge, 'applicants.create', {
    fields: { familyName: 'Abdurakhmonov', givenName: 'Ilhom', birthDate: '1985-03-02', citizenship: ['UZ'] },
  });

  const search = page.getByRole('search', { name: t('search.label') });
  await expect(search).toBeVisible();
  const box = search.getByRole('combobox', { name: t('search.label') });

  // Ctrl+K from anywhere: here, from the applicants page with the focus on its heading.
  await goTo(page, 'ru', 'applicants');
  await expect(box).not.toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();

  // Stored as "Xadicha" (Uzbek Latin) and "Хадича": found by the English spelling, opened by Enter.
  await page.keyboard.type('Khadicha');
  const list = page.getByRole('listbox', { name: t('search.label') });
  const rahimova = list.getByRole('option', { name: /Rahimova/i });
  await expect(rahimova).toBeVisible();
  await expect(rahimova.locator('mark').first()).toHaveText(/Khadicha|Xadicha/);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await saveScreen(page, 'ru-search-dropdown');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', (await rahimova.getAttribute('id')) ?? 'missing');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /RAHIMOVA Xadicha/ })).toBeVisible();
  await expect(box).toHaveValue('');

  // Cyrillic typed, Latin stored.
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.type('Абдурахмонов');
  const found = list.getByRole('option', { name: /Abdurakhmonov/i });
  await expect(found).toBeVisible();
  await expect(found.locator('mark')).toHaveText('Abdurakhmonov');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /ABDURAKHMONOV Ilhom/ })).toBeVisible();
  expect((await core(bridge, 'applicants.get', { id: abdurakhmonov.id })).applicant.familyName).toBe('Abdurakhmonov');

  // Someone who is not in the vault.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Каримов');
  // The drop-down says so (and the live region repeats it for screen readers).
  const note = search.locator('.global-search-note');
  await expect(note).toContainText(t('search.nobody', { query: 'Каримов' }));
  await expect(note).toContainText(t('search.nobodyHint'));
  await expect(search.getByRole('status')).toHaveText(t('search.nobody', { query: 'Каримов' }));
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await saveScreen(page, 'ru-search-nobody');

  // Esc closes the drop-down, a second Esc empties the box.
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(box).toHaveValue('Каримов');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
});

test('the results page marks what matched, names the field, and lists incidents', async ({ page, bridge }) => {
  await openDemoVault(page, bridge, 'ru');
  const box = page.getByRole('search', { name: t('search.label') }).getByRole('combobox');

  // Enter with nothing chosen opens every result.
  await box.click();
  await page.keyboard.type('Хадича');
  await expect(page.getByRole('option', { name: /Rahimova/i })).toBeVisible();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: t('search.results.title') });
  await expect(heading).toBeFocused();
  await expect(page.getByText(t('search.results.query', { query: 'Хадича' }))).toBeVisible();
  const main = page.getByRole('main');
  const hits = main.getByRole('region', { name: t('search.people') }).getByRole('listitem');
  await expect(hits).toHaveCount(1);
  const hit = hits.first();
  await expect(hit.getByRole('button', { name: /Rahimova/i })).toBeVisible();
  await expect(hit.locator('mark', { hasText: 'Хадича' })).toBeVisible();
  await expect(hit).toContainText(t('search.matchedBy'));
  await expect(hit).toContainText(t('search.field.alias'));
  await expectAccessible(page, 'search results');
  await saveFullScreen(page, 'ru-search-results');

  // A word found only in addresses, and in two incidents' places.
  await box.click();
  await box.fill('Алматы');
  await page.keyboard.press('Enter');
  await expect(page.getByText(t('search.results.query', { query: 'Алматы' }))).toBeVisible();
  const people = main.getByRole('region', { name: t('search.people') });
  await expect(people.getByRole('listitem').first()).toContainText(t('search.onlyText'));
  const incidents = main.getByRole('region', { name: t('search.incidents') });
  await expect(incidents.getByRole('listitem')).toHaveCount(2);
  await expect(
    incidents.getByRole('button', {
      name: t('search.results.openIncident', { date: '20.10.2026', kind: t('incident.kind.eviction') }),
    }),
  ).toBeVisible();
  await expectAccessible(page, 'search results with incidents');
  await saveFullScreen(page, 'ru-search-results-text');

  // Opening a person from the list.
  await people.getByRole('button', { name: /Yusupova/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: /YUSUPOVA Dilnoza/ })).toBeVisible();

  // The same page in Kazakh.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  const kk = say('kk');
  await page.getByRole('combobox', { name: kk('search.label') }).fill('Nazarov');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: kk('search.results.title') })).toBeVisible();
  await expect(
    main
      .getByRole('region', { name: kk('search.people') })
      .locator('mark')
      .first(),
  ).toHaveText(/Назаров|Nazarov/);
  await expectAccessible(page, 'search results (kk)');
  await saveFullScreen(page, 'kk-search-results');
});

test('a hit says which spelling matched, and a name one letter off is marked approximate', async ({ page, bridge }) => {
  await openDemoVault(page, bridge, 'ru');
  await core(bridge, 'applicants.create', { fields: { familyName: 'Абдуллаев', givenName: 'Равшан' } });
  const box = page.getByRole('search', { name: t('search.label') }).getByRole('combobox');
  const list = page.getByRole('listbox', { name: t('search.label') });

  // Another spelling: found, and the drop-down says which spelling on record it met.
  await box.click();
  await page.keyboard.type('Abdullayev');
  const option = list.getByRole('option', { name: /Абдуллаев/ });
  await expect(option).toContainText(t('search.explain', { pairs: 'Abdullayev ↔ Абдуллаев' }));
  await expect(option).not.toContainText(t('search.approximate'));

  // One letter off: still found, marked, and explained with ≈.
  await box.fill('Abdullayv');
  await expect(option).toContainText(t('search.approximate'));
  await expect(option).toContainText(t('search.explain', { pairs: 'Abdullayv ≈ Абдуллаев' }));
  await page.keyboard.press('Enter');
  const hit = page
    .getByRole('main')
    .getByRole('region', { name: t('search.people') })
    .getByRole('listitem');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText(t('search.approximate'));
  await expect(hit).toContainText(t('search.approximateHint'));
  await expect(hit.locator('mark')).toHaveText('Абдуллаев');
  await expectAccessible(page, 'search results with an approximate hit');
  await saveFullScreen(page, 'ru-search-approximate');

  // The duplicate warning at intake takes a name one letter off too, and says so.
  await goTo(page, 'ru', 'applicants');
  await page.keyboard.press('Alt+KeyN');
  // A family name is no longer required (a person may be known by one name): no asterisk.
  await expect(page.getByLabel(t('applicant.field.familyName'), { exact: true })).toBeFocused();
  await page.keyboard.type('Абдуллаеф');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Равшан');
  const panel = page.getByRole('region', { name: t('applicants.duplicates.title') });
  await expect(panel).toContainText('АБДУЛЛАЕВ Равшан');
  await expect(panel).toContainText(
    t('applicants.duplicates.reason.familyNameNear', { pairs: 'Абдуллаеф ≈ Абдуллаев' }),
  );
});
