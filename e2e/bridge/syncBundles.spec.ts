/**
 * USB sync bundles from the Sync screen (issue 6): the page asks to write or read a bundle, the
 * main process's route asks the lawyer in a dialog (here a stub the test answers, through the
 * same route code as Electron: src/main/sync/bundleRoutes.ts) and the real core does the work.
 * The colleague's laptop is a second core in this process.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../src/shared/i18n';
import { BUNDLE_EXTENSION } from '../../src/shared/sync/bundle';
import { type Bridge, expect, test } from '../support/bridge';
import {
  colleagueLaptop,
  createOfficeInPage,
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

/** The "Exchanging bundles" card of the Sync screen. */
function bundlesCard(page: Page, language: Language): Locator {
  return page.getByRole('region', { name: say(language)('sync.bundles.title') });
}

/** The number shown under one heading of the import summary ("New changes", "Conflicts"…). */
function summaryCount(card: Locator, label: string): Locator {
  return card.locator('.bundle-count').filter({ hasText: label });
}

/** A folder standing for this laptop's USB stick, inside the test's vault folder. */
function stickOf(bridge: Bridge): string {
  const stick = join(dirname(bridge.vaultPath), 'stick');
  mkdirSync(stick, { recursive: true });
  return stick;
}

async function applicantCount(bridge: Bridge): Promise<number> {
  return (await bridge.core.invoke('applicants.list', {})).total;
}

