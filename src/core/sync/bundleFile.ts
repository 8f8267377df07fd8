import { createCipheriv, createDecipheriv, type KeyObject, randomBytes, sign, verify } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { PanohError } from '../../shared/errors';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleBlob,
  type BundleChange,
  type BundleHeader,
  bundleBlobSchema,
  bundleChangeSchema,
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
 *   nonce (12) | AES-256-GCM ciphertext of the body's frames with its 16-byte tag | Ed25519 signature (64)
 * The header is the cipher's associated data, and the signature covers everything before it, so
 * a changed byte anywhere (header, body, signature) is refused before anything is applied.
 */
const MAGIC = Buffer.from('PANOHSYNC1\n', 'latin1');
const NONCE = 12;
const TAG = 16;
const SIGNATURE = 64;
/** Room for an office key announcement to every computer an office can hold (500). */
const MAX_HEADER = 512 * 1024;

/**
 * The body is a series of frames, each a 4-byte length and a gzip member of JSON lines (a change or
 * a scan per line), so neither side holds a whole office's changes as one string or one array: the
 * writer compresses as it reads the log, the reader inflates and applies one frame at a time.
 */
const FRAME_ENTRIES = 5_000;
/** More than this once one frame is inflated is a bomb, not a frame of 5,000 changes or one scan. */
const MAX_FRAME_INFLATED = 256 * 1024 * 1024;
/**
 * The whole body inflates to at most this many times its compressed size (or 64 MiB for small
 * bundles). Change logs compress about tenfold and scans barely; a bundle blown up from a few
 * megabytes of repeated bytes into gigabytes is refused before it can fill the disk.
 */
const MAX_INFLATION_RATIO = 40;
const MIN_INFLATED_ALLOWANCE = 64 * 1024 * 1024;

export type BodyEntry = { kind: 'change'; change: BundleChange } | { kind: 'blob'; blob: BundleBlob };

export class BodyWriter {
  private readonly frames: Buffer[] = [];
  private lines: string[] = [];
  changes = 0;
  blobs = 0;

  addChange(change: BundleChange): void {
    this.changes += 1;
    this.push(JSON.stringify(change));
  }

  addBlob(blob: BundleBlob): void {
    this.blobs += 1;
    // A scan is a frame of its own: frames stay small whatever the scans weigh.
    this.flush();
    this.push(JSON.stringify(blob));
    this.flush();
  }

  private push(line: string): void {
    this.lines.push(line);
    if (this.lines.length >= FRAME_ENTRIES) this.flush();
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    const member = gzipSync(Buffer.from(this.lines.join('\n'), 'utf8'), { level: 3 });
    const length = Buffer.alloc(4);
    length.writeUInt32BE(member.length);
    this.frames.push(length, member);
    this.lines = [];
  }

  /** The compressed body, whole (it is what gets encrypted and signed). */
  finish(): Buffer[] {
    this.flush();
    return this.frames;
  }
}

/**
 * The whole file in one buffer of its exact size: the body is encrypted frame by frame straight into
 * it (each compressed frame let go once encrypted), and the signature written into its tail, so a
 * large bundle is held about twice (compressed, then encrypted) rather than four times.
 */
export function writeBundle(header: BundleHeader, body: BodyWriter, key: Buffer, signingKey: KeyObject): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const frames = body.finish();
  const bodyLength = frames.reduce((sum, frame) => sum + frame.length, 0);
  const signedLength = MAGIC.length + 4 + headerBytes.length + NONCE + bodyLength + TAG;
  const file = Buffer.allocUnsafe(signedLength + SIGNATURE);
  let offset = MAGIC.copy(file, 0);
  offset = file.writeUInt32BE(headerBytes.length, offset);
  offset += headerBytes.copy(file, offset);
  const nonce = randomBytes(NONCE);
  offset += nonce.copy(file, offset);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(headerBytes);
  frames.forEach((frame, index) => {
    offset += cipher.update(frame).copy(file, offset);
    frames[index] = EMPTY;
  });
  offset += cipher.final().copy(file, offset);
  offset += cipher.getAuthTag().copy(file, offset);
  if (offset !== signedLength) throw new Error('writeBundle: the body changed while it was written');
  sign(null, file.subarray(0, signedLength), signingKey).copy(file, signedLength);
  return file;
}

const EMPTY = Buffer.alloc(0);

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

/**
 * Ciphertext is decrypted this much at a time: no whole decrypted body is ever held, and a piece
 * (kept while the frames cut from it are applied) is small beside a frame.
 */
const DECRYPT_CHUNK = 64 * 1024;

/** An opened body: its tag checked, its plaintext read again frame by frame by `bodyEntries`. */
export interface SealedBody {
  bundle: OpenedBundle;
  key: Buffer;
  /** The plaintext's length (the ciphertext's, in GCM). */
  length: number;
}

