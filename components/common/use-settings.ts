import { useLiveQuery } from 'dexie-react-hooks';
import type { RepoContext } from '@/lib/db/context';
import { getSettings } from '@/lib/db/repos/settings';
import type { Settings } from '@/lib/schemas/settings';

/** Live settings; `error` carries a settings record that failed validation (shown, not reset). */
export function useSettings(repo: RepoContext | null): { settings: Settings | undefined; error: string | null } {
  const result = useLiveQuery(async () => {
    if (!repo) return undefined;
    try {
      return { settings: await getSettings(repo), error: null };
    } catch (error) {
      return { settings: undefined, error: error instanceof Error ? error.message : String(error) };
    }
  }, [repo]);
  return result ?? { settings: undefined, error: null };
}
