import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type Language, languages } from '../../src/shared/i18n';
import { expect, test } from '../support/bridge';
import {
  core,
  expectAccessible,
  goTo,
  makePdf,
  makePng,
  openVault,
  saveScreen,
  say,
  watchPage,
} from '../support/records';
import { LAPTOP_VIEWPORT } from '../support/ui';

test.use({ viewport: LAPTOP_VIEWPORT });

const DEMO = readFileSync(resolve(__dirname, '../../fixtures/demo-import.json'), 'utf8');

/**
 * Pictures of the record screens (incidents, files, import, audit log, recently deleted) in every
 * language, filled with the demo file, for a person to look at; axe checks each of them.
 */
for (const language of languages as readonly Language[]) {
  test(`record screens in ${language}`, async ({ page, bridge, baseURL }) => {
    const t = say(language);
    const shot = (name: string) => saveScreen(page, `${language}-records-${name}`);
    const watch = await watchPage(page, new URL(baseURL ?? '').origin);
    await openVault(page, bridge, language);
    const { ids } = await core(bridge, 'import.run', { format: 'json', content: DEMO });
    const [latest] = (await core(bridge, 'incidents.list', {})).rows;
    if (!latest) throw new Error('the demo file has no incidents');
    for (const [fileName, bytes] of [
      ['уведомление-о-выселении.png', makePng(120, 80, 5)],
      ['решение-комиссии-2026-08-15.pdf', makePdf('Refugee Commission: decision of 15.08.2026')],
    ] as const) {
      await core(bridge, 'attachments.add', {
        ownerKind: 'incident',
        ownerId: latest.id,
        fileName,
        contentBase64: bytes.toString('base64'),
      });
    }

    await goTo(page, language, 'incidents');
    await expect(page.getByRole('table', { name: t('incidents.caption') }).getByRole('row')).toHaveCount(3);
    await shot('1-incidents');
    await expectAccessible(page, `${language} incidents`);

    await page.getByRole('button', { name: t(`incident.kind.${latest.kind}`) }).click();
    await expect(page.getByRole('region', { name: t('attachments.title'), exact: true }).getByRole('row')).toHaveCount(
      3,
    );
    await shot('2-incident-page');
    await expectAccessible(page, `${language} incident page`);
    await page.getByRole('region', { name: t('attachments.title'), exact: true }).scrollIntoViewIfNeeded();
    await shot('2b-incident-files');

    await page
      .getByRole('button', { name: t('attachments.openNamed', { name: 'решение-комиссии-2026-08-15.pdf' }) })
      .click();
    await expect(page.getByRole('img', { name: t('attachments.preview.page', { page: 1, pages: 1 }) })).toBeVisible();
    await shot('3-pdf-preview');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: t('incident.edit') }).click();
    const picker = page.getByRole('combobox', { name: t('incident.field.victimIds') });
    await picker.fill('а');
    await expect(
      page
        .getByRole('listbox', { name: t('incident.field.victimIds') })
        .getByRole('option')
        .first(),
    ).toBeVisible();
    await shot('4-incident-form-picker');
    await expectAccessible(page, `${language} incident form with the picker open`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(t(`incident.kind.${latest.kind}`));

    await goTo(page, language, 'incidents');
    await page.getByRole('button', { name: t('incidents.new') }).click();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText(t('form.required')).first()).toBeVisible();
    await shot('5-incident-form-errors');

    await goTo(page, language, 'import');
    const broken = DEMO.replace('"birthDate": "1994-11-02"', '"birthDate": "1994-11-31"').replace(
      '"citizenship": ["CN"]',
      '"citizenship": ["CN", "QQ"]',
    );
    const brokenPath = join(mkdtempSync(join(tmpdir(), 'panoh-e2e-screens-')), 'список.json');
    writeFileSync(brokenPath, broken);
    bridge.nextDialog(brokenPath);
    await page.getByRole('button', { name: t('import.choose') }).click();
    await page.getByRole('button', { name: t('import.check') }).click();
    await expect(page.getByRole('list', { name: t('import.problems') }).getByRole('listitem')).toHaveCount(2);
    rmSync(dirname(brokenPath), { recursive: true, force: true });
    await page.getByRole('list', { name: t('import.problems') }).scrollIntoViewIfNeeded();
    await shot('6-import-refused');
    await expectAccessible(page, `${language} import`);

    const victim = ids.rahimova;
    if (!victim) throw new Error('the demo file has no "rahimova"');
    await core(bridge, 'applicants.update', { id: victim, fields: { phone: '+7 700 000 00 03' } });
    await goTo(page, language, 'audit');
    await expect(page.getByRole('table', { name: t('audit.caption') })).toBeVisible();
    await shot('7-audit');
    await expectAccessible(page, `${language} audit log`);

    await core(bridge, 'applicants.delete', { id: victim });
    await core(bridge, 'incidents.delete', { id: latest.id });
    await goTo(page, language, 'trash');
    await expect(page.getByRole('table', { name: t('trash.caption') }).getByRole('row')).toHaveCount(3);
    await shot('8-trash');
    await expectAccessible(page, `${language} recently deleted`);

    // A narrow window (half a small laptop screen) still reads well.
    await page.setViewportSize({ width: 760, height: 800 });
    await goTo(page, language, 'incidents');
    await page.getByRole('button', { name: t('incident.kind.landlord_pressure') }).click();
    await shot('9-narrow-incident-page');

    await watch.expectClean();
  });
}
