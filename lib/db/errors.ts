/** The browser refused to store more (Dexie wraps the DOMException in `inner`). */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { inner?: unknown }).inner) {
    const name = (current as { name?: string }).name;
    if (name === 'QuotaExceededError') return true;
    if (current === (current as { inner?: unknown }).inner) break;
  }
  return false;
}
