import type { Page } from '@playwright/test';
import { DATABASE_NAME } from '../fixtures/db';

/** A stored row as read back; an evidence row's Blob is replaced by the SHA-256 of its bytes. */
export type StoredRow = Record<string, unknown>;

/** Every object store of the database, every row: what "the database before / after" means here. */
export type AllStores = Record<string, StoredRow[]>;

/**
 * Reads every store of the extension's database with the raw IndexedDB API, in one read
 * transaction (a write committing meanwhile cannot look half done), from an extension page.
 * Blobs are hashed in the page, so "whole" covers the evidence bytes too. Never creates the
 * database: before the extension opened it, the result is empty.
 */
export async function readAllStores(page: Page): Promise<AllStores> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return {};
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = Array.from(db.objectStoreNames);
    const read: Record<string, Record<string, unknown>[]> = {};
    try {
      if (stores.length === 0) return read;
      const tx = db.transaction(stores, 'readonly');
      await Promise.all(
        stores.map(
          (store) =>
            new Promise<void>((resolve, reject) => {
              const request = tx.objectStore(store).getAll();
              request.onsuccess = () => {
                read[store] = request.result as Record<string, unknown>[];
                resolve();
              };
              request.onerror = () => reject(request.error);
            }),
        ),
      );
    } finally {
      db.close();
    }
    const hex = (buffer: ArrayBuffer) =>
      Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    for (const rows of Object.values(read)) {
      for (const row of rows) {
        if (!(row.blob instanceof Blob)) continue;
        row.blob = { sha256: hex(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer())) };
      }
    }
    return read;
  }, DATABASE_NAME);
}
