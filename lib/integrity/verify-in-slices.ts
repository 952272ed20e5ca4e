import type { CaseEventRecord } from '../schemas/event';
import type { ChainVerdict } from './chain';
import { startChainCheck } from './chain-check';

export interface SliceOptions {
  /** Work this long, then yield (checked after each event). */
  sliceMs?: number;
  /** Resolves when the caller may go on: the page's idle time, by default. */
  yieldNow?: () => Promise<void>;
  /** Clock for the slices; `performance.now` by default. */
  now?: () => number;
  /** Once aborted, the check stops at its next yield and resolves null. */
  signal?: AbortSignal;
}

/** Short enough that a slice never becomes a long task (50 ms), even on a slow, busy machine. */
const SLICE_MS = 8;

/**
 * The same verdict as `verifyChain(caseId, events)`, computed in slices of about `sliceMs` that
 * yield between them, so a page stays responsive while a long log (10,000 events: hundreds of
 * milliseconds of canonical JSON and SHA-256) is re-hashed. Resolves null if aborted.
 */
export async function verifyChainInSlices(
  caseId: string,
  events: readonly CaseEventRecord[],
  { sliceMs = SLICE_MS, yieldNow = yieldToIdle, now = () => performance.now(), signal }: SliceOptions = {},
): Promise<ChainVerdict | null> {
  const check = startChainCheck(caseId);
  let sliceStart = now();
  for (const event of events) {
    if (now() - sliceStart >= sliceMs) {
      await yieldNow();
      if (signal?.aborted) return null;
      sliceStart = now();
    }
    check.push(event);
  }
  return signal?.aborted ? null : check.verdict();
}

/**
 * The page's next idle period (so a pending render or input goes first), at most 100 ms away
 * even when the page is never idle; a plain task where `requestIdleCallback` is missing.
 */
export function yieldToIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}
