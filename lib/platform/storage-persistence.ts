/** What this needs from `navigator.storage` and the permissions API: injectable for tests. */
export interface PersistencePort {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  /** Whether the extension holds `unlimitedStorage`. */
  unlimited?: () => Promise<boolean>;
}

/**
 * - `persisted`: the browser will not clear our data on its own (already, or granted now);
 * - `exempt`: not marked persistent, but we hold `unlimitedStorage`, whose storage Chromium's
 *   quota manager never evicts (Chromium refuses `persist()` to extension pages all the same);
 * - `refused`: it may clear it when the disk runs low — the user should know and keep backups;
 * - `unsupported`: this browser has no way to ask.
 */
export type PersistenceState = 'persisted' | 'exempt' | 'refused' | 'unsupported';

/**
 * Asks the browser to keep the database even when disk space runs low. Evidence may be needed in
 * court months later: a browser that evicts it silently would lose the case.
 */
export async function ensurePersistentStorage(port: PersistencePort | undefined): Promise<PersistenceState> {
  if (!port?.persisted || !port.persist) return 'unsupported';
  let granted: boolean;
  try {
    granted = (await port.persisted()) || (await port.persist());
  } catch {
    granted = false;
  }
  if (granted) return 'persisted';
  const unlimited = await (port.unlimited?.() ?? Promise.resolve(false)).catch(() => false);
  return unlimited ? 'exempt' : 'refused';
}
