import { z } from 'zod';

const status = z.object({ lastBackupAt: z.string().optional(), reminderDays: z.number().int(), due: z.boolean() });

/** Backup as the page sees it: the reminder. Writing a backup needs a file the lawyer picks (main process, CLI). */
export const backupMethods = {
  'backup.status': { input: z.object({}).strict(), output: status },
  'backup.setReminderDays': {
    input: z.object({ days: z.number().int().min(1).max(365) }).strict(),
    output: status,
  },
} as const;
