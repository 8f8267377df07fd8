import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-records';
import { migration0003 } from './0003-search';
import { migration0004 } from './0004-deadlines';
import { migration0005 } from './0005-sync';
import { migration0006 } from './0006-statistics';
import { migration0007 } from './0007-case-file';
import { migration0008 } from './0008-revocation';
import { migration0009 } from './0009-documents';
import { migration0010 } from './0010-search-folding';
import { migration0011 } from './0011-import-mappings';
import { migration0015 } from './0015-group-statistics';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** In order; the last entry's version is the newest schema this build understands. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0015,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
