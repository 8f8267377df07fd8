import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const created: FakeWindow[] = [];

class FakeWindow extends EventEmitter {
  options: Record<string, unknown>;
  shown = false;
  loaded: string | undefined;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    created.push(this);
  }
  show() {
    this.shown = true;
  }
  async loadURL(url: string) {
    this.loaded = url;
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { createMainWindow } = await import('./window');

describe('createMainWindow', () => {
  it('creates one 1280×820 window, hidden until ready-to-show, with the secure preferences', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.js', isPackaged: true, url: 'panoh://app/index.html' });
    const window = created.at(-1);
    expect(window?.options).toMatchObject({
      width: 1280,
      height: 820,
      minWidth: expect.any(Number),
      minHeight: expect.any(Number),
      show: false,
      backgroundColor: expect.stringMatching(/^#[0-9a-f]{6}$/),
      title: 'Panoh',
      autoHideMenuBar: true,
      webPreferences: {
        preload: '/app/out/preload/index.js',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: false,
      },
    });
    expect(window?.shown).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(true);
    expect(window?.loaded).toBe('panoh://app/index.html');
  });

  it('allows DevTools only when not packaged', () => {
    createMainWindow({ preloadPath: '/p.js', isPackaged: false, url: 'http://localhost:5173/' });
    expect(created.at(-1)?.options.webPreferences).toMatchObject({ devTools: true });
  });
});
