import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Test-only: the plaintext of every page of an SQLCipher 4 file (or of every frame of its WAL),
 * free pages and unused space included, so a test can prove a deleted text is gone from the
 * bytes and not merely from what SQL shows. SQLCipher 4 with a raw key: each page is AES-256-CBC
 * under the key, with its IV in the page's last 80 reserved bytes (IV 16, HMAC 64); page 1 keeps
 * its first 16 bytes for the salt.
 */
const PAGE = 4096;
const RESERVE = 80;
const IV = 16;
const SALT = 16;

function decryptPage(page: Buffer, key: Buffer, first: boolean): Buffer {
  const start = first ? SALT : 0;
  const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + IV);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVE)), decipher.final()]);
}

export function decryptedPages(path: string, key: Buffer): Buffer {
  if (!existsSync(path)) return Buffer.alloc(0);
  const bytes = readFileSync(path);
  const pages: Buffer[] = [];
  for (let offset = 0; offset + PAGE <= bytes.length; offset += PAGE) {
    pages.push(decryptPage(bytes.subarray(offset, offset + PAGE), key, offset === 0));
  }
  return Buffer.concat(pages);
}

/** A WAL: a 32-byte header, then frames of a 24-byte header (page number first) and one page. */
export function decryptedWal(path: string, key: Buffer): Buffer {
  if (!existsSync(path)) return Buffer.alloc(0);
  const bytes = readFileSync(path);
  const pages: Buffer[] = [];
  for (let offset = 32; offset + 24 + PAGE <= bytes.length; offset += 24 + PAGE) {
    const pageNumber = bytes.readUInt32BE(offset);
    pages.push(decryptPage(bytes.subarray(offset + 24, offset + 24 + PAGE), key, pageNumber === 1));
  }
  return Buffer.concat(pages);
}

/** Whether the plaintext holds the text in UTF-8 or UTF-16 (either byte order). */
export function holdsText(plaintext: Buffer, text: string): boolean {
  const le = Buffer.from(text, 'utf16le');
  return [Buffer.from(text, 'utf8'), le, Buffer.from(le).swap16()].some((pattern) => plaintext.includes(pattern));
}
