import type { Settings } from '../schemas/settings';

export const BACKUP_REMINDER_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Uninstalling an extension deletes its data, so after new evidence we remind the user to back
 * up — gently: at most once a week, and never when nothing is new since the last backup.
 */
export function shouldRemindBackup(settings: Settings, lastEvidenceAt: number | null, now: number): boolean {
  if (lastEvidenceAt === null) return false;
  if (settings.lastBackupAt !== null && lastEvidenceAt <= settings.lastBackupAt) return false;
  const quietSince = Math.max(settings.backupReminderDismissedAt ?? 0, settings.firstRunCompletedAt ?? 0);
  return now - quietSince >= BACKUP_REMINDER_INTERVAL_MS || settings.backupReminderDismissedAt === null;
}
