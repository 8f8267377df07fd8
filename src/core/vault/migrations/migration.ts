import type { Db } from '../openDatabase';

/** One file per schema version; `version` is what `user_version` holds after it has run. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
