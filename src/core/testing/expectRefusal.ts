import { expect } from 'vitest';
import { type ErrorCode, PanohError } from '../../shared/errors';

/** The work is refused with this code (a PanohError, never anything else). */
export async function expectRefusal(work: Promise<unknown>, code: ErrorCode): Promise<void> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PanohError);
  expect((error as PanohError).code).toBe(code);
}
