import type { ImportContent } from './import-content';

/**
 * What would break a unique index of the database (ids; a message's key and an event's place in
 * its case): an export never holds two, so such a file was made or edited by hand.
 */
export function firstDuplicate(content: Pick<ImportContent, 'cases' | 'looseReminders'>): string | null {
  const all = content.cases;
  const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
  const unique: [string, string[]][] = [
    ['cases with one id', ids(all.map((c) => c.record))],
    ['messages with one id', ids(all.flatMap((c) => c.messages))],
    ['messages with one key in a case', all.flatMap((c) => c.messages.map((m) => `${m.caseId}\u0000${m.key}`))],
    ['evidence files with one id', ids(all.flatMap((c) => c.evidence))],
    ['facts with one id', ids(all.flatMap((c) => c.facts))],
    ['drafts with one id', ids(all.flatMap((c) => c.drafts))],
    ['reminders with one id', ids([...all.flatMap((c) => c.reminders), ...content.looseReminders])],
    ['log entries with one id', ids(all.flatMap((c) => c.events))],
    ['log entries at one place in a case', all.flatMap((c) => c.events.map((e) => `${e.caseId}\u0000${e.seq}`))],
  ];
  for (const [what, keys] of unique) if (new Set(keys).size !== keys.length) return what;
  return null;
}
