import { defineConfig } from '@playwright/test';

/**
 * Two ways to drive the UI (DESIGN.md section 3):
 * - `chromium-bridge`: the built renderer served on 127.0.0.1 in Debian's Chromium, with
 *   `window.panoh` bridged to the real core through the real IPC adapter. Runs everywhere.
 * - `electron`: the real app through `_electron.launch`; it skips itself, saying why, where no
 *   Electron binary could be downloaded (the development and CI machines).
 */
const RENDERER_PORT = Number(process.env.PANOH_E2E_PORT ?? 4178);

export default defineConfig({
  testDir: 'e2e',
  // One tsconfig without `paths`: tsconfig.node.json maps the SQLite module to its .d.ts for the
  // typechecker only, and Playwright would otherwise load that .d.ts as code.
  tsconfig: './tsconfig.base.json',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${RENDERER_PORT}/`,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${RENDERER_PORT} --strictPort`,
    url: `http://127.0.0.1:${RENDERER_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium-bridge',
      testDir: 'e2e/bridge',
      use: {
        launchOptions: {
          executablePath: process.env.PANOH_CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
