import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaperTrailDb } from '@/lib/db/database';
import {
  dismissLoss,
  lossToShow,
  reconcileDatabaseIdentity,
  type IdentityStore,
  type RememberedIdentity,
} from '@/lib/db/identity';
import { createRepoContext } from '@/lib/db/context';
import { CaseMissingError } from '@/lib/db/errors';
import { DatabaseTooNewError, openDatabase } from '@/lib/db/open';
import { createCase } from '@/lib/db/repos/cases';
import { addManualFact } from '@/lib/db/repos/facts';
import { SCHEMA_VERSIONS } from '@/lib/db/schema-versions';
import { browserIdentityStore } from '@/lib/platform/identity-store';

function memoryStore(initial?: unknown): IdentityStore & { value: unknown; writes: number } {
  const store = {
    value: initial,
    writes: 0,
    read: async () => store.value,
    write: async (value: RememberedIdentity) => {
      store.value = structuredClone(value);
      store.writes++;
    },
  };
  return store;
}

let name: string;
const open: PaperTrailDb[] = [];
async function openWith(store: IdentityStore): Promise<PaperTrailDb> {
  const db = await openDatabase({ name, identity: store });
  open.push(db);
  return db;
}

beforeEach(() => {
  name = `identity-${crypto.randomUUID()}`;
});
afterEach(async () => {
  open.splice(0).forEach((db) => db.close());
  await Dexie.delete(name);
});

