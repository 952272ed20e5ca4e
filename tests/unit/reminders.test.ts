import { describe, expect, it } from 'vitest';
import { checkReminders, resumeReminders } from '@/lib/background/handlers/reminders';
import { createCase } from '@/lib/db/repos/cases';
import { addManualFact, dismissReminder, remindAboutFact } from '@/lib/db/repos/facts';
import { updateSettings } from '@/lib/db/repos/settings';
import { fakePorts } from '../helpers/fake-ports';
import { freshRepo } from '../helpers/repo';
import { parseReminderNotificationId, reminderNotificationId, workspacePath } from '@/lib/reminders/notification-id';

async function setup() {
  const env = await freshRepo();
  const { ports, session, notices } = fakePorts();
  const shown: [number, string | null][] = [];
  ports.notify.reminders = async (count, title) => void shown.push([count, title]);
  const acme = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  const fact = await addManualFact(env.repo, acme.id, 'promise', 'refund within 5 business days');
  const deps = { ports, repo: async () => env.repo, browserLanguages: () => ['en-US'] };
  return { ...env, deps, shown, fact, session, notices, acme };
}

describe('reminders', () => {
  it('counts due reminders on the badge, marks them fired once, and clears when dismissed', async () => {
    const { repo, db, clock, deps, shown, fact } = await setup();
    const soon = await remindAboutFact(repo, fact.id, clock.now + 60_000, 'Marcus promised the refund');
    await remindAboutFact(repo, fact.id, clock.now + 86_400_000, 'Courier by Friday');
    expect(await checkReminders(deps)).toBe(0);
    expect(shown.at(-1)).toEqual([0, null]);

    clock.now += 120_000;
    expect(await checkReminders(deps)).toBe(1);
    expect(shown.at(-1)).toEqual([1, 'Paper Trail — due: Marcus promised the refund']);
    const firedAt = (await db.reminders.get(soon.id))!.firedAt;
    expect(firedAt).toBe(clock.now);
    clock.now += 60_000;
    await checkReminders(deps);
    expect((await db.reminders.get(soon.id))!.firedAt).toBe(firedAt);

    await dismissReminder(repo, soon.id);
    expect(await checkReminders(deps)).toBe(0);
    expect(shown.at(-1)).toEqual([0, null]);
  });

  it('shows a system notification once for each reminder as it falls due, naming its case', async () => {
    const { repo, clock, deps, fact, notices, acme } = await setup();
    const first = await remindAboutFact(repo, fact.id, clock.now + 60_000, 'Marcus promised the refund');
    const second = await remindAboutFact(repo, fact.id, clock.now + 120_000, 'Courier by Friday');
    await checkReminders(deps);
    expect(notices).toEqual([]);
    clock.now += 60_000;
    await checkReminders(deps);
    clock.now += 60_000;
    await checkReminders(deps);
    await checkReminders(deps);
    expect(notices).toEqual([
      { reminderId: first.id, caseId: acme.id, title: 'Paper Trail reminder', message: 'Marcus promised the refund' },
      { reminderId: second.id, caseId: acme.id, title: 'Paper Trail reminder', message: 'Courier by Friday' },
    ]);
  });

  it('still counts a reminder on the badge when the system refuses the notification', async () => {
    const { repo, db, clock, deps, shown, fact } = await setup();
    deps.ports.notify.reminderFired = async () => {
      throw new Error('notifications are blocked');
    };
    const due = await remindAboutFact(repo, fact.id, clock.now, 'Marcus promised the refund');
    expect(await checkReminders(deps)).toBe(1);
    expect(shown.at(-1)).toEqual([1, 'Paper Trail — due: Marcus promised the refund']);
    expect((await db.reminders.get(due.id))!.firedAt).toBe(clock.now);
  });

  it('words the tooltip in the user’s language', async () => {
    const { repo, clock, deps, shown, fact } = await setup();
    await updateSettings(repo, (s) => ({ ...s, language: 'ru' }));
    await remindAboutFact(repo, fact.id, clock.now, 'Возврат 3 490 ₽');
    await checkReminders(deps);
    expect(shown.at(-1)).toEqual([1, 'Paper Trail — срок настал: Возврат 3 490 ₽']);
  });

  it('on browser start, re-creates the alarm and shows a reminder that fell due while it was closed', async () => {
    const { repo, db, clock, deps, shown, fact, session } = await setup();
    const missed = await remindAboutFact(repo, fact.id, clock.now + 60_000, 'Marcus promised the refund');
    const later = await remindAboutFact(repo, fact.id, clock.now + 30 * 86_400_000, 'Courier by Friday');
    // The browser is closed for an hour: no alarm ran meanwhile.
    clock.now += 3_600_000;
    const scheduled: string[] = [];
    expect(await resumeReminders(deps, async () => void scheduled.push('alarm'), 'startup')).toBe(1);
    expect(scheduled).toEqual(['alarm']);
    expect(shown).toEqual([[1, 'Paper Trail — due: Marcus promised the refund']]);
    expect((await db.reminders.get(missed.id))!.firedAt).toBe(clock.now);
    expect((await db.reminders.get(later.id))!.firedAt).toBeNull();
    expect(session.get('reminderChecks')).toMatchObject([{ trigger: 'startup', due: 1, fired: 1 }]);
  });

  it('after an install or update with nothing due, re-creates the alarm and clears the badge', async () => {
    const { repo, clock, deps, shown, fact, session } = await setup();
    await remindAboutFact(repo, fact.id, clock.now + 30 * 86_400_000, 'Courier by Friday');
    const scheduled: string[] = [];
    expect(await resumeReminders(deps, async () => void scheduled.push('alarm'), 'installed')).toBe(0);
    expect(scheduled).toEqual(['alarm']);
    expect(shown).toEqual([[0, null]]);
    expect(session.get('reminderChecks')).toMatchObject([{ trigger: 'installed', due: 0, fired: 0 }]);
  });
});

describe('reminder notification ids', () => {
  it('carry the reminder and its case, and refuse anything else', () => {
    expect(parseReminderNotificationId(reminderNotificationId('r-12345678', 'c-12345678'))).toEqual({
      reminderId: 'r-12345678',
      caseId: 'c-12345678',
    });
    expect(parseReminderNotificationId(reminderNotificationId('r-12345678', null))).toEqual({
      reminderId: 'r-12345678',
      caseId: null,
    });
    for (const other of ['', 'reminder', 'reminder::c', 'capture:r:c', 'reminder:r:c:extra']) {
      expect(parseReminderNotificationId(other)).toBeNull();
    }
    expect(workspacePath('c-1')).toBe('/sidepanel.html?case=c-1');
    expect(workspacePath(null)).toBe('/sidepanel.html');
  });
});
