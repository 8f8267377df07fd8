import { readFileSync } from 'node:fs';
import { AUTO_LOCK_MINUTES, type Prefs, prefsSchema } from '../../shared/api/contract';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages';
import { writeFileAtomic } from '../fs/atomicWrite';
import { classifyStorageError } from '../fs/fsErrors';

export const DEFAULT_PREFS: Prefs = {
  language: DEFAULT_LANGUAGE,
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  enterKey: 'next',
};

/**
 * Preferences needed before the vault is unlocked (the language of the unlock screen, the idle
 * time). They are deliberately the only thing stored outside the vault, and hold nothing about
 * any client. Without a path (the CLI) they live in memory.
 */
export class PrefsStore {
  private readonly path: string | undefined;
  private current: Prefs;

  constructor(path?: string) {
    this.path = path;
    this.current = path ? readPrefs(path) : { ...DEFAULT_PREFS };
  }

  get(): Prefs {
    return { ...this.current };
  }

  set(patch: Partial<Prefs>): Prefs {
    const next = prefsSchema.parse({ ...this.current, ...patch });
    if (this.path) {
      try {
        writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`);
      } catch (error) {
        throw classifyStorageError(error);
      }
    }
    this.current = next;
    return this.get();
  }
}

function readPrefs(path: string): Prefs {
  try {
    const parsed = prefsSchema.partial().safeParse(JSON.parse(readFileSync(path, 'utf8')));
    // A damaged or partial file falls back field by field; preferences are never worth a crash.
    return { ...DEFAULT_PREFS, ...(parsed.success ? parsed.data : {}) };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}
