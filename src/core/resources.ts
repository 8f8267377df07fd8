import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds a file shipped in `resources/`: next to the sources (tests, CLI), next to the built
 * bundle (`out/main`), or inside the packaged app. PANOH_RESOURCES overrides for odd layouts.
 */
export function resourcePath(relative: string): string {
  const roots = [process.env.PANOH_RESOURCES];
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    roots.push(join(dir, 'resources'));
    dir = dirname(dir);
  }
  for (const root of roots) {
    if (root && existsSync(join(root, relative))) return join(root, relative);
  }
  throw new Error(`resource missing: ${relative}`);
}
