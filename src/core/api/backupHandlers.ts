import type { z } from 'zod';
import type { backupMethods } from '../../shared/api/backupMethods';
import { backupStatus, setReminderDays } from '../backup/backupService';
import type { Workspace } from '../records/workspace';

type BackupMethods = typeof backupMethods;
export type BackupHandlers = {
  [M in keyof BackupMethods]: (input: z.output<BackupMethods[M]['input']>) => z.output<BackupMethods[M]['output']>;
};

export function backupHandlers(ws: () => Workspace): BackupHandlers {
  return {
    'backup.status': () => backupStatus(ws()),
    'backup.setReminderDays': ({ days }) => {
      setReminderDays(ws(), days);
      return backupStatus(ws());
    },
  };
}
