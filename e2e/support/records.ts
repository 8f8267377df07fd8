import { deflateSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { isMessageKey, type Language, translate } from '../../src/shared/i18n';
import type { ApplicantInput } from '../../src/shared/records/applicant';
import type { Bridge } from './bridge';
import { core } from './ui';

export { core, expectAccessible, saveScreen, say } from './ui';

/**
 * Helpers for the record screens' tests (incidents, files, import, audit log, recently deleted):
 * a vault opened through the core, seeding through the core, pictures, axe, and a watch on the
 * page for CSP violations, errors and requests that leave the app's origin.
 */

export const VAULT_PASSPHRASE = 'ночной поезд на Шымкент, 2026';

/** A fresh vault, unlocked, in the given language; the page opens on the shell. */
export async function openVault(page: Page, bridge: Bridge, language: Language = 'ru'): Promise<void> {
  await core(bridge, 'vault.create', { passphrase: VAULT_PASSPHRASE });
  await core(bridge, 'prefs.set', { language });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: translate(language, 'shell.nav.label') })).toBeVisible();
}

export async function goTo(
  page: Page,
  language: Language,
  area: 'incidents' | 'import' | 'audit' | 'trash' | 'settings' | 'sync',
) {
  await page
    .getByRole('navigation', { name: translate(language, 'shell.nav.label') })
    .getByRole('button', { name: translate(language, `shell.nav.${area}`) })
    .click();
}

export async function addApplicant(bridge: Bridge, fields: ApplicantInput): Promise<string> {
  return (await core(bridge, 'applicants.create', { fields })).id;
}

/** The label a field has on screen: its catalog label where one exists, else its own name. */
export function fieldLabel(language: Language, kind: string, field: string): string {
  const key = `${kind}.field.${field}`;
  return isMessageKey(key) ? translate(language, key) : field;
}

type Scope = { __cspViolations: string[]; document: { addEventListener(type: string, listener: unknown): void } };

/**
 * Records what must never happen while the record screens are used: a CSP violation (an eval, an
 * inline style or script, a worker from blob:), an error on the console or in the page, and any
 * request that does not go to the app's own origin (or to a blob: URL the page made itself).
 */
export async function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico by itself (the page has none); Electron shows no favicon.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`response ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      foreignRequests.push(url);
    }
  });
  await page.addInitScript(() => {
    const scope = globalThis as unknown as Scope;
    scope.__cspViolations = [];
    scope.document.addEventListener(
      'securitypolicyviolation',
      (event: { violatedDirective: string; blockedURI: string; sourceFile: string }) =>
        scope.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}`),
    );
  });
  return {
    async expectClean() {
      const violations = await page.evaluate(() => (globalThis as unknown as Scope).__cspViolations);
      expect(violations, 'CSP violations').toEqual([]);
      expect(problems, 'console and page errors').toEqual([]);
      expect(foreignRequests, 'requests outside the app').toEqual([]);
    },
  };
}

// ---------- Files made in the test ----------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small valid RGB PNG with a pattern (a stamp-like square on a pale ground), seeded so it is unique. */
export function makePng(width: number, height: number, seed: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const inStamp = x > width / 4 && x < (3 * width) / 4 && y > height / 4 && y < (3 * height) / 4;
      row[1 + x * 3] = inStamp ? 28 : 230 - ((x * seed) % 40);
      row[2 + x * 3] = inStamp ? 58 : 236 - ((y * 7 + seed) % 30);
      row[3 + x * 3] = inStamp ? 91 : 240 - ((x + y + seed) % 25);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A valid one-page PDF written by hand, with a correct cross-reference table: a dark box and a line of text. */
export function makePdf(title: string): Buffer {
  const content = [
    '0.11 0.23 0.36 rg 36 36 528 120 re f',
    '0.85 0.1 0.1 RG 4 w 36 190 m 564 190 l S',
    `BT /F1 28 Tf 36 230 Td (${title}) Tj ET`,
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 300] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
