import { createCipheriv, createDecipheriv, type KeyObject, randomBytes, sign, verify } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { PanohError } from '../../shared/errors';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleBody,
  type BundleHeader,
  bundleBodySchema,
  bundleHeaderSchema,
  MAX_BUNDLE_BYTES,
} from '../../shared/sync/bundle';
import { LATEST_SCHEMA_VERSION } from '../vault/migrations';

const bundleVersionsSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int(),
  schemaVersion: z.number().int(),
});

/**
 * A bundle file:
 *   "PANOHSYNC1\n" | header length (4 bytes, big-endian) | header JSON |
 *   nonce (12) | AES-256-GCM ciphertext of gzip(body JSON) with its 16-byte tag | Ed25519 signature (64)
 * The header is the cipher's associated data, and the signature covers everything before it, so
 * a changed byte anywhere (header, body, signature) is refused before anything is applied.
 */
const MAGIC = Buffer.from('PANOHSYNC1\n', 'latin1');
const NONCE = 12;
const TAG = 16;
const SIGNATURE = 64;
const MAX_HEADER = 64 * 1024;
/** gzip of JSON compresses well; more than this once inflated is a bomb, not a bundle. */
const MAX_BODY_INFLATED = 4 * 1024 * 1024 * 1024 - 1;

export function writeBundle(header: BundleHeader, body: BundleBody, key: Buffer, signingKey: KeyObject): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(headerBytes);
  const ciphertext = Buffer.concat([
    cipher.update(gzipSync(Buffer.from(JSON.stringify(body), 'utf8'))),
    cipher.final(),
  ]);
  const signed = Buffer.concat([MAGIC, length, headerBytes, nonce, ciphertext, cipher.getAuthTag()]);
  return Buffer.concat([signed, sign(null, signed, signingKey)]);
}

export interface OpenedBundle {
  header: BundleHeader;
  headerBytes: Buffer;
  signed: Buffer;
  signature: Buffer;
  nonce: Buffer;
  sealed: Buffer;
}

/** Reads the frame and the header; nothing is decrypted or trusted yet. */
export function readBundleFrame(bytes: Buffer): OpenedBundle {
  if (bytes.length > MAX_BUNDLE_BYTES) throw new PanohError('BUNDLE_TOO_LARGE');
  const damaged = () => new PanohError('BUNDLE_DAMAGED');
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw damaged();
  const headerLength = bytes.readUInt32BE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  const bodyStart = headerStart + headerLength;
  if (headerLength > MAX_HEADER || bytes.length < bodyStart + NONCE + TAG + SIGNATURE) throw damaged();
  const headerBytes = bytes.subarray(headerStart, bodyStart);
  let raw: unknown;
  try {
    raw = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    throw damaged();
  }
  // A newer app may add header fields this one does not know: say "too new", not "damaged".
  const versions = bundleVersionsSchema.safeParse(raw);
  if (
    versions.success &&
    (versions.data.version > BUNDLE_VERSION || versions.data.schemaVersion > LATEST_SCHEMA_VERSION)
  ) {
    throw new PanohError('BUNDLE_TOO_NEW', { version: versions.data.schemaVersion, supported: LATEST_SCHEMA_VERSION });
  }
  const parsed = bundleHeaderSchema.safeParse(raw);
  if (!parsed.success) throw damaged();
  const header: BundleHeader = parsed.data;
  const signed = bytes.subarray(0, bytes.length - SIGNATURE);
  return {
    header,
    headerBytes,
    signed,
    signature: bytes.subarray(bytes.length - SIGNATURE),
    nonce: bytes.subarray(bodyStart, bodyStart + NONCE),
    sealed: bytes.subarray(bodyStart + NONCE, bytes.length - SIGNATURE),
  };
}

export function verifySignature(bundle: OpenedBundle, publicKey: KeyObject): void {
  if (!verify(null, bundle.signed, publicKey, bundle.signature)) throw new PanohError('BUNDLE_DAMAGED');
}

/** Decrypts and validates the body; a wrong key and a changed byte both fail here, as the tag does not match. */
export function openBody(bundle: OpenedBundle, key: Buffer, wrongKey: PanohError): BundleBody {
  let inflated: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bundle.nonce);
    decipher.setAAD(bundle.headerBytes);
    decipher.setAuthTag(bundle.sealed.subarray(bundle.sealed.length - TAG));
    const plain = Buffer.concat([
      decipher.update(bundle.sealed.subarray(0, bundle.sealed.length - TAG)),
      decipher.final(),
    ]);
    inflated = gunzipSync(plain, { maxOutputLength: MAX_BODY_INFLATED });
  } catch {
    throw wrongKey;
  }
  try {
    const parsed = bundleBodySchema.safeParse(JSON.parse(inflated.toString('utf8')));
    if (!parsed.success) throw new Error('invalid');
    return parsed.data;
  } catch {
    throw new PanohError('BUNDLE_INVALID');
  }
}
