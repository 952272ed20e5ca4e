import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { StoredEvent } from '../fixtures/db';

/**
 * Recomputes a case's hash chain the way docs/integrity.md tells an outside verifier to:
 * SHA-256 of the RFC 8785 canonical JSON of {v, caseId, seq, at, type, payload, blobs, prevHash}.
 * Independent of the app's code on purpose. Returns the problems found (none for a sound log).
 */
export function chainProblems(events: readonly StoredEvent[]): string[] {
  const problems: string[] = [];
  let prevHash: string | null = null;
  events.forEach((event, index) => {
    if (event.seq !== index) problems.push(`event ${index} has seq ${event.seq}`);
    if (event.prevHash !== prevHash) problems.push(`event ${event.seq}: prevHash does not match the previous hash`);
    const canonical = canonicalize({
      v: 1,
      caseId: event.caseId,
      seq: event.seq,
      at: event.at,
      type: event.type,
      payload: event.payload,
      blobs: event.blobs,
      prevHash: event.prevHash,
    });
    const hash = createHash('sha256')
      .update(canonical ?? '', 'utf8')
      .digest('hex');
    if (hash !== event.hash) problems.push(`event ${event.seq}: hash does not match its content`);
    prevHash = event.hash;
  });
  return problems;
}
