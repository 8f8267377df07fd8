import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * Test-only, Linux: which of the patterns a running process's memory holds, read the way a
 * debugger, a crash dump or a forensic tool would, through /proc/PID/mem (every readable mapping:
 * the JavaScript heap, SQLite's page cache, the C heap, stacks).
 */
export function patternsInMemory(pid: number, patterns: readonly Buffer[]): Buffer[] {
  const maps = readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n').filter(Boolean);
  const longest = Math.max(...patterns.map((p) => p.length));
  const found = new Set<Buffer>();
  const fd = openSync(`/proc/${pid}/mem`, 'r');
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  try {
    for (const line of maps) {
      const [range, perms, , , , path] = line.split(/\s+/);
      if (!range || !perms?.startsWith('r') || path === '[vvar]' || path === '[vsyscall]') continue;
      const [startHex, endHex] = range.split('-');
      const start = BigInt(`0x${startHex}`);
      const end = BigInt(`0x${endHex}`);
      for (let at = start; at < end; ) {
        const length = Number(end - at < BigInt(chunk.length) ? end - at : BigInt(chunk.length));
        let read = 0;
        try {
          read = readSync(fd, chunk, 0, length, at);
        } catch {
          break; // A mapping that cannot be read (guard pages): nothing in it is reachable either.
        }
        const view = chunk.subarray(0, read);
        for (const pattern of patterns) if (!found.has(pattern) && view.includes(pattern)) found.add(pattern);
        if (read < length || found.size === patterns.length) break;
        // Step back by a pattern's length, so a match across two chunks is not missed.
        at += BigInt(Math.max(1, read - longest + 1));
      }
    }
  } finally {
    closeSync(fd);
  }
  return [...found];
}

/** A text in the forms memory keeps it: UTF-8 (and Latin-1 for ASCII), UTF-16LE (V8's two-byte strings). */
export function textForms(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
}
