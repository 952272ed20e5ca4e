import type Dexie from 'dexie';

/**
 * When the browser closes the connection (it does after a write fails on a full disk), Dexie
 * reopens on the next call; if that reopen fails too (the disk is still full), Dexie keeps the
 * failure for good and refuses every later call with it, even once space is back. Opening again
 * explicitly clears it.
 */
export async function reopenIfFailed(db: Dexie): Promise<void> {
  if (db.hasFailed()) await db.open();
}

/**
 * For a page that holds one connection for its whole life: after an open fails, the database is
 * put back to "closed, opens on the next call", as after the browser closed it, so each later call
 * tries again instead of getting the kept failure. Not at once: the calls waiting on the failed
 * open must still get its error (the storage-full words), not an unexplained "closed". A close
 * of our own (`db.close()`) is left closed. Returns a function that stops it.
 */
export function reopenOnNextCall(db: Dexie): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const retryLater = () => {
    if (!db.hasFailed() || db.hasBeenClosed()) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (db.hasFailed() && !db.hasBeenClosed() && !db.isOpen()) db.close({ disableAutoOpen: false });
    }, 0);
  };
  db.on('close', retryLater);
  return () => {
    clearTimeout(timer);
    db.on('close').unsubscribe(retryLater);
  };
}
