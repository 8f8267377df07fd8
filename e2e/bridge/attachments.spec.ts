import { existsSync, readFileSync } from 'node:fs';
import { hostileDocx, paragraph } from '../../src/core/testing/hostileDocx';
import { ATTACHMENT_MAX_BYTES } from '../../src/shared/records/attachment';
import { expect, test } from '../support/bridge';
import { goTo as goToArea } from '../support/caseload';
import {
  addApplicant,
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

const t = say('ru');
const MAX_MEGABYTES = ATTACHMENT_MAX_BYTES / 1024 / 1024;

type CanvasScope = {
  document: {
    querySelector(selector: string): {
      width: number;
      height: number;
      getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
    } | null;
  };
};

test('scans are added by the file input, previewed in the app, refused when too large or not PDF/JPEG/PNG, and never stored in clear', async ({
  page,
  bridge,
  baseURL,
}) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  await openVault(page, bridge, 'ru');
  const victim = await addApplicant(bridge, { familyName: 'Асанова', givenName: 'Әйгерім', citizenship: ['CN'] });
  await core(bridge, 'incidents.create', {
    fields: {
      occurredOn: '2026-10-20',
      kind: 'eviction',
      perpetrator: 'landlord',
      description: 'Хозяин квартиры потребовал съехать после визита сотрудников КНБ.',
      victimIds: [victim],
    },
  });
  await goTo(page, 'ru', 'incidents');
  await page.getByRole('button', { name: t('incident.kind.eviction') }).click();
  const panel = page.getByRole('region', { name: t('attachments.title'), exact: true });
  await expect(panel.getByText(t('attachments.encrypted'))).toBeVisible();
  await expect(panel.getByText(t('attachments.empty'))).toBeVisible();
  await expect(panel.getByRole('region', { name: t('attachments.dropZone') })).toBeVisible();

  // Two files at once through the visible "Add file" control.
  const png = makePng(96, 64, 17);
  const pdf = makePdf('Decision No. 42 of the Refugee Commission');
  const input = panel.getByLabel(t('attachments.add'));
  await input.setInputFiles([
    { name: 'уведомление-о-выселении.png', mimeType: 'image/png', buffer: png },
    { name: 'решение-комиссии.pdf', mimeType: 'application/pdf', buffer: pdf },
  ]);
  await expect(panel.getByText(t('attachments.added', { name: 'решение-комиссии.pdf' }))).toBeVisible();
  const pngRow = panel.getByRole('row').filter({ hasText: 'уведомление-о-выселении.png' });
  const pdfRow = panel.getByRole('row').filter({ hasText: 'решение-комиссии.pdf' });
  await expect(pngRow).toContainText(t('attachments.type.image/png'));
  await expect(pdfRow).toContainText(t('attachments.type.application/pdf'));
  await expect(pngRow).toContainText(/КБ/);
  await saveScreen(page, 'ru-attachments-listed');
  await expectAccessible(page, 'attachments');

  // The image: shown from a blob: URL, at its real size, in a dialog that Esc closes.
  await pngRow
    .getByRole('button', { name: t('attachments.openNamed', { name: 'уведомление-о-выселении.png' }) })
    .click();
  const imageDialog = page.getByRole('dialog', { name: 'уведомление-о-выселении.png' });
  const image = imageDialog.getByRole('img', { name: 'уведомление-о-выселении.png' });
  await expect(image).toBeVisible();
  expect(await image.getAttribute('src')).toMatch(/^blob:/);
  await expect
    .poll(() => image.evaluate((node) => (node as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(96);
  await saveScreen(page, 'ru-attachments-preview-image');
  await page.keyboard.press('Escape');
  await expect(imageDialog).toBeHidden();

  // The PDF: drawn by pdf.js onto a canvas, with something on it.
  await pdfRow.getByRole('button', { name: t('attachments.openNamed', { name: 'решение-комиссии.pdf' }) }).click();
  const pdfDialog = page.getByRole('dialog', { name: 'решение-комиссии.pdf' });
  const pageOne = pdfDialog.getByRole('img', { name: t('attachments.preview.page', { page: 1, pages: 1 }) });
  await expect(pageOne).toBeVisible();
  const pixels = await page.evaluate(() => {
    const canvas = (globalThis as unknown as CanvasScope).document.querySelector('canvas.preview-page');
    if (!canvas) return { width: 0, dark: 0 };
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100 && (data[i + 3] ?? 0) > 0) dark += 1;
    return { width: canvas.width, dark };
  });
  expect(pixels.width).toBeGreaterThan(300);
  expect(pixels.dark).toBeGreaterThan(1000);
  await saveScreen(page, 'ru-attachments-preview-pdf');
  await expectAccessible(page, 'PDF preview');
  await pdfDialog.getByRole('button', { name: t('attachments.preview.close') }).click();
  await expect(pdfDialog).toBeHidden();

  // Refused in the window before a byte is read: too large, and not a PDF/JPEG/PNG.
  await input.setInputFiles([
    { name: 'скан-целиком.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 0x25) },
    { name: 'заметки.txt', mimeType: 'text/plain', buffer: Buffer.from('не вложение') },
  ]);
  await expect(
    panel.getByText(t('attachments.tooLarge', { name: 'скан-целиком.pdf', maxMegabytes: MAX_MEGABYTES })),
  ).toBeVisible();
  await expect(panel.getByText(t('attachments.unsupported', { name: 'заметки.txt' }))).toBeVisible();
  // A text file that only calls itself .pdf is refused by the core, which looks at the content.
  await input.setInputFiles({ name: 'поддельный.pdf', mimeType: 'application/pdf', buffer: Buffer.from('hello') });
  await expect(
    panel.getByText(t('attachments.failed', { name: 'поддельный.pdf', reason: t('error.ATTACHMENT_UNSUPPORTED') })),
  ).toBeVisible();
  await saveScreen(page, 'ru-attachments-refused');
  await expect(panel.getByRole('row')).toHaveCount(3);

  // Dropped onto the drop zone, as from a file manager.
  const dropZone = panel.getByRole('region', { name: t('attachments.dropZone') });
  const dataTransfer = await page.evaluateHandle(
    (base64) => {
      const scope = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
        atob(text: string): string;
      };
      const binary = scope.atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
      const transfer = new scope.DataTransfer();
      transfer.items.add(new scope.File([bytes], 'дверь-квартиры.png', { type: 'image/png' }));
      return transfer;
    },
    makePng(40, 30, 3).toString('base64'),
  );
  await dropZone.dispatchEvent('dragenter', { dataTransfer });
  await dropZone.dispatchEvent('drop', { dataTransfer });
  await expect(panel.getByText(t('attachments.added', { name: 'дверь-квартиры.png' }))).toBeVisible();
  await expect(panel.getByRole('row')).toHaveCount(4);

  // Delete asks first and can be undone.
  await pngRow
    .getByRole('button', { name: t('attachments.deleteNamed', { name: 'уведомление-о-выселении.png' }) })
    .click();
  const confirm = page.getByRole('alertdialog', { name: t('attachments.delete.title') });
  await confirm.getByRole('button', { name: t('attachments.delete.confirm') }).click();
  await expect(panel.getByText(t('attachments.deleted', { name: 'уведомление-о-выселении.png' }))).toBeVisible();
  await expect(pngRow).toBeHidden();
  expect((await core(bridge, 'trash.list', {})).map((item) => item.label)).toContain('уведомление-о-выселении.png');

  // The bytes are in the vault, encrypted: neither the file nor its WAL holds them in clear.
  const stored = [bridge.readVaultBytes()];
  if (existsSync(`${bridge.vaultPath}-wal`)) stored.push(readFileSync(`${bridge.vaultPath}-wal`));
  for (const bytes of stored) {
    expect(bytes.includes(png.subarray(0, 64))).toBe(false);
    expect(bytes.includes(png.subarray(png.length - 64))).toBe(false);
    expect(bytes.includes(Buffer.from(png.toString('base64').slice(0, 64)))).toBe(false);
    expect(bytes.includes(Buffer.from('Decision No. 42'))).toBe(false);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  }

  await watch.expectClean();
});

test('a client’s Word file that would call a server is kept, and the preview and the save-out say so', async ({
  page,
  bridge,
}) => {
  await openVault(page, bridge, 'ru');
  const person = await addApplicant(bridge, { familyName: 'Юсупова', givenName: 'Дилноза', citizenship: ['UZ'] });
  const evidence = hostileDocx({
    body: paragraph('Протокол опроса'),
    relationships: [{ type: 'image', target: 'http://203.0.113.5/p.png', external: true }],
  });
  await core(bridge, 'attachments.add', {
    ownerKind: 'applicant',
    ownerId: person,
    fileName: 'протокол.docx',
    contentBase64: evidence.toString('base64'),
  });
  // The list was drawn before the person was added behind its back: open it afresh.
  await goToArea(page, 'ru', 'settings');
  await goToArea(page, 'ru', 'applicants');
  await page.getByRole('button', { name: /ЮСУПОВА/ }).click();
  const panel = page.getByRole('region', { name: t('attachments.title'), exact: true });
  const row = panel.getByRole('row').filter({ hasText: 'протокол.docx' });
  await row.getByRole('button', { name: t('attachments.openNamed', { name: 'протокол.docx' }) }).click();
  const preview = page.getByRole('dialog', { name: 'протокол.docx' });
  await expect(preview.getByText('Протокол опроса')).toBeVisible();
  const reason = t('attachments.activeContent.DOCX_EXTERNAL_LINK', { target: 'http://203.0.113.5/p.png' });
  await expect(preview.getByRole('alert')).toContainText(reason);
  await expectAccessible(page, 'Word preview with a warning');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  await row.getByRole('button', { name: t('attachments.saveCopyNamed', { name: 'протокол.docx' }) }).click();
  const warning = page.getByRole('alertdialog', { name: t('attachments.saveCopy.title') });
  await expect(warning).toContainText(t('attachments.saveCopy.activeContent', { reason }));
  await warning.getByRole('button', { name: t('common.cancel') }).click();
  await expect(warning).toBeHidden();
});
