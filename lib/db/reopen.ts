import Dexie, { RangeSet } from 'dexie';

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
 * tries again instead of getting the kept failure. Not at once: the failed open is still
 * settling, and the calls waiting on it must get its error (the storage-full words).
 *
 * Live queries refused meanwhile are quiet (Dexie ignores a closed database) and, if they never
 * had a result, watch nothing, so no later write wakes them: once the database opens again, all
 * of them run again. A close of our own (`db.close()`) is left closed. Returns a function that
 * stops it.
 */
export function reopenOnNextCall(db: Dexie): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;
  const later = (fn: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(fn, 0);
  };
  const onClose = () => {
    if (!db.hasFailed() || db.hasBeenClosed()) return;
    failed = true;
    later(() => {
      if (db.hasFailed() && !db.hasBeenClosed() && !db.isOpen()) db.close({ disableAutoOpen: false });
    });
  };
  const onReady = () => {
    if (!failed) return;
    failed = false;
    later(() => Dexie.on.storagemutated.fire({ all: new RangeSet(Dexie.minKey, Dexie.maxKey) }));
  };
  db.on('close', onClose);
  db.on('ready', onReady, true);
  return () => {
    clearTimeout(timer);
    db.on('close').unsubscribe(onClose);
    db.on('ready').unsubscribe(onReady);
  };
}
