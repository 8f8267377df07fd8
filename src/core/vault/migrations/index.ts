import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-records';
import { migration0003 } from './0003-search';
import { migration0004 } from './0004-deadlines';
import { migration0005 } from './0005-sync';
import { migration0006 } from './0006-statistics';
import { migration0009 } from './0009-documents';
import { migration0011 } from './0011-import-mappings';
import { migration0012 } from './0012-case-file';
import { migration0013 } from './0013-revocation';
import { migration0014 } from './0014-search-folding';
import { migration0015 } from './0015-documents-again';
import { migration0016 } from './0016-travel';
import { migration0017 } from './0017-group-statistics';
import { migration0019 } from './0019-purge-requests';
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
  migration0009,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0019,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
