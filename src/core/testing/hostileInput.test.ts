import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvokeAdapter, trustedSenderCheck } from '../../main/ipc/invokeAdapter';
import { invokeResultSchema } from '../../shared/api/contract';
import { PanohError } from '../../shared/errors';
import { createCore } from '../api/createCore';
import { toInvokeResult } from '../api/toInvokeResult';
import { parseImport } from '../import/importRecords';
import { readCsv } from '../import/readCsv';
import { safeFileName } from '../records/attachments';
import { openBody, readBundleFrame } from '../sync/bundleFile';
import { fingerprint, makeTempDir, TEST_SCRYPT, vaultFiles } from './tempVault';

const DEMO = readFileSync(join(__dirname, '../../../fixtures/demo-import.json'), 'utf8');

/** Runs `work`; a PanohError is a clean refusal, anything else thrown is a bug. */
function refusesCleanly(work: () => unknown): boolean {
  try {
    work();
    return true;
  } catch (error) {
    if (error instanceof PanohError) return true;
    throw error;
  }
}

function mutate(text: string, flips: { at: number; byte: number }[]): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  for (const { at, byte } of flips) bytes[at % bytes.length] = byte;
  return bytes;
}

describe('the import parser under hostile input', () => {
  it('refuses any string, any JSON and any mutation of a real file with a clear error, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => refusesCleanly(() => parseImport('json', text))),
      {
        numRuns: 300,
      },
    );
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => refusesCleanly(() => parseImport('json', text))),
      {
        numRuns: 300,
      },
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }),
        (flips) =>
          // Invalid UTF-8 bytes decode to replacement characters; they must be refused or kept, never crash.
          refusesCleanly(() => parseImport('json', mutate(DEMO, flips).toString('utf8'))),
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => refusesCleanly(() => parseImport('csv', text))),
      {
        numRuns: 300,
      },
    );
  });

  it('refuses deep nesting, huge fields and wrong types, naming the problem', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseImport('json', deep)).toThrow(PanohError);
    const huge = JSON.stringify({ applicants: [{ familyName: 'Ж'.repeat(5_000_000) }] });
    expect(() => parseImport('json', huge)).toThrow(
      expect.objectContaining({ fields: [{ path: 'applicants.0.familyName', issue: 'tooLong' }] }),
    );
    const types = JSON.stringify({ applicants: [{ familyName: 42, events: 'none' }], incidents: {} });
    expect(() => parseImport('json', types)).toThrow(PanohError);
    expect(() => readCsv(Buffer.from(`a,"${'x'.repeat(1000)}`), {})).toThrow(
      expect.objectContaining({ code: 'IMPORT_UNREADABLE' }),
    );
  });

  it('keeps only a plain file name from path-like attachment names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\Windows\\system32\\x.pdf')).toBe('x.pdf');
    expect(safeFileName('....')).toBe('attachment');
    expect(safeFileName(' .x.pdf')).toBe('x.pdf');
    expect(safeFileName('. . .bashrc')).toBe('bashrc');
    expect(safeFileName('решение\u0000.pdf')).toBe('решение.pdf');
    fc.assert(
      fc.property(fc.string(), (name) => !/[\\/]/.test(safeFileName(name)) && !safeFileName(name).startsWith('.')),
    );
  });
});

describe('the bundle reader under hostile input', () => {
  it('refuses random bytes with BUNDLE_DAMAGED or BUNDLE_INVALID, never a crash', () => {
    const key = Buffer.alloc(32, 7);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) =>
        refusesCleanly(() => {
          const frame = readBundleFrame(Buffer.from(bytes));
          openBody(frame, key, new PanohError('BUNDLE_DAMAGED'));
        }),
      ),
      { numRuns: 500 },
    );
    const framed = (header: string) => {
      const h = Buffer.from(header);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(h.length);
      return Buffer.concat([Buffer.from('PANOHSYNC1\n'), length, h, Buffer.alloc(200)]);
    };
    fc.assert(
      fc.property(fc.json(), (header) => refusesCleanly(() => readBundleFrame(framed(header)))),
      { numRuns: 300 },
    );
  });
});

describe('the IPC adapter under hostile input', () => {
  const temp = makeTempDir();
  const vaultPath = join(temp.dir, 'office.panoh');
  const core = createCore({ vaultPath, scrypt: TEST_SCRYPT });
  const adapter = createInvokeAdapter({
    isTrustedSender: trustedSenderCheck('panoh://app'),
    callCore: (method, input) => toInvokeResult(() => core.invoke(method as never, input)),
  });
  const page = { url: 'panoh://app/index.html', isMainFrame: true };
  let before: ReturnType<typeof fingerprint>;

  beforeAll(async () => {
    await core.invoke('vault.create', { passphrase: 'враждебный ввод проверка' });
    await core.invoke('vault.lock', {});
    before = fingerprint(vaultFiles(vaultPath));
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('answers any method name and any payload with a result, never a throw, and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.constantFrom('vault.unlock', 'applicants.create', 'import.run', '__proto__', 'constructor'),
        ),
        fc.anything(),
        async (method, input) => {
          const result = await adapter(page, method, input);
          expect(invokeResultSchema.safeParse(result).success).toBe(true);
          if (result.ok) return;
          expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+|SQLITE/);
        },
      ),
      { numRuns: 500 },
    );
    expect(fingerprint(vaultFiles(vaultPath))).toEqual(before);
  });

  it('refuses unknown methods, extra properties and other frames', async () => {
    expect(await adapter(page, 'vault.delete', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await adapter(page, 'vault.unlock', { passphrase: 'x', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await adapter({ url: 'panoh://app/index.html', isMainFrame: false }, 'vault.status', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });
});