function decipherOf(bundle: OpenedBundle, key: Buffer) {
  const decipher = createDecipheriv('aes-256-gcm', key, bundle.nonce);
  decipher.setAAD(bundle.headerBytes);
  decipher.setAuthTag(bundle.sealed.subarray(bundle.sealed.length - TAG));
  return decipher;
}

/** The body's plaintext in pieces of DECRYPT_CHUNK. */
function* plaintextChunks(bundle: OpenedBundle, key: Buffer): Generator<Buffer> {
  const decipher = decipherOf(bundle, key);
  const end = bundle.sealed.length - TAG;
  for (let offset = 0; offset < end; offset += DECRYPT_CHUNK) {
    yield decipher.update(bundle.sealed.subarray(offset, Math.min(end, offset + DECRYPT_CHUNK)));
  }
}

/**
 * Checks the body's tag: a wrong key and a changed byte both fail here, before any of it is read.
 * The plaintext is decrypted and dropped piece by piece (AES-GCM over a whole office's bundle
 * takes milliseconds); `bodyEntries` decrypts it again as it reads, so an import holds one frame
 * at a time rather than a second copy of the bundle.
 */
export function openBody(bundle: OpenedBundle, key: Buffer, wrongKey: PanohError): SealedBody {
  try {
    const decipher = decipherOf(bundle, key);
    const end = bundle.sealed.length - TAG;
    for (let offset = 0; offset < end; offset += DECRYPT_CHUNK) {
      decipher.update(bundle.sealed.subarray(offset, Math.min(end, offset + DECRYPT_CHUNK)));
    }
    decipher.final();
    return { bundle, key, length: end };
  } catch {
    throw wrongKey;
  }
}

/**
 * The body's frames (each a gzip member) as they come out of the decryption. Pieces are joined only
 * once a whole frame is there, so a large scan's frame is copied once, not once per piece.
 */
function* framesOf(body: SealedBody, invalid: () => PanohError): Generator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  for (const chunk of plaintextChunks(body.bundle, body.key)) {
    parts.push(chunk);
    held += chunk.length;
    while (held >= 4) {
      if ((parts[0]?.length ?? 0) < 4) parts = [Buffer.concat(parts)];
      const end = 4 + (parts[0] as Buffer).readUInt32BE(0);
      if (held < end) break;
      const whole = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      const rest = whole.subarray(end);
      parts = rest.length > 0 ? [rest] : [];
      held = rest.length;
      yield whole.subarray(4, end);
    }
  }
  // Left over: a frame that claims more bytes than the body holds.
  if (held > 0) throw invalid();
}

/**
 * Each change and scan of an opened body, validated one by one; anything malformed refuses the
 * bundle, and so does a body that inflates far beyond its size, or a change after a scan (writers
 * put every scan after every change, so the reader knows which scans records refer to).
 */
export function* bodyEntries(body: SealedBody): Generator<BodyEntry> {
  const invalid = () => new PanohError('BUNDLE_INVALID');
  const allowance = Math.max(MIN_INFLATED_ALLOWANCE, body.length * MAX_INFLATION_RATIO);
  let inflated = 0;
  let scans = false;
  for (const frame of framesOf(body, invalid)) {
    const plain = inflateFrame(frame, Math.max(0, allowance - inflated));
    inflated += plain.length;
    if (inflated > allowance) throw new PanohError('BUNDLE_TOO_LARGE');
    for (const line of linesOf(plain)) {
      const entry = parseEntry(line, invalid);
      if (entry.kind === 'blob') scans = true;
      else if (scans) throw invalid();
      yield entry;
    }
  }
}

/** One frame inflated, within what is left of the body's allowance (`left` bytes). */
function inflateFrame(frame: Buffer, left: number): Buffer {
  try {
    return gunzipSync(frame, { maxOutputLength: Math.max(1, Math.min(MAX_FRAME_INFLATED, left)) });
  } catch (error) {
    const tooLarge = (error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
    throw tooLarge && left < MAX_FRAME_INFLATED ? new PanohError('BUNDLE_TOO_LARGE') : new PanohError('BUNDLE_INVALID');
  }
}

const NEWLINE = 0x0a;

/**
 * A frame's lines, each decoded as it is reached. Decoded whole, a frame made one string of a
 * megabyte or two that every line sliced from it kept alive while thousands of changes were
 * applied, held outside the JavaScript heap until a full collection; over a whole office's bundle
 * they waited by the dozen. Decoding all lines first costs as much again in heap.
 */
function* linesOf(plain: Buffer): Generator<string> {
  for (let start = 0; ; ) {
    const end = plain.indexOf(NEWLINE, start);
    yield plain.toString('utf8', start, end === -1 ? plain.length : end);
    if (end === -1) return;
    start = end + 1;
  }
}

function parseEntry(line: string, invalid: () => PanohError): BodyEntry {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw invalid();
  }
  const change = bundleChangeSchema.safeParse(value);
  if (change.success) return { kind: 'change', change: change.data };
  const blob = bundleBlobSchema.safeParse(value);
  if (blob.success) return { kind: 'blob', blob: blob.data };
  throw invalid();
}
