const PREFIX = 'reminder';

/**
 * A reminder's system notification is named after the reminder and its case, so a click can open
 * the case even after the worker that showed it has stopped (ids hold no `:`).
 */
export function reminderNotificationId(reminderId: string, caseId: string | null): string {
  return [PREFIX, reminderId, caseId ?? ''].join(':');
}

export function parseReminderNotificationId(id: string): { reminderId: string; caseId: string | null } | null {
  const [prefix, reminderId, caseId, ...rest] = id.split(':');
  if (prefix !== PREFIX || !reminderId || caseId === undefined || rest.length > 0) return null;
  return { reminderId, caseId: caseId === '' ? null : caseId };
}

/** The workspace page, opened on the case when there is one. */
export function workspacePath(caseId: string | null): string {
  return `/sidepanel.html${caseId ? `?case=${encodeURIComponent(caseId)}` : ''}`;
}
