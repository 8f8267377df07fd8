import { z } from 'zod';

/**
 * The CSP forbids eval. zod 4 probes for it (with `new Function`) when a schema is defined, and
 * the browser reports the blocked probe as a CSP violation; `jitless` skips the probe. This module
 * is imported first by main.tsx, before any shared schema is defined.
 */
z.config({ jitless: true });
