import { useLiveQuery } from 'dexie-react-hooks';
import type { CallState } from '@/lib/calls/call-state';
import type { RepoContext } from '@/lib/db/context';
import { getCallState } from '@/lib/db/repos/calls';

/** The case's call in progress, live from the database; `error` when the settings cannot be read. */
export function useCallState(
  repo: RepoContext,
  caseId: string,
): { state: CallState | undefined; error: string | null } {
  const result = useLiveQuery(async () => {
    try {
      return { state: await getCallState(repo, caseId), error: null };
    } catch (error) {
      return { state: undefined, error: error instanceof Error ? error.message : String(error) };
    }
  }, [repo, caseId]);
  return result ?? { state: undefined, error: null };
}
