import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '../support/bridge';
import { core, expectAccessible, fieldLabel, goTo, openVault, saveScreen, say, watchPage } from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');
const DEMO = resolve(__dirname, '../../fixtures/demo-import.json');

test('a Panoh JSON file imports through the system dialog after a check; a file with errors names each one and imports nothing', async ({
  page,
  bridge,
  baseURL,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'panoh-e2e-import-'));
  try {
    const watch = await watchPage(page, new URL(baseURL ?? '').origin);
    await openVault(page, bridge, 'ru');
    await goTo(page, 'ru', 'import');
    await expect(page.getByRole('heading', { level: 1, name: t('import.title') })).toBeFocused();
    await expect(page.getByText(t('import.allOrNothing'))).toBeVisible();
    await saveScreen(page, 'ru-import-empty');
    await expectAccessible(page, 'import');

    const choose = page.getByRole('button', { name: t('import.choose') });
    // Cancel in the dialog: nothing is chosen.
    bridge.nextDialog(undefined);
    await choose.click();
    await expect(page.getByText(t('import.noneChosen'))).toBeVisible();

    bridge.nextDialog(DEMO);
    await choose.click();
    await expect(page.getByText(t('import.chosen', { name: 'demo-import.json' }))).toBeVisible();
    await expect(page.getByText(t('import.json'))).toBeVisible();
    const run = page.getByRole('button', { name: /^Импортировать строк/ });
    await expect(run).toBeDisabled();
    await page.getByRole('button', { name: t('import.check') }).click();
    await expect(
      page.getByText(t('import.report.summary', { rows: 6, ready: 6, events: 19, refused: 0 })),
    ).toBeVisible();
    expect((await core(bridge, 'applicants.list', {})).total).toBe(0);
    await page.getByRole('button', { name: t('import.run', { count: 6 }) }).click();
    await expect(
      page.getByText(t('import.finished', { applicants: 6, events: 19, merged: 0, skipped: 0 })),
    ).toBeVisible();
    expect((await core(bridge, 'applicants.list', {})).total).toBe(6);
    expect((await core(bridge, 'incidents.list', {})).total).toBe(2);
    expect(bridge.dialogs).toEqual(['file', 'file']);
    await saveScreen(page, 'ru-import-done');

    // A copy with a birth date that does not exist and a country code that is not ISO 3166.
    const broken = JSON.parse(readFileSync(DEMO, 'utf8')) as {
      applicants: { birthDate?: string; citizenship?: string[] }[];
    };
    const third = broken.applicants[2];
    const fifth = broken.applicants[4];
    if (!third || !fifth) throw new Error('the demo file has fewer applicants than expected');
    third.birthDate = '1994-02-30';
    fifth.citizenship = ['UZ', 'XU'];
    const brokenPath = join(dir, 'список-бюро.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    bridge.nextDialog(brokenPath);
    await page.getByRole('button', { name: t('import.another') }).click();
    await page.getByRole('button', { name: t('import.check') }).click();
    await expect(page.getByText(t('error.IMPORT_INVALID', { errors: 2 }))).toBeVisible();
    await expect(page.getByRole('list', { name: t('import.problems') }).getByRole('listitem')).toHaveText([
      `${t('import.record.applicant', { n: 3 })}, ${fieldLabel('ru', 'applicant', 'birthDate')}: ${t('form.invalidDate')}`,
      `${t('import.record.applicant', { n: 5 })}, ${fieldLabel('ru', 'applicant', 'citizenship')}, ${t('import.item', { n: 2 })}: ${t('form.unknownCountry')}`,
    ]);
    await saveScreen(page, 'ru-import-refused');
    await expectAccessible(page, 'import (refused)');
    expect((await core(bridge, 'applicants.list', {})).total).toBe(6);

    // A file of another kind is refused with a sentence, before anything else.
    const notes = join(dir, 'notes.docx');
    writeFileSync(notes, 'x');
    bridge.nextDialog(notes);
    await page.getByRole('button', { name: t('import.another') }).click();
    await expect(page.getByText(t('error.IMPORT_UNREADABLE'))).toBeVisible();

    await watch.expectClean();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
