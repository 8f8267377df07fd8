import type { Workspace } from '../records/workspace';
import { prepared } from '../vault/prepared';
import type { VaultSession } from '../vault/vaultSession';

export const DEFAULT_REMINDER_DAYS = 7;

function setting(workspace: Workspace, key: string): string | undefined {
  return (prepared(workspace.db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)
    ?.value;
}

function save(workspace: Workspace, key: string, value: string): void {
  prepared(
    workspace.db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** Writes and verifies a backup, remembers when, and audits it (where to, never what). */
export function backupVault(
  workspace: Workspace,
  vault: VaultSession,
  target: string,
): { path: string; bytes: number } {
  const { bytes } = vault.backupTo(target);
  workspace.store.transaction(() => {
    save(workspace, 'last_backup_at', new Date().toISOString());
    workspace.audit.append({ action: 'export', targetKind: 'vault', detail: { report: 'backup', bytes } });
  });
  return { path: target, bytes };
}

export function backupStatus(workspace: Workspace, now: Date = new Date()) {
  const lastBackupAt = setting(workspace, 'last_backup_at');
  const reminderDays = Number(setting(workspace, 'backup_reminder_days') ?? DEFAULT_REMINDER_DAYS);
  const ageDays = lastBackupAt ? (now.getTime() - new Date(lastBackupAt).getTime()) / 86_400_000 : undefined;
  return {
    ...(lastBackupAt ? { lastBackupAt } : {}),
    reminderDays,
    /** True when there has never been a backup, or the last is older than the office's limit. */
    due: ageDays === undefined || ageDays > reminderDays,
  };
}

export function setReminderDays(workspace: Workspace, days: number): void {
  save(workspace, 'backup_reminder_days', String(days));
}
