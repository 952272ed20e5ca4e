import { useEffect, useState } from 'react';
import type { RepoContext } from '@/lib/db/context';
import { getRepoContext } from '@/lib/db/instance';

/** The database of this page, or the reason it could not be opened (shown, never hidden). */
export function useRepo(): { repo: RepoContext | null; error: string | null } {
  const [state, setState] = useState<{ repo: RepoContext | null; error: string | null }>({ repo: null, error: null });
  useEffect(() => {
    getRepoContext().then(
      (repo) => setState({ repo, error: null }),
      (error: unknown) => setState({ repo: null, error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  return state;
}
