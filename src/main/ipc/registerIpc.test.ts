import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { InvokeResult } from '../../shared/api/contract';
import { createInvokeAdapter, trustedSenderCheck } from './invokeAdapter';
import { createInvokeHandler, forwardCoreEvents, registerIpc } from './registerIpc';

const mainContents = { id: 1 } as unknown as WebContents;
const otherContents = { id: 2 } as unknown as WebContents;

function event(sender: WebContents, url: string, isTop = true): IpcMainInvokeEvent {
  const parent = isTop ? null : { url: 'panoh://app/index.html' };
  return { sender, senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

function setup() {
  const callCore = vi.fn(async (): Promise<InvokeResult> => ({ ok: true, value: { fine: true } }));
  const adapter = createInvokeAdapter({ isTrustedSender: trustedSenderCheck('panoh://app'), callCore });
  const handler = createInvokeHandler({ adapter, isMainWindow: (contents) => contents === mainContents });
  return { handler, callCore };
}

describe('registerIpc', () => {
  it('handles panoh:invoke and can remove the handler', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const remove = registerIpc(ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>, {
      adapter: vi.fn(),
      isMainWindow: () => true,
    });
    expect(ipcMain.handle).toHaveBeenCalledWith('panoh:invoke', expect.any(Function));
    remove();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('panoh:invoke');
  });

  it("passes the main window's top frame on the app origin through to the core", async () => {
    const { handler, callCore } = setup();
    expect(await handler(event(mainContents, 'panoh://app/index.html'), 'vault.status', {})).toEqual({
      ok: true,
      value: { fine: true },
    });
    expect(callCore).toHaveBeenCalledWith('vault.status', {});
  });

  it('refuses another webContents even on the app origin', async () => {
    const { handler, callCore } = setup();
    expect(await handler(event(otherContents, 'panoh://app/index.html'), 'vault.status', {})).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(callCore).not.toHaveBeenCalled();
  });

  it('refuses a subframe, another origin, and a destroyed frame', async () => {
    const { handler, callCore } = setup();
    const forbidden = { ok: false, error: { code: 'FORBIDDEN_SENDER' } };
    expect(await handler(event(mainContents, 'panoh://app/index.html', false), 'vault.status', {})).toEqual(forbidden);
    expect(await handler(event(mainContents, 'https://example.org/'), 'vault.status', {})).toEqual(forbidden);
    const destroyed = { sender: mainContents, senderFrame: null } as unknown as IpcMainInvokeEvent;
    expect(await handler(destroyed, 'vault.status', {})).toEqual(forbidden);
    expect(callCore).not.toHaveBeenCalled();
  });

  it('validates the payload', async () => {
    const { handler, callCore } = setup();
    const result = await handler(event(mainContents, 'panoh://app/index.html'), 'vault.unlock', { passphrase: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(callCore).not.toHaveBeenCalled();
  });
});

describe('forwardCoreEvents', () => {
  it('sends (name, payload) on panoh:event to the window', () => {
    const send = vi.fn();
    const contents = { send, isDestroyed: () => false } as unknown as WebContents;
    forwardCoreEvents(() => contents)('vault.locked', { reason: 'idle' });
    expect(send).toHaveBeenCalledWith('panoh:event', 'vault.locked', { reason: 'idle' });
  });

  it('does nothing without a live window', () => {
    const send = vi.fn();
    forwardCoreEvents(() => undefined)('vault.locked', { reason: 'idle' });
    forwardCoreEvents(() => ({ send, isDestroyed: () => true }) as unknown as WebContents)('vault.locked', {});
    expect(send).not.toHaveBeenCalled();
  });
});
