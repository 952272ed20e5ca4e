/**
 * Chromium on a full disk does not always say "quota": a value too big to keep inline is written
 * to a blob file first, and when that write fails the transaction aborts with a `DataError`
 * "Failed to write blobs (IOError)" (seen with Chromium 150, e2e/quota.spec.ts).
 */
const BLOB_WRITE_FAILED = /failed to write blobs/i;

function isDiskFull(name: string | undefined, message: string | undefined): boolean {
  if (name === 'QuotaExceededError') return true;
  return name === 'DataError' && BLOB_WRITE_FAILED.test(message ?? '');
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
