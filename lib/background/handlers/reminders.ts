import type { RepoContext } from '../../db/context';
import { getSettings } from '../../db/repos/settings';
import { resolveLocale } from '../../i18n/locale';
import { plainText } from '../../i18n/plain';
import { dueReminders } from '../../reminders/due';
import { appendDiagnostic } from '../diagnostics';
import type { BackgroundPorts } from '../ports';

export const REMINDER_ALARM = 'reminders';
export const REMINDER_CHECK_MINUTES = 15;

export interface ReminderDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
  browserLanguages?: () => readonly string[];
}

/**
 * Run by the `reminders` alarm (the worker keeps no timers): due reminders are marked fired and
 * counted on the toolbar badge, with the soonest one in the button's tooltip; each one firing for
 * the first time also shows a system notification.
 */
export async function checkReminders(deps: ReminderDeps, trigger: ReminderCheckTrigger = 'alarm'): Promise<number> {
  const repo = await deps.repo();
  const now = repo.now();
  const due = dueReminders(await repo.db.reminders.toArray(), now);
  const fresh = due.filter((r) => r.firedAt === null);
  if (fresh.length > 0) {
    await repo.db.reminders.bulkUpdate(fresh.map((r) => ({ key: r.id, changes: { firedAt: now } })));
  }
  const first = due[0];
  let title: string | null = null;
  if (first) {
    const setting = await getSettings(repo).then(
      (s) => s.language,
      () => 'auto' as const,
    );
    const locale = resolveLocale(setting, deps.browserLanguages?.() ?? globalThis.navigator?.languages ?? []);
    title = plainText(locale, (s) => s.facts.reminders.badgeTitle, { title: first.title });
    const heading = plainText(locale, (s) => s.facts.reminders.notificationTitle);
    for (const reminder of fresh) {
      // The badge already shows it: a refused notification (blocked by the system) is only logged.
      await deps.ports.notify
        .reminderFired({ reminderId: reminder.id, caseId: reminder.caseId, title: heading, message: reminder.title })
        .catch((error: unknown) => deps.ports.log(`could not show a reminder notification: ${String(error)}`));
    }
  }
  await deps.ports.notify.reminders(due.length, title);
  await appendDiagnostic(deps.ports, 'reminderChecks', { trigger, due: due.length, fired: fresh.length });
  return due.length;
}

/** What ran a reminder check: the periodic alarm, the browser starting, or an install or update. */
export type ReminderCheckTrigger = 'alarm' | 'startup' | 'installed';

/**
 * On browser start and on install or update. Reminders live in the database; the alarm does not
 * reliably survive (an update clears it) and the badge is blank after a restart. So the alarm is
 * created again and the reminders are checked at once: one that fell due while the browser was
 * closed shows now, not a period later.
 */
export async function resumeReminders(
  deps: ReminderDeps,
  scheduleAlarm: () => Promise<void>,
  trigger: Exclude<ReminderCheckTrigger, 'alarm'>,
): Promise<number> {
  await scheduleAlarm();
  return checkReminders(deps, trigger);
}
