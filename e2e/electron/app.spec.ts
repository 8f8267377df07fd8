/**
 * The real app, driven through Playwright's Electron support (DESIGN.md §3–4): window
 * preferences, the page's reach, navigation and network blocking, the IPC gate, and a vault
 * created through the UI that is encrypted on disk.
 *
 * Runs wherever an Electron binary is installed (`npm run build` first). On the development and
 * CI machines the binary cannot be downloaded, so the whole file skips itself and says why.
 * `require('electron')` is deliberately not used to find out: without a binary it starts a
 * download.
 */
import { existsSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { type MessageKey, translate } from '../../src/shared/i18n';
import { answerWordCheck } from '../support/reportsSync';

const projectRoot = resolve(__dirname, '../..');

/** Why the real app cannot be driven here, or the program to drive. */
function findElectron(): { executablePath?: string; why: string } {
  const found = findElectronBinary(projectRoot);
  if (found.why !== undefined) return { why: found.why };
  if (!existsSync(join(projectRoot, 'out', 'main', 'index.js'))) {
    return { why: 'out/main/index.js is missing: run `npm run build` first' };
  }
  // `npm run test:e2e` starts a virtual display with xvfb-run where there is none (scripts/e2e.mjs).
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { why: 'there is no display: install xvfb (xvfb-run) or run under a desktop session' };
  }
  return { executablePath: found.executablePath, why: '' };
}

const electron = findElectron();
const skipReason = `Electron binary not installed here (${electron.why}); this project runs where Electron can be downloaded`;
if (electron.executablePath === undefined) console.warn(`[electron] skipped: ${skipReason}`);
test.skip(electron.executablePath === undefined, skipReason);

const t = (key: MessageKey) => translate('ru', key);
const PASSPHRASE = 'тихий берег пустыни 1989 вечер';

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'panoh-electron-'));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'ELECTRON_RENDERER_URL' && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
  }
  // Chromium has no sandbox for root; the app accepts --no-sandbox only from the test runner, unpackaged.
  const asRoot = process.getuid?.() === 0;
  app = await _electron.launch({
    executablePath: electron.executablePath,
    args: [...(asRoot ? ['--no-sandbox'] : []), projectRoot],
    env: { ...env, PANOH_USER_DATA: userData, ...(asRoot ? { PANOH_TEST_NO_SANDBOX: '1' } : {}) },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test.describe.configure({ mode: 'serial' });

test('loads the app from panoh://app', async () => {
  expect(page.url()).toBe('panoh://app/index.html');
  expect(await page.title()).toBeTruthy();
});

test('every window has the secure web preferences', async () => {
  const all = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => {
      const contents = window.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> };
      const p = contents.getLastWebPreferences();
      return {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        webSecurity: p.webSecurity,
        nodeIntegration: p.nodeIntegration,
        nodeIntegrationInWorker: p.nodeIntegrationInWorker,
        nodeIntegrationInSubFrames: p.nodeIntegrationInSubFrames,
        webviewTag: p.webviewTag,
        allowRunningInsecureContent: p.allowRunningInsecureContent,
        experimentalFeatures: p.experimentalFeatures,
      };
    }),
  );
  expect(all).toHaveLength(1);
  for (const preferences of all) {
    expect(preferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  }
});

test('the page has no Node and exactly the bridge', async () => {
  const reach = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown> & { panoh: object };
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      bridge: Object.keys(scope.panoh),
    };
  });
  expect(reach).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridge: ['invoke', 'on'] });
});

test('window.open returns null and opens nothing', async () => {
  const before = app.windows().length;
  const opened = await page.evaluate(() => {
    const scope = globalThis as unknown as { open(url: string): unknown };
    return [scope.open('https://example.org/') === null, scope.open('panoh://app/index.html') === null];
  });
  expect(opened).toEqual([true, true]);
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(before);
});

test('navigating away does nothing', async () => {
  await page.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
  });
  await page.waitForTimeout(1000);
  expect(page.url()).toBe('panoh://app/index.html');
});

test('network requests fail', async () => {
  const outcomes = await page.evaluate(async () => {
    const attempt = async (url: string) => {
      try {
        await fetch(url);
        return 'loaded';
      } catch {
        return 'blocked';
      }
    };
    return [
      await attempt('https://example.org/'),
      await attempt('http://127.0.0.1:9/'),
      await attempt('file:///etc/hosts'),
    ];
  });
  expect(outcomes).toEqual(['blocked', 'blocked', 'blocked']);
});

