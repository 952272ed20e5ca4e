import type { CaseEventRecord, HashedEvent } from '../schemas/event';
import { canonicalJson } from './canonical-json';
import { sha256HexOfText } from './sha256';

/** Bumped only if the hashed form changes; verifiers need it to recompute old logs. */
export const EVENT_HASH_VERSION = 1;

/**
 * SHA-256 over the RFC 8785 (JCS) canonical JSON of the event's hashed part, so anyone can
 * recompute it with standard tools: {"v":1,"caseId":…,"seq":…,"at":…,"type":…,"payload":…,
 * "blobs":[…],"prevHash":…} with keys sorted as JCS sorts them.
 */
export function computeEventHash(event: HashedEvent): string {
  return sha256HexOfText(canonicalEventText(event));
}

/** The exact text `computeEventHash` digests; throws when none exists (a lone surrogate). */
export function canonicalEventText(event: HashedEvent): string {
  const hashed = {
    v: EVENT_HASH_VERSION,
    caseId: event.caseId,
    seq: event.seq,
    at: event.at,
    type: event.type,
    payload: event.payload,
    blobs: event.blobs,
    prevHash: event.prevHash,
  };
  const canonical = canonicalJson(hashed);
  if (canonical === undefined) throw new Error('event cannot be canonicalised');
  return canonical;
}

export type ChainProblem =
  | { kind: 'seq-gap'; seq: number; expected: number }
  | { kind: 'prev-hash-mismatch'; seq: number }
  | { kind: 'hash-mismatch'; seq: number }
  | { kind: 'wrong-case'; seq: number };

export interface ChainVerdict {
  ok: boolean;
  /** Hash of the last event: the value a witness line records. */
  rootHash: string | null;
  length: number;
  problems: ChainProblem[];
}

/**
 * The event's hash, or null when none can be computed: canonical JSON refuses a lone surrogate,
 * which a hand-edited file can hold. Such an event cannot match its recorded hash.
 */
function hashOrNull(event: HashedEvent): string | null {
  try {
    return computeEventHash(event);
  } catch {
    return null;
  }
}

/** Checks one case's log, in seq order, from its first event. Never throws: a problem is a verdict. */
export function verifyChain(caseId: string, events: readonly CaseEventRecord[]): ChainVerdict {
  return chainVerdict(caseId, events, events.map(hashOrNull));
}

/**
 * The verdict on a log given each event's recomputed hash (null: none could be computed), so a
 * verifier that hashes another way (`verifyChainNative`) judges exactly as `verifyChain` does.
 */
export function chainVerdict(
  caseId: string,
  events: readonly CaseEventRecord[],
  hashes: readonly (string | null)[],
): ChainVerdict {
  const problems: ChainProblem[] = [];
  let prevHash: string | null = null;
  events.forEach((event, index) => {
    if (event.caseId !== caseId) problems.push({ kind: 'wrong-case', seq: event.seq });
    if (event.seq !== index) problems.push({ kind: 'seq-gap', seq: event.seq, expected: index });
    if (event.prevHash !== prevHash) problems.push({ kind: 'prev-hash-mismatch', seq: event.seq });
    if (hashes[index] !== event.hash) problems.push({ kind: 'hash-mismatch', seq: event.seq });
    prevHash = event.hash;
  });
  return { ok: problems.length === 0, rootHash: prevHash, length: events.length, problems };
}
