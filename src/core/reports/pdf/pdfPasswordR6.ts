import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The password entries of a PDF's Standard security handler, revision 6 (ISO 32000-2, 7.6.4.3):
 * AES-256, with the hardened hash of algorithm 2.B, where every guess costs 64 or more rounds of
 * AES-128 over a kilobyte-sized buffer and SHA-256/384/512. Revision 5, which pdfkit 0.20 writes
 * and has no setting to change, costs one SHA-256 per guess. Only node:crypto primitives are used.
 *
 * Revisions 5 and 6 share the file key and the way every object is encrypted (AESV3); they differ
 * only in how U, UE, O and OE are derived from the password. So pdfkit encrypts the file and these
 * entries replace its own.
 */
export interface R6Entries {
  U: Uint8Array;
  UE: Uint8Array;
  O: Uint8Array;
  OE: Uint8Array;
}

/**
 * The password as the spec wants it: SASLprep, UTF-8, at most 127 bytes. Full SASLprep maps a few
 * rare characters more; NFKC is its normalisation step, and the export schema already refuses the
 * control and format characters that SASLprep prohibits.
 */
export function pdfPasswordBytes(password: string): Buffer {
  return Buffer.from(password.normalize('NFKC'), 'utf8').subarray(0, 127);
}

/** Algorithm 2.B: the hash of a password with a salt (and, for the owner, the U entry). */
export function hardenedHash(password: Buffer, salt: Buffer, userEntry: Buffer = Buffer.alloc(0)): Buffer {
  let k = createHash('sha256')
    .update(Buffer.concat([password, salt, userEntry]))
    .digest();
  for (let round = 0; ; round++) {
    const block = Buffer.concat([password, k, userEntry]);
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => block));
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32));
    cipher.setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    // The first 16 bytes of E as a big-endian number, modulo 3: each byte is 256 ≡ 1 (mod 3).
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i] ?? 0;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3] ?? 'sha256')
      .update(e)
      .digest();
    if (round >= 63 && (e[e.length - 1] ?? 0) <= round - 31) break;
  }
  return k.subarray(0, 32);
}

function wrapFileKey(key: Buffer, fileKey: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-cbc', key, Buffer.alloc(16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(fileKey), cipher.final()]);
}

/** U, UE, O and OE for one password (user and owner alike) and the document's 32-byte file key. */
export function r6Entries(password: string, fileKey: Uint8Array): R6Entries {
  if (fileKey.length !== 32) throw new Error('the file key of AES-256 is 32 bytes');
  const bytes = pdfPasswordBytes(password);
  const [userValidation, userKey, ownerValidation, ownerKey] = [0, 1, 2, 3].map(() => randomBytes(8)) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  const U = Buffer.concat([hardenedHash(bytes, userValidation), userValidation, userKey]);
  const UE = wrapFileKey(hardenedHash(bytes, userKey), fileKey);
  const O = Buffer.concat([hardenedHash(bytes, ownerValidation, U), ownerValidation, ownerKey]);
  const OE = wrapFileKey(hardenedHash(bytes, ownerKey, U), fileKey);
  return { U, UE, O, OE };
}
