import { expect, type Locator, type Page } from '@playwright/test';

/** Changes the focused (closed) select with the arrow keys until it holds `value`. */
export async function arrowSelect(
  page: Page,
  label: string,
  value: string,
  key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown',
): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  await expect(select).toBeFocused();
  for (let i = 0; i < 260 && (await select.inputValue()) !== value; i += 1) await page.keyboard.press(key);
  await expect(select).toHaveValue(value);
}

/** Moves through a group of radio buttons with the arrow keys until `label` is checked. */
export async function arrowTo(page: Page, label: string, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown'): Promise<void> {
  const radio = page.getByRole('radio', { name: label, exact: true });
  for (let i = 0; i < 10 && !(await radio.isChecked()); i += 1) await page.keyboard.press(key);
  await expect(radio).toBeChecked();
  await expect(radio).toBeFocused();
}

/** Presses Tab until `target` has the focus (a few stops at most), as a lawyer would. */
export async function tabTo(page: Page, target: Locator, most = 12): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Saves a record form: Ctrl+Enter, whatever Enter is set to do. */
export async function saveForm(page: Page): Promise<void> {
  await page.keyboard.press('Control+Enter');
}
