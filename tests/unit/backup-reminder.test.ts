import { describe, expect, it } from 'vitest';
import { shouldRemindBackup } from '@/lib/reminders/backup-reminder';
import { DEFAULT_SETTINGS } from '@/lib/schemas';

const day = 24 * 3600 * 1000;
const now = 100 * day;

describe('backup reminder', () => {
  it('stays quiet without evidence, or when the last backup covers it', () => {
    expect(shouldRemindBackup(DEFAULT_SETTINGS, null, now)).toBe(false);
    expect(shouldRemindBackup({ ...DEFAULT_SETTINGS, lastBackupAt: now - day }, now - 2 * day, now)).toBe(false);
  });

  it('shows after new evidence, then at most once a week after being dismissed', () => {
    expect(shouldRemindBackup(DEFAULT_SETTINGS, now - day, now)).toBe(true);
    const dismissed = { ...DEFAULT_SETTINGS, backupReminderDismissedAt: now - 3 * day };
    expect(shouldRemindBackup(dismissed, now - day, now)).toBe(false);
    expect(shouldRemindBackup(dismissed, now - day, now + 5 * day)).toBe(true);
  });
});
