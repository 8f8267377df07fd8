import type { Request } from '@playwright/test';
import { expect, test } from '../support/bridge';
import { confirmRecoveryKey, createVaultByKeyboard, ru } from '../support/ui';

/** Something no file format would contain by chance, with Cyrillic and Kazakh letters. */
const DISTINCTIVE_PASSPHRASE = 'Жасырын-Қорған-Zephyr-40417-әңгіме';

type PageScope = Record<string, unknown> & {
  panoh: { invoke(method: string, input: unknown): Promise<unknown> };
  document: {
    createElement(tag: string): { textContent: string };
    head: { appendChild(node: unknown): void };
    addEventListener(
      type: string,
      listener: (event: { violatedDirective: string; sourceFile: string; lineNumber: number }) => void,
    ): void;
  };
};

test('the page has no Node, a minimal bridge and a CSP that stops injected scripts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: ru('create.title') })).toBeVisible();

  expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).process)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((globalThis as unknown as PageScope).panoh))).toEqual(['invoke', 'on']);
  expect(await page.evaluate(() => Object.isFrozen((globalThis as unknown as PageScope).panoh))).toBe(true);

  const injected = await page.evaluate(async () => {
    const scope = globalThis as unknown as PageScope;
    const violations: string[] = [];
    scope.document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const script = scope.document.createElement('script');
    script.textContent = 'globalThis.__injectedRan = true;';
    scope.document.head.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ran: scope.__injectedRan === true, violations };
  });
  expect(injected.ran).toBe(false);
  expect(injected.violations).toContain('script-src-elem');
});

/** Also catches what would only show up in the packaged app: a library that evals, an inline style. */
test('ordinary use breaks no CSP rule and logs no error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    const scope = globalThis as unknown as PageScope & { __cspViolations: string[] };
    scope.__cspViolations = [];
    scope.document.addEventListener('securitypolicyviolation', (event) =>
      scope.__cspViolations.push(`${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber}`),
    );
  });

  await page.goto('/');
  await createVaultByKeyboard(page, 'ru', DISTINCTIVE_PASSPHRASE);
  await confirmRecoveryKey(page, 'ru');
  await page.getByRole('button', { name: ru('shell.nav.settings') }).click();
  await page.getByRole('button', { name: ru('shell.lock') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru('unlock.title') })).toBeVisible();

  expect(await page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual(
    [],
  );
  expect(problems).toEqual([]);
});

test('the bridge refuses unknown methods and malformed input', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: ru('create.title') })).toBeVisible();

  const results = await page.evaluate(async () => {
    const { panoh } = globalThis as unknown as PageScope;
    return {
      unknownMethod: await panoh.invoke('vault.export', {}),
      prototypeName: await panoh.invoke('constructor', {}),
      extraProperty: await panoh.invoke('vault.unlock', { passphrase: 'whatever it is', exportKey: true }),
      wrongType: await panoh.invoke('vault.unlock', { passphrase: 42 }),
      wrongPrefs: await panoh.invoke('prefs.set', { autoLockMinutes: 'never' }),
      outOfRange: await panoh.invoke('prefs.set', { autoLockMinutes: 100000 }),
      notAnObject: await panoh.invoke('vault.create', 'a passphrase given as a bare string'),
    };
  });
  expect(results.unknownMethod).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  expect(results.prototypeName).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  for (const refused of [
    results.extraProperty,
    results.wrongType,
    results.wrongPrefs,
    results.outOfRange,
    results.notAnObject,
  ]) {
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  }
  // Nothing was created or changed by any of it.
  expect(
    await page.evaluate(() => (globalThis as unknown as PageScope).panoh.invoke('vault.status', {})),
  ).toMatchObject({
    ok: true,
    value: { exists: false, unlocked: false, fileName: 'office.vault' },
  });
});

test('the vault on disk is encrypted and holds no passphrase; nothing goes to the network', async ({
  page,
  bridge,
}) => {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));

  await page.goto('/');
  await createVaultByKeyboard(page, 'ru', DISTINCTIVE_PASSPHRASE);
  await confirmRecoveryKey(page, 'ru');
  await page.getByRole('button', { name: ru('shell.nav.settings') }).click();
  await page.getByRole('button', { name: ru('shell.lock') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ru('unlock.title') })).toBeVisible();

  const vault = bridge.readVaultBytes();
  expect(vault.length).toBeGreaterThan(0);
  expect(vault.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  expect(vault.includes(Buffer.from('SQLite format 3', 'latin1'))).toBe(false);
  const secret = Buffer.from(DISTINCTIVE_PASSPHRASE, 'utf8');
  expect(vault.includes(secret)).toBe(false);
  expect(bridge.readKeyFileBytes().includes(secret)).toBe(false);

  // The core agrees: no plaintext header, cipher in place, integrity intact.
  await bridge.core.invoke('vault.unlock', { passphrase: DISTINCTIVE_PASSPHRASE });
  const check = await bridge.core.invoke('vault.check', {});
  expect(check).toMatchObject({ plaintextHeader: false, integrity: 'ok' });

  const elsewhere = requests.map((request) => request.url()).filter((url) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(url));
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});