test("a colleague's bundle is read once the fingerprint is confirmed; a conflict made on both laptops is decided", async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge);
  await goTo(page, 'ru', 'sync');
  const card = bundlesCard(page, 'ru');
  // Without the office key there is nothing to exchange yet, and the card says why.
  await expect(card.getByText(t('sync.bundles.needOffice'))).toBeVisible();
  await expect(card.getByRole('button', { name: t('sync.bundles.importSubmit') })).toHaveCount(0);

  const words = await createOfficeInPage(page, 'ru');
  const ownFingerprint = (await bridge.core.invoke('sync.status', {})).device.fingerprint;
  const stick = stickOf(bridge);

  const colleague = await colleagueLaptop('Ноутбук бюро 2');
  try {
    await colleague.core.invoke('sync.joinOffice', { words });
    const colleagueFingerprint = (await colleague.core.invoke('sync.status', {})).device.fingerprint;
    const { id } = await colleague.core.invoke('applicants.create', {
      fields: { familyName: 'Gʻofurov', givenName: 'Jasur', address: 'Алматы, мкр. Самал-2' },
    });
    const first = await colleague.core.invokeMainOnly('sync.writeBundle', { folder: colleague.stick, all: true });

    // Reading it: the computer is unknown, so its fingerprint is shown to be compared first.
    bridge.nextDialog(first.path);
    await card.getByRole('button', { name: t('sync.bundles.importSubmit') }).click();
    const trust = card.getByRole('region', { name: t('sync.trust.title') });
    await expect(trust.getByRole('heading', { name: t('sync.trust.title') })).toBeFocused();
    await expect(
      trust.getByRole('figure', { name: t('sync.trust.fingerprint') }).locator('.fingerprint-group'),
    ).toHaveText(colleagueFingerprint.split('-'));
    await expect(trust).toContainText(t('sync.trust.text'));
    await expect(trust).toContainText(t('sync.trust.warning'));
    // The name the bundle gives itself is shown, with a reminder that only the fingerprint proves it.
    await expect(trust).toContainText(t('sync.trust.name', { device: 'Ноутбук бюро 2' }));
    expect(bridge.dialogs).toEqual(['file']);
    expect(await applicantCount(bridge)).toBe(0);
    await saveWholeScreen(page, 'ru-sync-bundle-trust');
    await expectAccessible(page, 'sync (unknown sender)');

    // Confirmed: the main process reads the file it kept (no second dialog). The core's answer is
    // held back for a moment, so the bar can be seen with the phase the core last reported.
    const release = bridge.holdBundleAnswers();
    await trust.getByRole('button', { name: t('sync.trust.confirm') }).click();
    const bar = card.getByRole('progressbar', { name: t('sync.progress.label') });
    await expect(bar).toBeVisible();
    const importPhases = (['reading', 'checking', 'merging', 'writing'] as const).map((phase) =>
      t(`sync.progress.import.${phase}`),
    );
    const last = bridge.progress.at(-1);
    if (!last) throw new Error('the core reported no progress');
    await expect(bar).toHaveAttribute('aria-valuetext', new RegExp(`^${t(`sync.progress.import.${last.phase}`)}`));
    await expect(card.getByRole('status')).toHaveText(t(`sync.progress.import.${last.phase}`));
    expect(importPhases).toContain(t(`sync.progress.import.${last.phase}`));
    // The phases came in the order the core works in, starting with reading the file.
    const phases: string[] = [...new Set(bridge.progress.map((progress) => progress.phase))];
    expect(phases[0]).toBe('reading');
    expect(phases).toEqual(['reading', 'checking', 'merging', 'writing'].filter((phase) => phases.includes(phase)));
    await saveWholeScreen(page, 'ru-sync-bundle-progress');
    await expectAccessible(page, 'sync (bundle progress)');
    release();

    await expect(bar).toHaveCount(0);
    await expect(card.getByText(t('sync.bundles.imported', { device: 'Ноутбук бюро 2' }))).toBeVisible();
    await expect(summaryCount(card, t('sync.bundles.known')).getByRole('definition')).toHaveText('0');
    await expect(summaryCount(card, t('sync.bundles.conflicts')).getByRole('definition')).toHaveText('0');
    await expect(summaryCount(card, t('sync.bundles.waiting')).getByRole('definition')).toHaveText('0');
    await expect(summaryCount(card, t('sync.bundles.received')).getByRole('definition')).not.toHaveText('0');
    expect(bridge.dialogs).toEqual(['file']);
    // The colleague's computer is now known, with the fingerprint that was confirmed.
    await expect(
      page.getByRole('table', { name: t('sync.devices.title') }).getByRole('row', { name: /Ноутбук бюро 2/ }),
    ).toContainText(colleagueFingerprint.split('-')[0] ?? '');

    // The person is in this laptop's list now.
    await goTo(page, 'ru', 'applicants');
    await expect(page.getByRole('row', { name: /GʻOFUROV/ })).toBeVisible();
    await goTo(page, 'ru', 'sync');

    // Both laptops change the address before exchanging again.
    await bridge.core.invoke('applicants.update', { id, fields: { address: 'Тараз, ул. Абая 5' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await colleague.core.invoke('applicants.update', { id, fields: { address: 'Шымкент, ул. Байтурсынова 12' } });

    // This laptop writes a bundle of what the colleague may lack onto its stick.
    await expect(card.getByRole('radio', { name: t('sync.bundles.scopeLacking') })).toBeChecked();
    bridge.nextDialog(stick);
    await card.getByRole('button', { name: t('sync.bundles.exportSubmit') }).click();
    await expect(card.getByRole('status')).toContainText(BUNDLE_EXTENSION);
    expect(bridge.dialogs).toEqual(['file', 'folder']);
    const written = readdirSync(stick);
    expect(written).toHaveLength(1);
    const [fileName = ''] = written;
    const finalWrite = bridge.progress.at(-1);
    expect(finalWrite).toMatchObject({ phase: 'writing' });
    await expect(card.getByRole('status')).toHaveText(
      t('sync.bundles.exported', { file: fileName, count: finalWrite?.total ?? -1 }),
    );
    // The page was told the file's name, never the folder it chose.
    await expect(page.getByText(stick)).toHaveCount(0);
    await saveWholeScreen(page, 'ru-sync-bundle-exported');

    // The colleague reads it, then writes a bundle back.
    await colleague.core.invokeMainOnly('sync.readBundle', {
      path: join(stick, fileName),
      trustFingerprint: ownFingerprint,
    });
    const back = await colleague.core.invokeMainOnly('sync.writeBundle', { folder: colleague.stick, all: false });

    // Reading it here: the computer is known now, so no question; a conflict to decide.
    bridge.nextDialog(back.path);
    await card.getByRole('button', { name: t('sync.bundles.importSubmit') }).click();
    await expect(card.getByText(t('sync.bundles.imported', { device: 'Ноутбук бюро 2' }))).toBeVisible();
    await expect(card.getByRole('region', { name: t('sync.trust.title') })).toHaveCount(0);
    await expect(summaryCount(card, t('sync.bundles.conflicts')).getByRole('definition')).toHaveText('1');
    const sync = navButton(page, 'ru', 'sync');
    await expect(sync).toContainText(t('shell.nav.conflictsBadge', { count: 1 }));
    await expect(page.getByText(t('sync.conflicts.count', { count: 1 }))).toBeVisible();
    await saveWholeScreen(page, 'ru-sync-bundle-imported');
    await expectAccessible(page, 'sync (bundle read, conflict)');

    // The result leads to the inbox; keeping this laptop's value writes it as a new change.
    await card.getByRole('button', { name: t('sync.bundles.goToConflicts') }).click();
    await expect(page.getByRole('heading', { level: 2, name: t('sync.conflicts.title') })).toBeFocused();
    const conflict = page.getByRole('article', { name: 'GʻOFUROV Jasur' });
    await expect(conflict.getByRole('group', { name: t('sync.conflicts.kept') })).toContainText(
      'Шымкент, ул. Байтурсынова 12',
    );
    const ours = conflict.getByRole('group', { name: t('sync.conflicts.other') });
    await expect(ours).toContainText('Тараз, ул. Абая 5');
    await ours.getByRole('button', { name: t('sync.conflicts.keep') }).click();
    await expect(page.getByText(t('sync.conflicts.resolved'))).toBeVisible();
    await expect(page.getByText(t('sync.conflicts.none'))).toBeVisible();
    await expect(sync).not.toContainText(t('shell.nav.conflictsBadge', { count: 1 }));
    expect((await bridge.core.invoke('applicants.get', { id })).applicant.address).toBe('Тараз, ул. Абая 5');
  } finally {
    colleague.dispose();
  }
});

test('refusals change nothing: a cancelled dialog, a damaged file, a fingerprint that does not match, another office, this laptop itself', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, { language: 'kk' });
  const { words } = await bridge.core.invoke('sync.createOffice', {});
  await bridge.core.invoke('applicants.create', { fields: { familyName: 'Хасанова', givenName: 'Дилноза' } });
  await goTo(page, 'kk', 'sync');
  const card = bundlesCard(page, 'kk');
  const status = card.getByRole('status');
  const alert = card.getByRole('alert');
  const exportButton = card.getByRole('button', { name: kk('sync.bundles.exportSubmit') });
  const importButton = card.getByRole('button', { name: kk('sync.bundles.importSubmit') });
  const stick = stickOf(bridge);
  const before = await bridge.core.invoke('applicants.list', {});

  // Cancelled dialogs: nothing written, nothing read.
  await card.getByRole('radio', { name: kk('sync.bundles.scopeAll') }).check();
  bridge.nextDialog(undefined);
  await exportButton.click();
  await expect(status).toHaveText(kk('sync.bundles.cancelledExport'));
  expect(readdirSync(stick)).toEqual([]);
  bridge.nextDialog(undefined);
  await importButton.click();
  await expect(status).toHaveText(kk('sync.bundles.cancelledImport'));
  expect(bridge.dialogs).toEqual(['folder', 'file']);

  // A damaged file.
  const damaged = join(stick, `panoh-damaged${BUNDLE_EXTENSION}`);
  writeFileSync(damaged, 'PANOH this is not a bundle at all');
  bridge.nextDialog(damaged);
  await importButton.click();
  await expect(alert).toHaveText(kk('error.BUNDLE_DAMAGED'));
  await saveWholeScreen(page, 'kk-sync-bundle-damaged');
  await expectAccessible(page, 'sync (damaged bundle, kk)');

  const colleague = await colleagueLaptop('Бюро ноутбугі 2');
  const stranger = await colleagueLaptop('Бөгде ноутбук');
  try {
    // A colleague's bundle whose fingerprint the lawyer finds does not match: nothing is read.
    await colleague.core.invoke('sync.joinOffice', { words });
    await colleague.core.invoke('applicants.create', { fields: { familyName: 'Юсупов' } });
    const fromColleague = await colleague.core.invokeMainOnly('sync.writeBundle', {
      folder: colleague.stick,
      all: true,
    });
    bridge.nextDialog(fromColleague.path);
    await importButton.click();
    const trust = card.getByRole('region', { name: kk('sync.trust.title') });
    await expect(trust.getByRole('heading', { name: kk('sync.trust.title') })).toBeFocused();
    await expect(alert).toHaveCount(0);
    await saveWholeScreen(page, 'kk-sync-bundle-trust');
    await expectAccessible(page, 'sync (unknown sender, kk)');
    await trust.getByRole('button', { name: kk('sync.trust.reject') }).click();
    await expect(status).toHaveText(kk('sync.trust.rejected'));
    await expect(importButton).toBeFocused();
    await expect(trust).toHaveCount(0);
    await expect(page.getByText(kk('sync.devices.none'))).toBeVisible();

    // A bundle of another office.
    await stranger.core.invoke('sync.createOffice', {});
    await stranger.core.invoke('applicants.create', { fields: { familyName: 'Чужой' } });
    const foreign = await stranger.core.invokeMainOnly('sync.writeBundle', { folder: stranger.stick, all: true });
    bridge.nextDialog(foreign.path);
    await importButton.click();
    await expect(alert).toHaveText(kk('error.BUNDLE_WRONG_OFFICE'));

    // A bundle this laptop wrote itself.
    bridge.nextDialog(stick);
    await exportButton.click();
    await expect(status).toContainText(BUNDLE_EXTENSION);
    const own = readdirSync(stick).find((name) => name !== `panoh-damaged${BUNDLE_EXTENSION}`) ?? '';
    await expect(status).toContainText(own);
    await saveWholeScreen(page, 'kk-sync-bundle-exported');
    bridge.nextDialog(join(stick, own));
    await importButton.click();
    await expect(alert).toHaveText(kk('error.BUNDLE_FROM_SELF'));

    expect(await bridge.core.invoke('applicants.list', {})).toEqual(before);
    expect(await bridge.core.invoke('sync.devices', {})).toHaveLength(1);
  } finally {
    colleague.dispose();
    stranger.dispose();
  }
});
