import { createRepoContext, type RepoContext } from './context';
import { openDatabase } from './open';
import { reopenIfFailed } from './reopen';
import { browserIdentityStore } from '../platform/identity-store';

let opening: Promise<RepoContext> | null = null;

async function reopenFailed(context: RepoContext): Promise<RepoContext> {
  await reopenIfFailed(context.db);
  return context;
}

/**
 * The database of this extension context, opened once per context. A cache, not state: when the
 * worker stops it is simply opened again. A failed open is not cached, so a retry can succeed.
 */
export function getRepoContext(): Promise<RepoContext> {
  opening ??= openDatabase({ identity: browserIdentityStore() })
    .then((db) => createRepoContext(db))
    .catch((error: unknown) => {
      opening = null;
      throw error;
    });
  return opening.then(reopenFailed);
}