test('the CSP blocks an injected inline script', async () => {
  const ran = await page.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: { createElement(tag: string): { textContent: string }; head: { appendChild(node: unknown): void } };
      }
    ).document;
    const script = doc.createElement('script');
    script.textContent = 'globalThis.__injected = true';
    doc.head.appendChild(script);
    return (globalThis as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('permission requests are denied', async () => {
  const permission = await page.evaluate(() =>
    (
      globalThis as unknown as { Notification: { requestPermission(): Promise<string> } }
    ).Notification.requestPermission(),
  );
  expect(permission).toBe('denied');
});

test('the IPC gate refuses unknown methods and bad payloads', async () => {
  const answers = await page.evaluate(async () => {
    const bridge = (globalThis as unknown as { panoh: { invoke(m: string, i: unknown): Promise<unknown> } }).panoh;
    return [
      await bridge.invoke('vault.delete', {}),
      await bridge.invoke('vault.unlock', { passphrase: 1, extra: true }),
    ];
  });
  expect(answers[0]).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  expect(answers[1]).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('creating a vault through the UI writes an encrypted file', async () => {
  await expect(page.getByRole('heading', { level: 1, name: t('create.title') })).toBeVisible();
  await page.getByLabel(t('create.passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(t('create.confirm'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(t('caseFile.create.officeName'), { exact: true }).fill('Бюро, Тараз');
  await page.getByLabel(t('caseFile.create.profileName'), { exact: true }).fill('Айгуль Серикова');
  await page.getByRole('button', { name: t('create.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('recovery.title') })).toBeVisible();
  await page.getByLabel(t('recovery.confirm')).check();
  await page.getByRole('button', { name: t('recovery.continue') }).click();
  await expect(page.getByRole('navigation', { name: t('shell.nav.label') })).toBeVisible();

  const vaultPath = join(userData, 'vault', 'office.panoh');
  expect(existsSync(vaultPath)).toBe(true);
  const head = Buffer.alloc(16);
  const fd = openSync(vaultPath, 'r');
  readSync(fd, head, 0, 16, 0);
  expect(head.toString('latin1')).not.toContain('SQLite format 3');
  if (process.platform !== 'win32') expect(statSync(join(userData, 'vault')).mode & 0o777).toBe(0o700);
});

test('a bundle is written through the native folder dialog, and a cancelled file dialog reads nothing', async () => {
  // The vault exists and is open (the test above). The native dialog is replaced in the main
  // process itself, so the route, the utility process and the core are all the real ones.
  const stick = mkdtempSync(join(tmpdir(), 'panoh-electron-stick-'));
  try {
    await page
      .getByRole('navigation', { name: t('shell.nav.label') })
      .getByRole('button', { name: new RegExp(`^${t('shell.nav.sync')}`) })
      .click();
    await page.getByRole('button', { name: t('sync.office.createSubmit') }).click();
    const grid = page.getByRole('list', { name: t('sync.words.label') });
    const words = (await grid.locator('.office-word-text').allTextContents()).map((word) => word.trim());
    await page.getByLabel(t('sync.words.confirm')).check();
    await page.getByRole('button', { name: t('caseFile.words.toCheck') }).click();
    await answerWordCheck(page, 'ru', words);
    const card = page.getByRole('region', { name: t('sync.bundles.title') });

    const answer = (choice: string | undefined) =>
      app.evaluate(({ dialog }, chosen) => {
        const replaced = dialog as unknown as { showOpenDialog: (...args: unknown[]) => Promise<unknown> };
        replaced.showOpenDialog = async () =>
          chosen === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [chosen] };
      }, choice);

    await answer(stick);
    await card.getByRole('button', { name: t('sync.bundles.exportSubmit') }).click();
    await expect(card.getByRole('status')).toContainText('.panohsync');
    const written = readdirSync(stick);
    expect(written).toHaveLength(1);
    await expect(card.getByRole('status')).toContainText(written[0] ?? '');
    await expect(page.getByText(stick)).toHaveCount(0);

    await answer(undefined);
    await card.getByRole('button', { name: t('sync.bundles.importSubmit') }).click();
    await expect(card.getByRole('status')).toHaveText(t('sync.bundles.cancelledImport'));

    // Its own bundle, read back, is refused as such: the import path reaches the core process too.
    await answer(join(stick, written[0] ?? ''));
    await card.getByRole('button', { name: t('sync.bundles.importSubmit') }).click();
    await expect(card.getByRole('alert')).toHaveText(t('error.BUNDLE_FROM_SELF'));
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});
