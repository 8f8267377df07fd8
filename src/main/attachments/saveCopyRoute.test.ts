import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Core, createCore } from '../../core/api/createCore';
import { toInvokeResult } from '../../core/api/toInvokeResult';
import { copyFileName } from '../../core/records/attachments';
import { makeReadOnlyFolder, makeTempDir, TEST_SCRYPT } from '../../core/testing/tempVault';
import { api, type InvokeResult, mainOnlyApi } from '../../shared/api/contract';
import type { AttachmentMimeType } from '../../shared/records/attachment';
import { createInvokeAdapter, trustedSenderCheck } from '../ipc/invokeAdapter';
import { createSaveCopyRoute } from './saveCopyRoute';

const APP = 'panoh://app';
const page = { url: 'panoh://app/index.html', isMainFrame: true };
const PASSPHRASE = 'ночной поезд на Шымкент';

/** A scan as the core accepts it: a PDF signature, then bytes no text search could stumble on. */
const SCAN = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(64 * 1024)]);

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let applicantId: string;
let attachmentId: string;
let documents: string;

beforeEach(async () => {
  temp = makeTempDir('panoh-save-copy-');
  core = createCore({ vaultPath: join(temp.dir, 'office.panoh'), scrypt: TEST_SCRYPT });
  await core.invoke('vault.create', { passphrase: PASSPHRASE });
  applicantId = (
    await core.invoke('applicants.create', { fields: { familyName: 'Абдурахмонов', givenName: 'Фаррух' } })
  ).id;
  attachmentId = (
    await core.invoke('attachments.add', {
      ownerKind: 'applicant',
      ownerId: applicantId,
      fileName: 'решение-Абдурахмонов.pdf',
      contentBase64: SCAN.toString('base64'),
    })
  ).id;
  documents = join(temp.dir, 'Documents');
  mkdirSync(documents);
});

afterEach(() => {
  core.close();
  temp.cleanup();
});

/** The main process: the route, a save dialog answered from a queue, the IPC gate in front. */
function shell() {
  const answers: (string | undefined)[] = [];
  const offered: { fileName: string; mimeType: AttachmentMimeType }[] = [];
  const callMainOnly = vi.fn((method: keyof typeof mainOnlyApi, input: unknown) =>
    toInvokeResult(() => core.invokeMainOnly(method, input)),
  );
  const callCore = vi.fn((method: string, input: unknown) =>
    toInvokeResult(() => core.invoke(method as keyof typeof api, input)),
  );
  const { routes } = createSaveCopyRoute({
    chooseSavePath: async (fileName, mimeType) => {
      offered.push({ fileName, mimeType });
      return answers.shift();
    },
    callMainOnly,
  });
  const adapter = createInvokeAdapter({ isTrustedSender: trustedSenderCheck(APP), callCore, shellRoutes: routes });
  return {
    offered,
    callMainOnly,
    callCore,
    pick: (choice: string | undefined) => answers.push(choice),
    ask: (method: string, input: unknown) => adapter(page, method, input),
  };
}

