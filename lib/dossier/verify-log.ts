import type { ChainProblem } from '../integrity/chain';
import type { CaseEventRecord } from '../schemas/event';

/** A chain problem in plain words, for someone who has never heard of hash chains. */
export function chainProblemWords(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'hash-mismatch':
      return `Event ${problem.seq} does not match its own hash: its content was changed after it was recorded.`;
    case 'prev-hash-mismatch':
      return `Event ${problem.seq} does not link to the event before it: events were removed, inserted or reordered.`;
    case 'seq-gap':
      return `Event ${problem.seq} stands where event ${problem.expected} should be: events are missing or out of order.`;
    case 'wrong-case':
      return `Event ${problem.seq} belongs to another case.`;
  }
}

export interface LoggedDigest {
  sha256: string;
  size: number;
  seq: number;
}

/** Every file digest the log recorded when a file was saved, by item id (the first record). */
export function loggedDigests(events: readonly CaseEventRecord[]): Map<string, LoggedDigest> {
  const out = new Map<string, LoggedDigest>();
  for (const event of events) {
    for (const blob of event.blobs) {
      if (!out.has(blob.itemId)) out.set(blob.itemId, { sha256: blob.sha256, size: blob.size, seq: event.seq });
    }
  }
  return out;
}

/**
 * Items that came into this case from another one (a move or a merge): their digest or content
 * was logged in that case's log, which the dossier does not carry.
 */
export function itemsFromOtherCases(events: readonly CaseEventRecord[], table: 'evidence' | 'messages'): Set<string> {
  const out = new Set<string>();
  for (const { type, payload } of events) {
    if (type === 'item.moved-in' && payload.table === table && typeof payload.itemId === 'string') {
      out.add(payload.itemId);
    }
    const moved = payload.moved;
    if (type === 'case.merged-from' && moved && typeof moved === 'object' && !Array.isArray(moved)) {
      const ids = moved[table];
      if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') out.add(id);
    }
  }
  return out;
}

export interface LoggedMessage {
  role: string;
  authorName: string | null;
  text: string;
  firstSeenAt: number;
  /** The event that last set the text. */
  seq: number;
}

/** Each message as the log tells it: recorded, then any revisions of its text, in order. */
export function loggedMessages(events: readonly CaseEventRecord[]): Map<string, LoggedMessage> {
  const out = new Map<string, LoggedMessage>();
  for (const { type, payload, seq } of events) {
    const message = payload.message;
    if (type === 'message.recorded' && message && typeof message === 'object' && !Array.isArray(message)) {
      const { id, role, authorName, text, firstSeenAt } = message;
      if (typeof id !== 'string' || typeof text !== 'string') continue;
      out.set(id, {
        role: String(role),
        authorName: typeof authorName === 'string' ? authorName : null,
        text,
        firstSeenAt: Number(firstSeenAt),
        seq,
      });
    }
    if (type === 'message.revised' && typeof payload.messageId === 'string' && typeof payload.text === 'string') {
      const known = out.get(payload.messageId);
      if (known) out.set(payload.messageId, { ...known, text: payload.text, seq });
    }
  }
  return out;
}