describe('noticing a database the browser made anew', () => {
  it('a new database gets an id, remembered apart from it; opening it again is no loss', async () => {
    const store = memoryStore();
    const db = await openWith(store);
    const identity = (await db.table('meta').get('identity')) as { id: string };
    expect(store.value).toMatchObject({ id: identity.id });
    expect(lossToShow(store.value)).toBeNull();
    db.close();
    await openWith(store);
    expect(store.value).toEqual({ id: identity.id, createdAt: expect.any(Number) });
    expect(lossToShow(store.value)).toBeNull();
  });

  it('a database deleted behind its back and opened anew is reported, until dismissed', async () => {
    const store = memoryStore();
    const first = await openWith(store);
    await first.cases.put({ id: 'c1' } as never);
    first.close();
    await Dexie.delete(name);
    const again = await openWith(store);
    expect(await again.cases.count()).toBe(0);
    const lost = lossToShow(store.value);
    expect(lost).toEqual({ detectedAt: expect.any(Number), previousCreatedAt: expect.any(Number) });
    // Opened once more, the loss stays to tell until the user dismisses it.
    again.close();
    await openWith(store);
    expect(lossToShow(store.value)).toEqual(lost);
    await dismissLoss(store, lost!.detectedAt + 1);
    expect(lossToShow(store.value)).toBeNull();
  });

  it('is found when Dexie reopens on its own after the browser closed the connection (the full-disk case)', async () => {
    const store = memoryStore();
    const db = await openWith(store);
    const before = structuredClone(store.value);
    // As Chromium does: the connection is closed, the store deleted as corrupt, the next call reopens.
    db.close({ disableAutoOpen: false });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(await db.cases.get('any')).toBeUndefined();
    expect(store.value).not.toEqual(before);
    expect(lossToShow(store.value)).not.toBeNull();
  });

  it('a database from before ids existed is adopted quietly, its records untouched', async () => {
    const old = await openDatabase({ name });
    await old.cases.put({ id: 'kept' } as never);
    old.close();
    const store = memoryStore();
    const db = await openWith(store);
    expect(await db.cases.get('kept')).toEqual({ id: 'kept' });
    expect(lossToShow(store.value)).toBeNull();
    expect(store.value).toMatchObject({ id: expect.any(String) });
  });

  it('contexts opening a new database at once agree on one id', async () => {
    const stores = [memoryStore(), memoryStore(), memoryStore()];
    const dbs = await Promise.all(stores.map((store) => openWith(store)));
    const ids = stores.map((store) => (store.value as RememberedIdentity).id);
    expect(new Set(ids).size).toBe(1);
    expect(((await dbs[0]!.table('meta').get('identity')) as { id: string }).id).toBe(ids[0]);
  });

  it('an unreadable remembered value is taken as none: no alarm, and it is replaced', async () => {
    for (const junk of [undefined, null, 'x', { id: '' }, { id: 'a' }, 42]) {
      const store = memoryStore(junk);
      const db = await openWith(store);
      expect(lossToShow(store.value)).toBeNull();
      expect(store.value).toMatchObject({ id: expect.any(String), createdAt: expect.any(Number) });
      db.close();
    }
  });

  it('a store that cannot be read or written never stops the database from opening', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: IdentityStore = {
      read: () => Promise.reject(new Error('storage unavailable')),
      write: () => Promise.reject(new Error('storage unavailable')),
    };
    const db = await openWith(broken);
    await db.cases.put({ id: 'c1' } as never);
    expect(await db.cases.count()).toBe(1);
    expect(warn).toHaveBeenCalled();
  });

  it('a database from newer code is refused and left without an id', async () => {
    const newer = [...SCHEMA_VERSIONS, { version: 99, stores: {} }];
    (await openDatabase({ name, versions: newer })).close();
    const store = memoryStore();
    await expect(openDatabase({ name, identity: store })).rejects.toBeInstanceOf(DatabaseTooNewError);
    const raw = await openDatabase({ name, versions: newer });
    expect(await raw.table('meta').get('identity')).toBeUndefined();
    raw.close();
    expect(store.writes).toBe(0);
  });

  it('reconcile reports first, same and lost', async () => {
    const store = memoryStore();
    const db = await openDatabase({ name });
    open.push(db);
    expect(await reconcileDatabaseIdentity(db, store)).toBe('first');
    expect(await reconcileDatabaseIdentity(db, store)).toBe('same');
    await store.write({ id: 'another', createdAt: 1 });
    expect(await reconcileDatabaseIdentity(db, store, { now: () => 5 })).toBe('lost');
    expect(lossToShow(store.value)).toEqual({ detectedAt: 5, previousCreatedAt: 1 });
    // A loss found later than a dismissal shows again.
    await dismissLoss(store, 6);
    expect(lossToShow(store.value)).toBeNull();
    await store.write({ ...(store.value as RememberedIdentity), id: 'yet another' });
    expect(await reconcileDatabaseIdentity(db, store, { now: () => 7 })).toBe('lost');
    expect(lossToShow(store.value)).toEqual({ detectedAt: 7, previousCreatedAt: expect.any(Number) });
  });
});

describe('a write for a case the database no longer holds', () => {
  it('is refused and leaves nothing behind, where before it started records and a log for it', async () => {
    const store = memoryStore();
    const db = await openWith(store);
    const ctx = createRepoContext(db);
    const record = await createCase(ctx, { title: 'Shop', company: 'Shop', site: 'shop.example' });
    await addManualFact(ctx, record.id, 'order-number', 'A-1');
    // The page still shows the case when the browser deletes the database under it.
    db.close({ disableAutoOpen: false });
    await Dexie.delete(name);
    await expect(addManualFact(ctx, record.id, 'order-number', 'Z-90210')).rejects.toBeInstanceOf(CaseMissingError);
    expect(await db.facts.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(lossToShow(store.value)).not.toBeNull();
  });
});

describe('the identity store in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the value in storage.local and tells watchers when it changes', async () => {
    const store = browserIdentityStore();
    const seen: unknown[] = [];
    const stop = store.watch((value) => seen.push(value));
    await store.write({ id: 'a', createdAt: 1 });
    expect(await store.read()).toEqual({ id: 'a', createdAt: 1 });
    stop();
    await store.write({ id: 'b', createdAt: 2 });
    expect(seen).toEqual([{ id: 'a', createdAt: 1 }]);
  });
});
