/**
 * Chromium on a full disk rarely says "quota" (seen with Chromium 150, e2e/quota.spec.ts):
 * - a value too big to keep inline is written to a file first; when that fails, the transaction
 *   aborts with `DataError: Failed to write blobs (IOError)`;
 * - after such a failure the database is closed, and opening it again fails with
 *   `UnknownError: Internal error opening backing store` until space is freed. (A damaged
 *   database says the same; on a full disk, which is far likelier, freeing space is the cure.)
 */
const DISK_FULL: Readonly<Record<string, RegExp>> = {
  QuotaExceededError: /(?:)/,
  DataError: /failed to write blobs/i,
  UnknownError: /opening backing store/i,
};

function isDiskFull(name: string | undefined, message: string | undefined): boolean {
  return name !== undefined && Object.hasOwn(DISK_FULL, name) && DISK_FULL[name]!.test(message ?? '');
}

/** The browser refused to store more (Dexie wraps the DOMException in `inner`). */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { inner?: unknown }).inner) {
    const { name, message } = current as { name?: string; message?: string };
    if (isDiskFull(name, message)) return true;
    if (current === (current as { inner?: unknown }).inner) break;
  }
  return false;
}

/** An IndexedDB unique index refused a record (Dexie wraps it: BulkError.failures, `inner`). */
export function isConstraintError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'ConstraintError') return true;
  if (Array.isArray(failures) && failures.some(isConstraintError)) return true;
  return inner !== error && isConstraintError(inner);
}

/**
 * A write for a case the database does not hold: it was there when the page showed it, so the
 * database was deleted meanwhile (see identity.ts). Refused, rather than starting a log and
 * records for a case that no longer exists.
 */
export class CaseMissingError extends Error {
  readonly code = 'case-missing';
  constructor(readonly caseId: string) {
    super(`No case with id ${caseId}`);
    this.name = 'CaseMissingError';
  }
}

/**
 * An edit to a fact, message or capture the database no longer holds: shown on an open page, then
 * deleted elsewhere or with the whole database. Nothing was changed.
 */
export class RecordMissingError extends Error {
  readonly code = 'record-missing';
  constructor(
    readonly kind: 'fact' | 'message' | 'evidence',
    readonly id: string,
  ) {
    super(`No ${kind} with id ${id}`);
    this.name = 'RecordMissingError';
  }
}
