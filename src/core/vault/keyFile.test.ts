import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRefusal } from '../testing/expectRefusal';
import { makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { keyFilePath } from './keyFile';
import { VaultSession } from './vaultSession';

const PASSPHRASE = 'ключевой файл под замком 2026';

let temp: ReturnType<typeof makeTempDir>;
let vaultPath: string;
const sessions: VaultSession[] = [];

beforeEach(() => {
  temp = makeTempDir();
  vaultPath = join(temp.dir, 'office.panoh');
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.lock();
  temp.cleanup();
});

function session(): VaultSession {
  const vault = new VaultSession(vaultPath, { scrypt: TEST_SCRYPT });
  sessions.push(vault);
  return vault;
}

async function createdAndLocked(): Promise<string> {
  const vault = session();
  const recoveryKey = await vault.create(PASSPHRASE);
  vault.lock();
  return recoveryKey;
}

interface Wrapped {
  iv: string;
  tag: string;
  ciphertext: string;
}
/** The key file as JSON, as loosely as a test that edits it needs. */
interface Json {
  passphrase: { kdf: Record<string, unknown>; wrapped: Wrapped };
  recovery: { kdf: Record<string, unknown>; wrapped: Wrapped };
  [field: string]: unknown;
}
const readKeys = (): Json => JSON.parse(readFileSync(keyFilePath(vaultPath), 'utf8'));
const writeKeys = (keys: Json) => writeFileSync(keyFilePath(vaultPath), JSON.stringify(keys));

/** Flips one bit in the middle of a base64 value, keeping it valid base64 of the same length. */
function flipBase64(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

describe('the key file is authenticated as a whole', () => {
  it('carries a MAC under the data key, and an intact file unlocks with nothing to report', async () => {
    await createdAndLocked();
    expect(readKeys()).toMatchObject({ version: 2, mac: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/) });
    const vault = session();
    await vault.unlock(PASSPHRASE);
    expect(vault.check()).toMatchObject({ keyFile: 'ok', recoveryKey: 'ok', auditAnchor: 'ok' });
  });

  it('reports a damaged recovery slot at unlock and in the check, and a new recovery key mends it', async () => {
    const oldRecovery = await createdAndLocked();
    const keys = readKeys();
    keys.recovery.wrapped.ciphertext = flipBase64(keys.recovery.wrapped.ciphertext);
    writeKeys(keys);

    // The passphrase still opens the vault (its slot is intact), but the damage is not silent.
    const vault = session();
    await vault.unlock(PASSPHRASE);
    expect(vault.keyStatus()).toMatchObject({ keyFile: 'altered', recoveryKey: 'unconfirmed' });
    expect(vault.check()).toMatchObject({ keyFile: 'altered', recoveryKey: 'unconfirmed' });
    vault.lock();
    // Locking and unlocking again does not wash the finding away.
    const again = session();
    await again.unlock(PASSPHRASE);
    expect(again.keyStatus()).toMatchObject({ keyFile: 'altered', recoveryKey: 'unconfirmed' });

    const fresh = await again.newRecoveryKey(PASSPHRASE);
    expect(again.keyStatus()).toMatchObject({ keyFile: 'ok', recoveryKey: 'ok' });
    again.lock();
    await expectRefusal(session().recover(oldRecovery, 'новая фраза после ремонта'), 'WRONG_RECOVERY_KEY');
    await session().recover(fresh, 'новая фраза после ремонта');
  });

  it('flags a file whose MAC was removed once the vault has been sealed (no downgrade to version 1)', async () => {
    await createdAndLocked();
    const { mac: _mac, ...keys } = readKeys();
    writeKeys({ ...keys, version: 1 });
    const vault = session();
    await vault.unlock(PASSPHRASE);
    expect(vault.keyStatus().keyFile).toBe('altered');
  });

  it('refuses a GCM tag or nonce of the wrong length before trying it', async () => {
    await createdAndLocked();
    const keys = readKeys();
    const shortTag = structuredClone(keys);
    shortTag.passphrase.wrapped.tag = Buffer.from(keys.passphrase.wrapped.tag, 'base64')
      .subarray(0, 4)
      .toString('base64');
    writeKeys(shortTag);
    await expectRefusal(session().unlock(PASSPHRASE), 'VAULT_KEYS_DAMAGED');
    const shortIv = structuredClone(keys);
    shortIv.passphrase.wrapped.iv = Buffer.from(keys.passphrase.wrapped.iv, 'base64').subarray(0, 8).toString('base64');
    writeKeys(shortIv);
    await expectRefusal(session().unlock(PASSPHRASE), 'VAULT_KEYS_DAMAGED');
  });

  it('refuses KDF settings far above the defaults or a non-power-of-two N at once, as a damaged key file', async () => {
    await createdAndLocked();
    const keys = readKeys();
    for (const kdf of [
      { N: 2 ** 22, r: 32, p: 1 },
      { N: 2 ** 18, r: 16, p: 4 },
      { N: 3 * 2 ** 12, r: 8, p: 1 },
      { N: 2 ** 12, r: 8, p: 1000 },
    ]) {
      writeKeys({ ...keys, passphrase: { ...keys.passphrase, kdf: { ...keys.passphrase.kdf, ...kdf } } });
      await expectRefusal(session().unlock(PASSPHRASE), 'VAULT_KEYS_DAMAGED');
    }
  });
});