function value(result: InvokeResult): unknown {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

const lastAudit = () => core.workspace().audit.list({ limit: 1 })[0];

describe('saving a copy of an attachment through the main process', () => {
  it('offers the file’s name, writes the original bytes (0600) where the lawyer chose, and audits it', async () => {
    const main = shell();
    const target = join(documents, 'для суда.pdf');
    main.pick(target);
    const result = value(await main.ask('attachments.saveCopy', { id: attachmentId }));

    expect(main.offered).toEqual([{ fileName: 'решение-Абдурахмонов.pdf', mimeType: 'application/pdf' }]);
    expect(result).toEqual({ outcome: 'saved', fileName: 'для суда.pdf' });
    expect(JSON.stringify(result)).not.toContain(temp.dir);
    expect(readFileSync(target).equals(SCAN)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    // No temporary sibling is left behind.
    expect(readdirSync(documents)).toEqual(['для суда.pdf']);
    expect(main.callMainOnly).toHaveBeenCalledWith('attachments.writeCopy', { id: attachmentId, path: target });
    expect(main.callCore).not.toHaveBeenCalled();

    const entry = lastAudit();
    expect(entry).toMatchObject({
      action: 'attachment_save_out',
      targetKind: 'attachment',
      targetId: attachmentId,
      applicantId,
      detail: { ownerKind: 'applicant', format: 'pdf', bytes: SCAN.length },
    });
    // Neither the name (it names the client) nor where the copy went is in the log.
    expect(JSON.stringify(entry)).not.toMatch(/Абдурахмонов|для суда|Documents/);
    expect((await core.invoke('vault.check', {})).auditChain).toBe('ok');
  });

  it('a cancelled dialog writes nothing and audits nothing', async () => {
    const main = shell();
    const before = lastAudit();
    main.pick(undefined);
    expect(value(await main.ask('attachments.saveCopy', { id: attachmentId }))).toEqual({ outcome: 'cancelled' });
    expect(main.offered).toHaveLength(1);
    expect(main.callMainOnly).not.toHaveBeenCalledWith('attachments.writeCopy', expect.anything());
    expect(readdirSync(documents)).toEqual([]);
    expect(lastAudit()).toEqual(before);
  });

  it('a deleted or unknown attachment is refused before any dialog opens', async () => {
    const main = shell();
    await core.invoke('attachments.delete', { id: attachmentId });
    for (const id of [attachmentId, '7b0c3c52-3f1e-4c4b-9a57-0d6f2b1f7a11']) {
      const result = await main.ask('attachments.saveCopy', { id });
      expect(result).toEqual({ ok: false, error: { code: 'RECORD_NOT_FOUND', params: { kind: 'attachment' } } });
    }
    expect(main.offered).toEqual([]);
  });

  it('a folder that is gone (a pulled stick) or read-only is refused, naming no path, leaving nothing', async () => {
    const main = shell();
    const before = lastAudit();
    main.pick(join(temp.dir, 'stick-pulled-out', 'copy.pdf'));
    const gone = await main.ask('attachments.saveCopy', { id: attachmentId });
    expect(gone).toEqual({ ok: false, error: { code: 'STORAGE_MISSING' } });

    const locked = join(temp.dir, 'write-protected');
    mkdirSync(locked);
    const undo = makeReadOnlyFolder(locked);
    try {
      main.pick(join(locked, 'copy.pdf'));
      const readOnly = await main.ask('attachments.saveCopy', { id: attachmentId });
      expect(readOnly).toEqual({ ok: false, error: { code: 'VAULT_FOLDER_READONLY' } });
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      undo();
    }
    expect(lastAudit()).toEqual(before);
  });

  it('a copy over an existing file (the dialog asked first) replaces it whole', async () => {
    const main = shell();
    const target = join(documents, 'old.pdf');
    writeFileSync(target, 'an older, longer file that must not leave a tail behind'.repeat(4000));
    main.pick(target);
    value(await main.ask('attachments.saveCopy', { id: attachmentId }));
    expect(readFileSync(target).equals(SCAN)).toBe(true);
  });

  it('the vault locked while the dialog was open: nothing is written', async () => {
    const main = shell();
    const target = join(documents, 'copy.pdf');
    const { routes } = createSaveCopyRoute({
      chooseSavePath: async () => {
        await core.invoke('vault.lock', {});
        return target;
      },
      callMainOnly: (method, input) => toInvokeResult(() => core.invokeMainOnly(method, input)),
    });
    const result = await routes['attachments.saveCopy']?.({ id: attachmentId });
    expect(result).toEqual({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(existsSync(target)).toBe(false);
    expect(main.offered).toEqual([]);
  });
});

describe('the page cannot reach the path', () => {
  it('the main-only attachment methods are not in the contract, and the gate refuses them by name', async () => {
    const main = shell();
    for (const method of ['attachments.copyName', 'attachments.writeCopy']) {
      expect(Object.hasOwn(mainOnlyApi, method)).toBe(true);
      expect(Object.hasOwn(api, method)).toBe(false);
      expect(await main.ask(method, { id: attachmentId, path: join(documents, 'x.pdf') })).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_METHOD' },
      });
    }
    expect(readdirSync(documents)).toEqual([]);
    expect(main.callMainOnly).not.toHaveBeenCalled();
  });

  it('a path or anything else slipped into the input is refused before any dialog opens', async () => {
    const main = shell();
    for (const input of [
      { id: attachmentId, path: join(documents, 'x.pdf') },
      { id: attachmentId, fileName: '../../x.pdf' },
      { id: '../../etc/passwd' },
      {},
    ]) {
      const result = await main.ask('attachments.saveCopy', input);
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
    }
    expect(main.offered).toEqual([]);
  });

  it('the core itself does not answer the shell method, and checks the main-only input', async () => {
    await expect(core.invoke('attachments.saveCopy', { id: attachmentId })).rejects.toMatchObject({
      code: 'UNKNOWN_METHOD',
    });
    await expect(
      core.invokeMainOnly('attachments.writeCopy', { id: attachmentId, path: '', extra: 1 } as never),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('the name offered in the save dialog', () => {
  it('is a plain file name with the extension of what the bytes are', () => {
    expect(copyFileName('решение.pdf', 'application/pdf')).toBe('решение.pdf');
    expect(copyFileName('скан.PDF', 'application/pdf')).toBe('скан.PDF');
    expect(copyFileName('паспорт', 'image/jpeg')).toBe('паспорт.jpg');
    expect(copyFileName('фото.jpeg', 'image/jpeg')).toBe('фото.jpeg');
    // Named .png but a JPEG inside: offered as what it is, so it opens in the right program.
    expect(copyFileName('фото.png', 'image/jpeg')).toBe('фото.jpg');
    // A name that came by sync never went through safeFileName when it was added.
    expect(copyFileName('../../.bashrc', 'application/pdf')).toBe('bashrc.pdf');
    expect(copyFileName(' .hidden.pdf', 'application/pdf')).toBe('hidden.pdf');
    expect(copyFileName('..\\..\\Windows\\win.ini', 'image/png')).toBe('win.ini.png');
    // Names Windows refuses: a device name, trailing dots and spaces.
    expect(copyFileName('CON.pdf', 'application/pdf')).toBe('_CON.pdf');
    expect(copyFileName('nul', 'image/png')).toBe('_nul.png');
    expect(copyFileName('решение.pdf. . ', 'application/pdf')).toBe('решение.pdf');
    expect(copyFileName('...', 'application/pdf')).toBe('attachment.pdf');
  });
});
