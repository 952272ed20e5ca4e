import type { Page } from 'playwright-core';

/** The extension's database and the recorder's key for a row with a widget id (`lib/recorder/message-keys.ts`). */
const DATABASE_NAME = 'paper-trail';
const keyPrefixOf = (idPrefix: string) => `id:${idPrefix}-`;

export interface StoredCount {
  agent: number;
  customer: number;
  other: number;
}

/**
 * How many messages of one streamed run the extension has stored, by role: read with the raw
 * IndexedDB API from an extension page (the extension's origin, so its database; no app code
 * runs). Zero before the database exists; never creates it.
 */
export async function countStored(extensionPage: Page, idPrefix: string): Promise<StoredCount> {
  return extensionPage.evaluate(
    async ({ name, prefix }) => {
      const counts = { agent: 0, customer: 0, other: 0 };
      if (!(await indexedDB.databases()).some((db) => db.name === name)) return counts;
      const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
      });
      if (!db) return counts;
      try {
        if (!db.objectStoreNames.contains('messages')) return counts;
        const request = db.transaction('messages', 'readonly').objectStore('messages').openCursor();
        await new Promise<void>((resolve, reject) => {
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) return resolve();
            const message = cursor.value as { key: string; role: string };
            if (message.key.startsWith(prefix)) {
              if (message.role === 'agent') counts.agent++;
              else if (message.role === 'customer') counts.customer++;
              else counts.other++;
            }
            cursor.continue();
          };
        });
        return counts;
      } finally {
        db.close();
      }
    },
    { name: DATABASE_NAME, prefix: keyPrefixOf(idPrefix) },
  );
}
