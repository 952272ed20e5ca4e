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
 * Items that came into this case from another one (a move or a merge): their digest was logged
 * in that case's log, which the dossier does not carry.
 */
export function itemsFromOtherCases(events: readonly CaseEventRecord[]): Set<string> {
  const out = new Set<string>();
  for (const { type, payload } of events) {
    if (type === 'item.moved-in' && payload.table === 'evidence' && typeof payload.itemId === 'string') {
      out.add(payload.itemId);
    }
    const moved = payload.moved;
    if (type === 'case.merged-from' && moved && typeof moved === 'object' && !Array.isArray(moved)) {
      const evidence = moved.evidence;
      if (Array.isArray(evidence)) for (const id of evidence) if (typeof id === 'string') out.add(id);
    }
  }
  return out;
}
