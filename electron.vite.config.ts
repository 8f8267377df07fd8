import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * Vite's dev server injects inline scripts and styles that the strict CSP meta tag forbids. In
 * development only, the meta tag is dropped and the main process sends a development CSP header
 * instead (src/main/security/contentSecurityPolicy.ts); built pages keep the strict tag.
 */
const devOnlyCspRelaxation: Plugin = {
  name: 'panoh-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

/** Runtime dependencies that ship no CommonJS entry point. */
const ESM_ONLY_DEPENDENCIES = ['@scure/bip39', 'n2words'];

export default defineConfig({
  main: {
    build: {
      // Dependencies stay as require() calls into node_modules (packed by electron-builder), except
      // those published only as ES modules: those are bundled, so nothing relies on require(esm)
      // from inside app.asar. src/main/builtOutput.test.ts checks every require left in the output.
      externalizeDeps: { exclude: ESM_ONLY_DEPENDENCIES },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The core runs in its own utility process so a long job never freezes the window.
          coreHost: resolve(__dirname, 'src/main/core/coreHost.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
    plugins: [react(), devOnlyCspRelaxation],
  },
});
