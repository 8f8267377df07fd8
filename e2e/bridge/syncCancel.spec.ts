/**
 * A long bundle import stopped from its progress panel (issue 15): the whole import is one
 * transaction, and the core pauses between its steps to hear the Cancel, so the vault is left
 * exactly as it was, at once, and the same bundle can be read in full afterwards.
 */
import type { Page } from '@playwright/test';
import { applicantSpec } from '../../src/core/records/specs';
import type { Language } from '../../src/shared/i18n';
import { applicantFieldsSchema } from '../../src/shared/records/applicant';
import { expect, test } from '../support/bridge';
import { colleagueLaptop, expectAccessible, goTo, openVault, say } from '../support/reportsSync';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');
/** A national network's first bundle, in small: enough changes that reading it takes a while. */
const PEOPLE = 30_000;

function bundlesCard(page: Page, language: Language = 'ru') {
  return page.getByRole('region', { name: say(language)('sync.bundles.title') });
}

test('a long bundle import is cancelled from its progress panel and leaves the vault as it was', async ({
  page,
  bridge,
}) => {
  test.setTimeout(180_000);
  await openVault(page, bridge);
  const { words } = await bridge.core.invoke('sync.createOffice', {});
  await bridge.core.invoke('applicants.create', { fields: { familyName: 'Хасанова', givenName: 'Дилноза' } });
  const colleague = await colleagueLaptop('Ноутбук бюро 2');
  try {
    await colleague.core.invoke('sync.joinOffice', { words });
    const colleagueFingerprint = (await colleague.core.invoke('sync.status', {})).device.fingerprint;
    // The colleague's laptop is trusted already (an earlier bundle was read and its fingerprint compared).
    const first = await colleague.core.invokeMainOnly('sync.writeBundle', { folder: colleague.stick, all: true });
    await bridge.core.invokeMainOnly('sync.readBundle', { path: first.path, trustFingerprint: colleagueFingerprint });
    const docs = Array.from({ length: PEOPLE }, (_, i) =>
      applicantFieldsSchema.parse({ familyName: `Юсупов${i}`, givenName: 'Жасур' }),
    );
    colleague.core.workspace().store.createMany(applicantSpec, docs);
    const large = await colleague.core.invokeMainOnly('sync.writeBundle', { folder: colleague.stick, all: true });
    const before = await bridge.core.invoke('applicants.list', {});
    const auditBefore = (await bridge.core.invoke('vault.check', {})).auditEntries;

    await goTo(page, 'ru', 'sync');
    const card = bundlesCard(page);
    const status = card.getByRole('status');
    bridge.nextDialog(large.path);
    await card.getByRole('button', { name: t('sync.bundles.importSubmit') }).click();
    const cancel = card.getByRole('button', { name: t('sync.bundles.cancelImport') });
    // Pressed as soon as it shows, beside the bar (the import goes on meanwhile).
    await cancel.click();

    // Undone at once: the message says nothing was kept, and nothing was.
    await expect(status).toHaveText(t('error.BUNDLE_IMPORT_CANCELLED'));
    await expect(cancel).toHaveCount(0);
    await expect(card.getByRole('progressbar')).toHaveCount(0);
    await expect(card.getByRole('alert')).toHaveCount(0);
    expect(await bridge.core.invoke('applicants.list', {})).toEqual(before);
    expect((await bridge.core.invoke('vault.check', {})).auditEntries).toBe(auditBefore);
    await expectAccessible(page, 'sync (import cancelled)');

    // The same message in Kazakh and in English.
    for (const [language, button] of [
      ['kk', 'Қазақша'],
      ['en', 'English'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect(bundlesCard(page, language).getByRole('status')).toHaveText(
        say(language)('error.BUNDLE_IMPORT_CANCELLED'),
      );
    }
    await page.getByRole('button', { name: 'Русский' }).click();

    // Read again and left to finish, the same bundle brings everyone.
    bridge.nextDialog(large.path);
    await card.getByRole('button', { name: t('sync.bundles.importSubmit') }).click();
    await expect(card.getByText(t('sync.bundles.imported', { device: 'Ноутбук бюро 2' }))).toBeVisible({
      timeout: 150_000,
    });
    expect((await bridge.core.invoke('applicants.list', {})).total).toBe(before.total + PEOPLE);
  } finally {
    colleague.dispose();
  }
});
