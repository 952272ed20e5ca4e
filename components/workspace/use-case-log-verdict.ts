import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { RepoContext } from '@/lib/db/context';
import { listCaseEventsInPages } from '@/lib/db/repos/event-pages';
import type { ChainVerdict } from '@/lib/integrity/chain';
import { verifyChainInSlices } from '@/lib/integrity/verify-in-slices';

/**
 * The case log's verdict, kept out of the way of opening a case: the log is read after the page's
 * next paint (and not while `hold`) and re-hashed in slices that yield to rendering and input. 'checking' until the
 * first verdict for this case; while a change is re-checked, the previous verdict stays shown.
 */
export function useCaseLogVerdict(repo: RepoContext, caseId: string, hold = false): ChainVerdict | 'checking' {
  const painted = useAfterNextPaint();
  const start = painted && !hold;
  const log = useLiveQuery(
    async () => (start ? { caseId, events: await listCaseEventsInPages(repo, caseId) } : null),
    [repo, caseId, start],
  );
  const [result, setResult] = useState<{ caseId: string; verdict: ChainVerdict } | null>(null);
  useEffect(() => {
    if (!log) return;
    const controller = new AbortController();
    void verifyChainInSlices(log.caseId, log.events, { signal: controller.signal }).then((verdict) => {
      if (verdict) setResult({ caseId: log.caseId, verdict });
    });
    return () => controller.abort();
  }, [log]);
  return result?.caseId === caseId ? result.verdict : 'checking';
}

/** False until a frame has been painted after the first render (then a task later). */
function useAfterNextPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
