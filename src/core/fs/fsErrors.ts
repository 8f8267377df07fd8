import { PanohError } from '../../shared/errors';

type CodedError = { code?: unknown };

function codeOf(error: unknown): string | undefined {
  const code = (error as CodedError | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Maps file-system and SQLite failures onto the few situations a lawyer can act on. Anything
 * unrecognised stays as it is, so the caller's catch-all turns it into INTERNAL.
 */
export function classifyStorageError(error: unknown): unknown {
  if (error instanceof PanohError) return error;
  const code = codeOf(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'SQLITE_FULL':
      return new PanohError('DISK_FULL');
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_CANTOPEN':
      return new PanohError('VAULT_FOLDER_READONLY');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new PanohError('VAULT_IN_USE');
    case 'ENOENT':
    case 'ENOTDIR':
      return new PanohError('STORAGE_MISSING');
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new PanohError('VAULT_DAMAGED');
    default:
      return error;
  }
}

export function isNotFound(error: unknown): boolean {
  return codeOf(error) === 'ENOENT';
}
