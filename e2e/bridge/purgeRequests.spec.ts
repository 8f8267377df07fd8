import { exportBundle, importBundle } from '../../src/core/sync/syncService';
import { expect, test } from '../support/bridge';
import { addApplicant, core, expectAccessible, goTo, openVault, say } from '../support/records';
import { colleagueLaptop } from '../support/reportsSync';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const t = say('ru');

test('a colleague’s “delete forever” waits in Recently deleted until the lawyer confirms it or keeps the record', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, 'ru');
  const withdrawn = await addApplicant(bridge, { familyName: 'Отозванова', givenName: 'Мадина' });
  const kept = await addApplicant(bridge, { familyName: 'Оставляемова', givenName: 'Айгерим' });
  const { words } = await core(bridge, 'sync.createOffice', {});
  const colleague = await colleagueLaptop('Ноутбук бюро 2');
  try {
    await colleague.core.invoke('sync.joinOffice', { words });
    const ours = (await core(bridge, 'sync.status', {})).device.fingerprint;
    const theirs = (await colleague.core.invoke('sync.status', {})).device.fingerprint;
    const first = exportBundle(bridge.core.workspace(), { folder: colleague.stick, all: true });
    importBundle(colleague.core.workspace(), { path: first.path, trustFingerprint: ours });
    // The colleague deletes both forever (consent withdrawn) and sends a bundle back.
    for (const id of [withdrawn, kept]) await colleague.core.invoke('applicants.purge', { id });
    const back = exportBundle(colleague.core.workspace(), { folder: colleague.stick, all: false });
    const summary = importBundle(bridge.core.workspace(), { path: back.path, trustFingerprint: theirs });
    expect(summary).toMatchObject({ purged: 0, purgeRequests: 2 });
  } finally {
    colleague.dispose();
  }

  await goTo(page, 'ru', 'trash');
  const requests = page.getByRole('region', { name: t('trash.requests.title') });
  await expect(requests.getByRole('row')).toHaveCount(3);
  await expectAccessible(page, 'recently deleted, requests to delete forever');

  const keptLabel = 'Оставляемова Айгерим';
  await requests.getByRole('button', { name: t('trash.requests.keepNamed', { label: keptLabel }) }).click();
  await expect(page.getByText(t('trash.requests.kept', { label: keptLabel }))).toBeVisible();

  const label = 'Отозванова Мадина';
  await requests.getByRole('button', { name: t('trash.requests.confirmNamed', { label }) }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: t('trash.purge') }).click();
  await expect(page.getByText(t('trash.requests.confirmed', { label }))).toBeVisible();
  await expect(requests).toHaveCount(0);

  await expect(core(bridge, 'applicants.get', { id: withdrawn })).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
  // The kept person stays, deleted as the colleague left them, and can be restored.
  expect((await core(bridge, 'trash.list', {})).map((item) => item.id)).toEqual([kept]);
  expect(await core(bridge, 'trash.purgeRequests', {})).toEqual([]);
});
