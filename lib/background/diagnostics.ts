import type { BackgroundPorts } from './ports';

const LIMIT = 100;

/**
 * Appends run one after another, per list: each is a read-modify-write of storage.session, and
 * two frames saying hello at once would otherwise both read the old list and one entry be lost.
 * Only a lock for in-flight writes, not state: a restarted worker starts with an empty chain.
 */
const pending = new Map<string, Promise<void>>();

/**
 * Short rolling lists in storage.session: rejected messages with their reason, the frames where
 * the chat script said hello, and the reminder checks run (what started each, how many were
 * due). For the user's "what happened?" and for end-to-end tests.
 */
export function appendDiagnostic(
  ports: BackgroundPorts,
  list: 'rejections' | 'frames' | 'reminderChecks',
  entry: Record<string, unknown>,
): Promise<void> {
  const append = async () => {
    const current = (await ports.session.get<Record<string, unknown>[]>(list)) ?? [];
    await ports.session.set(list, [...current.slice(-(LIMIT - 1)), { ...entry, at: Date.now() }]);
  };
  const next = (pending.get(list) ?? Promise.resolve()).then(append, append);
  pending.set(list, next);
  return next;
}
