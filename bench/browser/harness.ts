/**
 * The browser side of a benchmark: a `bench/browser/<entry>.ts` module calls `expose({...})`
 * with the functions the Node side may call (`BenchPage.call`); arguments and results cross
 * the boundary as structured clones, so keep them plain data.
 */

/** Functions a page offers to its suite. */
export type BrowserApi = Record<string, (...args: never[]) => unknown>;

/** Where `expose()` puts the API; the Node side reads the same name. */
export const API_GLOBAL = '__benchApi';

export function expose<Api extends BrowserApi>(api: Api): Api {
  Object.assign(globalThis, { [API_GLOBAL]: api });
  return api;
}

let counter = 0;

/** A database name no earlier run used: every measured run starts from an empty database. */
export function freshDatabaseName(prefix: string): string {
  return `bench-${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
}

/**
 * Deletes a database (untimed clean-up after each run). A connection that is still closing
 * makes the request report `blocked` first; it then goes on once the connection is gone.
 */
export function deleteDatabase(name: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`deleting ${name} stayed blocked by an open connection`)),
      timeoutMs,
    );
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new Error(`could not delete ${name}`));
    };
  });
}

/** Collects garbage before a timed section when Chromium runs with `--js-flags=--expose-gc`. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Resolves when a raw IndexedDB transaction commits. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}
