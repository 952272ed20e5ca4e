import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse } from 'dexie';
import type { PaperTrailDb } from '@/lib/db/database';

/**
 * How the browser says the disk is full.
 * - `commit` (Chromium): the write itself is taken, then the transaction aborts; Dexie rejects
 *   with an `AbortError` whose `inner` is the `QuotaExceededError` DOMException.
 * - `request` (Firefox): the write's request fails; Dexie maps the DOMException to its own
 *   `QuotaExceededError`, again with the DOMException as `inner`.
 * - `disk` (Chromium, a real full disk under a large value, seen in e2e/quota.spec.ts): the
 *   transaction aborts with `DataError: Failed to write blobs (IOError)`, no "quota" anywhere.
 * - `aborted` (Chromium, seen once in 16 e2e runs): as `disk`, but the write awaited fails with a
 *   bare `AbortError: The transaction was aborted`; only the transaction holds the reason.
 */
export type QuotaShape = 'commit' | 'request' | 'disk' | 'aborted';

export interface QuotaGate {
  /** Bytes that may still be written before the browser refuses (Infinity: no limit). */
  setBudget(bytes: number): void;
  /** No room at all: the next write is refused. */
  fill(): void;
  /** Space came back: nothing is refused any more. */
  free(): void;
  /** The n-th write from now (1 = the next) is refused, whatever its size. */
  failOnMutation(n: number): void;
  /** Writes refused so far. */
  readonly refusals: number;
  /** Writes that went through (add, put, delete) since the gate was installed. */
  readonly mutations: number;
  /** Bytes of writes taken since the gate was installed (estimated; a write whose transaction later aborts still counts). */
  readonly written: number;
}

export const quotaDomException = (shape: QuotaShape = 'commit') =>
  shape === 'disk' || shape === 'aborted'
    ? new DOMException('Failed to write blobs (IOError)', 'DataError')
    : new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError');

/** A rough size of what IndexedDB would store for a value: strings count two bytes a character. */
export function storedBytes(value: unknown): number {
  if (value === null || value === undefined) return 1;
  if (typeof value === 'string') return value.length * 2;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (value instanceof Blob) return value.size;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + storedBytes(item), 0);
  if (typeof value === 'object') {
    return Object.entries(value).reduce((sum, [key, item]) => sum + key.length * 2 + storedBytes(item), 0);
  }
  return 8;
}

function bytesOf(request: DBCoreMutateRequest): number {
  return request.type === 'add' || request.type === 'put' ? storedBytes(request.values) : 0;
}

/**
 * Installs a DBCore middleware that plays the browser's quota on `db` (fake-indexeddb has none).
 * Dexie builds its middleware stack when it opens, so the database is closed and opened again.
 */
export async function installQuota(db: PaperTrailDb, shape: QuotaShape = 'commit'): Promise<QuotaGate> {
  let budget = Number.POSITIVE_INFINITY;
  let failAt: number | null = null;
  let seen = 0;
  let refusals = 0;
  let mutations = 0;
  let written = 0;

  const refuse = (request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
    refusals++;
    const domError = quotaDomException(shape);
    if (shape === 'request') return Promise.reject(domError);
    // Chromium: the transaction aborts with the error as its `error`.
    const idbTransaction = request.trans as unknown as IDBTransaction;
    Object.defineProperty(idbTransaction, 'error', { value: domError, configurable: true });
    try {
      idbTransaction.abort();
    } catch {
      // Already finished: the rejection below still tells the caller.
    }
    if (shape === 'aborted')
      return Promise.reject(
        new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError'),
      );
    return Promise.reject(new Dexie.AbortError(domError));
  };

  db.close({ disableAutoOpen: false });
  db.use({
    stack: 'dbcore',
    name: 'test-quota',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) => {
            seen++;
            const bytes = bytesOf(request);
            const due = failAt !== null && seen >= failAt;
            if (due || written + bytes > budget) {
              if (due) failAt = null;
              return refuse(request);
            }
            return table.mutate(request).then((response) => {
              mutations++;
              written += bytes;
              return response;
            });
          },
        };
      },
    }),
  });
  await db.open();

  return {
    setBudget(bytes) {
      budget = bytes + written;
    },
    fill() {
      budget = written;
    },
    free() {
      budget = Number.POSITIVE_INFINITY;
      failAt = null;
    },
    failOnMutation(n) {
      failAt = seen + n;
    },
    get refusals() {
      return refusals;
    },
    get mutations() {
      return mutations;
    },
    get written() {
      return written;
    },
  };
}
