import type { ReminderRecord } from '../schemas/reminder';

/** Reminders the user should see now: due, not dismissed, soonest first. Backup reminders have their own banner. */
export function dueReminders(reminders: readonly ReminderRecord[], now: number): ReminderRecord[] {
  return reminders
    .filter((r) => r.kind !== 'backup' && r.dismissedAt === null && r.dueAt <= now)
    .sort((a, b) => a.dueAt - b.dueAt);
}
