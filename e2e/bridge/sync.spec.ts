import type { Page } from '@playwright/test';
import { exportBundle, importBundle } from '../../src/core/sync/syncService';
import { expect, test } from '../support/bridge';
import {
  answerWordCheck,
  colleagueLaptop,
  expectAccessible,
  goTo,
  navButton,
  openVault,
  saveWholeScreen,
  say,
} from '../support/reportsSync';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');
const kk = say('kk');

/** Creates the office key from the page and returns the 24 words it showed, once. */
async function createOfficeKey(page: Page): Promise<string[]> {
  await expect(page.getByText(t('sync.office.none'))).toBeVisible();
  await page.getByRole('button', { name: t('sync.office.createSubmit') }).click();
  await expect(page.getByRole('heading', { level: 2, name: t('sync.words.title') })).toBeFocused();
  const grid = page.getByRole('list', { name: t('sync.words.label') });
  await expect(grid.getByRole('listitem')).toHaveCount(24);
  const words = (await grid.locator('.office-word-text').allTextContents()).map((w) => w.trim());
  expect(words).toHaveLength(24);
  for (const word of words) expect(word).toMatch(/^[a-z]+$/);
  return words;
}

test('the office key is shown once; a conflict on an address is decided in the inbox and the badge goes', async ({
  page,
  bridge,
}) => {
  await page.clock.install();
  await openVault(page, bridge);
  await goTo(page, 'ru', 'sync');
  await expect(page.getByText(t('sync.bundles.text'))).toBeVisible();
  await expect(page.getByText(t('sync.bundles.cli'))).toBeVisible();
  await saveWholeScreen(page, 'ru-sync-no-office');
  await expectAccessible(page, 'sync (no office)');

  const words = await createOfficeKey(page);
  await saveWholeScreen(page, 'ru-sync-office-words');
  await expectAccessible(page, 'sync (office words)');
  await expect(page.getByText(t('caseFile.words.whyEnglish'))).toBeVisible();
  const done = page.getByRole('button', { name: t('caseFile.words.toCheck') });
  await expect(done).toBeDisabled();
  await page.getByLabel(t('sync.words.confirm')).check();
  await done.click();
  // Three words asked back from the copy: a misread one is named, and the list can be shown again.
  const [first = 0] = await answerWordCheck(page, 'ru', words, { wrong: true });
  await expect(page.getByText(t('caseFile.words.wrong', { number: first + 1 }))).toBeVisible();
  await expectAccessible(page, 'sync (office words check)');
  await page.getByRole('button', { name: t('caseFile.words.showAgain') }).click();
  await expect(page.getByRole('list', { name: t('sync.words.label') })).toBeVisible();
  await page.getByLabel(t('sync.words.confirm')).check();
  await page.getByRole('button', { name: t('caseFile.words.toCheck') }).click();
  await answerWordCheck(page, 'ru', words);
  await expect(page.getByText(t('sync.office.member'))).toBeVisible();
  await expect(page.getByRole('list', { name: t('sync.words.label') })).toHaveCount(0);
  await expect(page.getByText(words.join(' '))).toHaveCount(0);
  await expect(page.getByText(t('sync.conflicts.none'))).toBeVisible();

  // This computer: a neutral name, and the fingerprint in large groups.
  const status = await bridge.core.invoke('sync.status', {});
  expect(status.office).toBe(true);
  const fingerprint = page.getByRole('figure', { name: t('sync.device.fingerprint') });
  await expect(fingerprint.locator('.fingerprint-group')).toHaveText(status.device.fingerprint.split('-'));
  const name = page.getByLabel(t('sync.device.name'), { exact: true });
  await name.fill('Ноутбук бюро 1');
  await page.getByRole('button', { name: t('sync.device.save') }).click();
  await expect(page.getByText(t('sync.device.saved'))).toBeVisible();
  expect((await bridge.core.invoke('sync.status', {})).device.name).toBe('Ноутбук бюро 1');

  // A colleague joins with the words; both edit one person's address before exchanging bundles.
  const other = await colleagueLaptop('Ноутбук бюро 2');
  try {
    await other.core.invoke('sync.joinOffice', { words: words.join(' ') });
    const otherFingerprint = (await other.core.invoke('sync.status', {})).device.fingerprint;
    const { id } = await bridge.core.invoke('applicants.create', {
      fields: { familyName: 'Gʻofurov', givenName: 'Jasur', address: 'Алматы, мкр. Самал-2' },
    });
    const first = exportBundle(bridge.core.workspace(), { folder: other.stick, all: true });
    importBundle(other.core.workspace(), { path: first.path, trustFingerprint: status.device.fingerprint });
    await bridge.core.invoke('applicants.update', { id, fields: { address: 'Тараз, ул. Абая 5' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await other.core.invoke('applicants.update', { id, fields: { address: 'Шымкент, ул. Байтурсынова 12' } });
    const back = exportBundle(other.core.workspace(), { folder: other.stick, all: false });
    const summary = importBundle(bridge.core.workspace(), { path: back.path, trustFingerprint: otherFingerprint });
    expect(summary.conflicts).toBe(1);

    // The shell asks again every 30 s: the badge appears, and the open page reads the conflict.
    const sync = navButton(page, 'ru', 'sync');
    await expect(sync).not.toContainText(t('shell.nav.conflictsBadge', { count: 1 }));
    await page.clock.fastForward('00:31');
    await expect(sync).toContainText(t('shell.nav.conflictsBadge', { count: 1 }));
    await expect(page.getByText(t('sync.conflicts.count', { count: 1 }))).toBeVisible();

    const card = page.getByRole('article', { name: 'GʻOFUROV Jasur' });
    await expect(card).toBeVisible();
    await expect(card).toContainText(
      t('sync.conflicts.fieldLine', {
        where: t('sync.conflicts.where.applicants'),
        field: t('applicant.field.address'),
      }),
    );
    const kept = card.getByRole('group', { name: t('sync.conflicts.kept') });
    const otherValue = card.getByRole('group', { name: t('sync.conflicts.other') });
    await expect(kept).toContainText('Шымкент, ул. Байтурсынова 12');
    await expect(kept).toContainText('Ноутбук бюро 2');
    await expect(otherValue).toContainText('Тараз, ул. Абая 5');
    await expect(otherValue).toContainText('Ноутбук бюро 1');
    await expect(otherValue).toContainText(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);

    // The colleague's computer is now known, with the fingerprint that was confirmed.
    const known = page.getByRole('table', { name: t('sync.devices.title') });
    await expect(known.getByRole('row', { name: /Ноутбук бюро 2/ })).toContainText(
      otherFingerprint.split('-')[0] ?? '',
    );
    await saveWholeScreen(page, 'ru-sync-conflict');
    await expectAccessible(page, 'sync (conflict)');

    // The same inbox in Kazakh, for the pictures.
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect(page.getByRole('heading', { level: 2, name: kk('sync.conflicts.title') })).toBeVisible();
    await saveWholeScreen(page, 'kk-sync-conflict');
    await expectAccessible(page, 'sync (conflict, kk)');
    await page.getByRole('button', { name: 'Русский' }).click();

    // The person's name leads to their page, and back here the conflict still waits.
    await card.getByRole('button', { name: 'GʻOFUROV Jasur' }).click();
    await expect(navButton(page, 'ru', 'applicants')).toHaveAttribute('aria-current', 'page');
    await goTo(page, 'ru', 'sync');

    // Keep the other value: the choice is a new change, the conflict and the badge go.
    await otherValue.getByRole('button', { name: t('sync.conflicts.keep') }).click();
    await expect(page.getByText(t('sync.conflicts.resolved'))).toBeVisible();
    await expect(page.getByText(t('sync.conflicts.none'))).toBeVisible();
    await expect(sync).not.toContainText(t('shell.nav.conflictsBadge', { count: 1 }));
    const after = await bridge.core.invoke('applicants.get', { id });
    expect(after.applicant.address).toBe('Тараз, ул. Абая 5');
    expect((await bridge.core.invoke('sync.status', {})).openConflicts).toBe(0);
  } finally {
    other.dispose();
  }
});

test("joining an office: the words are checked and errors are in the user's language", async ({ page, bridge }) => {
  const first = await colleagueLaptop('Ноутбук 1');
  try {
    const { words } = await first.core.invoke('sync.createOffice', {});
    await openVault(page, bridge, { language: 'kk' });
    await goTo(page, 'kk', 'sync');
    const field = page.getByLabel(kk('sync.office.joinLabel'), { exact: true });
    const join = page.getByRole('button', { name: kk('sync.office.joinSubmit') });

    await field.fill(words.split(' ').slice(0, 23).join(' '));
    await join.click();
    await expect(page.getByText(kk('sync.office.wordCount', { count: 23 }))).toBeVisible();

    const wrong = [...words.split(' ').slice(0, 23), words.endsWith(' abandon') ? 'ability' : 'abandon'];
    await field.fill(wrong.join(' '));
    await join.click();
    await expect(page.getByText(kk('error.OFFICE_KEY_INVALID'))).toBeVisible();
    await expect(field).toBeFocused();
    await saveWholeScreen(page, 'kk-sync-join-error');
    await expectAccessible(page, 'sync (join, kk)');
    expect((await bridge.core.invoke('sync.status', {})).office).toBe(false);

    // Copied from the paper with numbers and line breaks: still the same key.
    const numbered = words
      .split(' ')
      .map((word, index) => `${index + 1}. ${word}`)
      .join('\n');
    await field.fill(numbered);
    await join.click();
    await expect(page.getByText(kk('sync.office.joined'))).toBeVisible();
    await expect(page.getByText(kk('sync.office.member'))).toBeVisible();
    expect((await bridge.core.invoke('sync.status', {})).office).toBe(true);
    await saveWholeScreen(page, 'kk-sync-joined');
  } finally {
    first.dispose();
  }
});
