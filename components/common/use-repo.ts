import { useEffect, useState } from 'react';
import type { RepoContext } from '@/lib/db/context';
import { getRepoContext } from '@/lib/db/instance';
import { reopenOnNextCall } from '@/lib/db/reopen';

/**
 * The database of this page, or the reason it could not be opened (shown, never hidden). A page
 * keeps its connection while open, so one that failed to reopen on a full disk tries again on
 * the next action instead of refusing everything until the page is reloaded.
 */
export function useRepo(): { repo: RepoContext | null; error: string | null } {
  const [state, setState] = useState<{ repo: RepoContext | null; error: string | null }>({ repo: null, error: null });
  useEffect(() => {
    let stop: (() => void) | undefined;
    let unmounted = false;
    getRepoContext().then(
      (repo) => {
        if (unmounted) return;
        stop = reopenOnNextCall(repo.db);
        setState({ repo, error: null });
      },
      (error: unknown) => setState({ repo: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      unmounted = true;
      stop?.();
    };
  }, []);
  return state;
}
