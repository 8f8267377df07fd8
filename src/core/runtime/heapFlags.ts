/**
 * V8 flags for a process that runs the core (the app's utility process, the tests' Node host, the
 * benchmark's phase processes). A whole office's bundle makes garbage faster than V8's defaults for
 * a large machine collect it: with a 16 MiB young generation and an old generation allowed to grow
 * to about four times what is live, a core importing 100,000 people held over 450 MiB, most of it
 * garbage (a heap snapshot mid-import found about 50 MiB live). An 8 MiB young generation (V8's own
 * default where pointers are compressed, as in Electron) and growth by half of what is live kept
 * the same import near 250 MiB (now about 300 with the vault's 64 MiB page cache) for about 8 % more
 * time; `npm run bench` prints the peak of each phase.
 *
 * Only sizing flags: no limit, so a large job collects more often and never runs out of heap.
 */
export const CORE_HEAP_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--heap-growing-percent=50'];

/**
 * The same flags for an Electron utility process. Its `execArgv` reaches the child as Chromium
 * switches, of which Node keeps only the debugging ones; V8 reads its flags from `--js-flags`
 * before the isolate is made.
 */
export const CORE_HEAP_FLAGS_ELECTRON: readonly string[] = [`--js-flags=${CORE_HEAP_FLAGS.join(' ')}`];
