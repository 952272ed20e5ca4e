import type { CaseEventRecord } from '../schemas/event';
import { computeEventHash, type ChainProblem, type ChainVerdict } from './chain';

/**
 * `verifyChain`, fed a little at a time: `push` the case's events in seq order, in as many parts
 * as suits the caller, then `verdict()` is what `verifyChain` gives for all of them at once.
 */
export interface ChainCheck {
  push: (event: CaseEventRecord) => void;
  /** Events pushed so far. */
  readonly count: number;
  verdict: () => ChainVerdict;
}

export function startChainCheck(caseId: string): ChainCheck {
  const problems: ChainProblem[] = [];
  let prevHash: string | null = null;
  let index = 0;
  return {
    push(event) {
      if (event.caseId !== caseId) problems.push({ kind: 'wrong-case', seq: event.seq });
      if (event.seq !== index) problems.push({ kind: 'seq-gap', seq: event.seq, expected: index });
      if (event.prevHash !== prevHash) problems.push({ kind: 'prev-hash-mismatch', seq: event.seq });
      if (hashOrNull(event) !== event.hash) problems.push({ kind: 'hash-mismatch', seq: event.seq });
      prevHash = event.hash;
      index += 1;
    },
    get count() {
      return index;
    },
    verdict: () => ({ ok: problems.length === 0, rootHash: prevHash, length: index, problems: [...problems] }),
  };
}

/** As in chain.ts: canonical JSON refuses a lone surrogate, and such an event cannot match its hash. */
function hashOrNull(event: CaseEventRecord): string | null {
  try {
    return computeEventHash(event);
  } catch {
    return null;
  }
}
