import { createRepoContext, type RepoContext } from './context';
import { openDatabase } from './open';

let opening: Promise<RepoContext> | null = null;

/**
 * When the browser closes the connection (it does after a write fails on a full disk), Dexie
 * reopens on the next call; if that reopen fails too (the disk is still full), Dexie keeps the
 * failure for good and refuses every later call with it, even once space is back. Opening again
 * explicitly clears it.
 */
async function reopenIfFailed(context: RepoContext): Promise<RepoContext> {
  if (context.db.hasFailed()) await context.db.open();
  return context;
}

/**
 * The database of this extension context, opened once per context. A cache, not state: when the
 * worker stops it is simply opened again. A failed open is not cached, so a retry can succeed.
 */
export function getRepoContext(): Promise<RepoContext> {
  opening ??= openDatabase()
    .then((db) => createRepoContext(db))
    .catch((error: unknown) => {
      opening = null;
      throw error;
    });
  return opening.then(reopenIfFailed);
}
