/** Deeper than any form, draft or bundle request; deep enough to stop a stack-overflow payload. */
export const MAX_INPUT_DEPTH = 64;

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether a value is what JSON can say: strings, finite numbers, booleans, null, arrays and plain
 * objects, nested at most MAX_INPUT_DEPTH deep, with no cycle. Electron's IPC (structured clone)
 * also delivers cycles, BigInts, Maps and Dates, which made schema checks and JSON.stringify throw
 * outside every guard; they are refused before any check runs. Iterative, so depth cannot
 * overflow the stack here either.
 */
export function isPlainJson(input: unknown): boolean {
  const onPath = new Set<object>();
  const stack: { value: unknown; depth: number; leave?: object }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth, leave } = stack.pop() as { value: unknown; depth: number; leave?: object };
    if (leave) {
      onPath.delete(leave);
      continue;
    }
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return false;
      continue;
    }
    if (typeof value !== 'object') return false;
    if (depth >= MAX_INPUT_DEPTH || onPath.has(value)) return false;
    if (!Array.isArray(value) && !isPlainObject(value)) return false;
    onPath.add(value);
    stack.push({ value: undefined, depth, leave: value });
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return true;
}
