import { z } from 'zod';
import type { PaperTrailDb } from './database';

/**
 * Chromium deletes an IndexedDB store it takes for corrupt, and a write that failed on a full
 * disk can make it look so: the next open finds an empty database, and every case is gone
 * without a word. To say so instead of pretending nothing happened, each database gets an id
 * when it is created, kept in the database and, apart from it, in extension storage. An open
 * that finds a different id than the one remembered has found a database made anew.
 */
export const IdentityRecordSchema = z.object({
  key: z.literal('identity'),
  id: z.string().min(1),
  createdAt: z.number(),
});
export type IdentityRecord = z.infer<typeof IdentityRecordSchema>;

export const RememberedIdentitySchema = z.object({
  id: z.string().min(1),
  createdAt: z.number(),
  /** When an open found the database made anew, and when the one it replaced was created. */
  lost: z.object({ detectedAt: z.number(), previousCreatedAt: z.number() }).optional(),
  lossDismissedAt: z.number().optional(),
});
export type RememberedIdentity = z.infer<typeof RememberedIdentitySchema>;

/** Extension storage, outside IndexedDB (which the browser may delete on its own). */
export interface IdentityStore {
  read(): Promise<unknown>;
  write(value: RememberedIdentity): Promise<void>;
}

export type IdentityCheck = 'first' | 'same' | 'lost';

/**
 * Gives the database its id if it has none (in one transaction, so two contexts opening it at
 * once agree on one), then compares it with the id remembered. Unreadable remembered values are
 * treated as none: a false alarm about lost data would be worse than a missed one here, and the
 * database itself is never touched beyond its id.
 */
export async function reconcileDatabaseIdentity(
  db: PaperTrailDb,
  store: IdentityStore,
  { now = Date.now, newId = () => crypto.randomUUID() }: { now?: () => number; newId?: () => string } = {},
): Promise<IdentityCheck> {
  const meta = db.table<unknown, string>('meta');
  const current = await db.transaction('rw', meta, async () => {
    const stored = IdentityRecordSchema.safeParse(await meta.get('identity'));
    if (stored.success) return stored.data;
    const created: IdentityRecord = { key: 'identity', id: newId(), createdAt: now() };
    await meta.put(created);
    return created;
  });
  const remembered = RememberedIdentitySchema.safeParse(await store.read());
  if (!remembered.success) {
    await store.write({ id: current.id, createdAt: current.createdAt });
    return 'first';
  }
  if (remembered.data.id === current.id) return 'same';
  await store.write({
    id: current.id,
    createdAt: current.createdAt,
    lost: { detectedAt: now(), previousCreatedAt: remembered.data.createdAt },
  });
  return 'lost';
}

/** The loss to tell the user about, until they dismiss it. */
export function lossToShow(value: unknown): RememberedIdentity['lost'] | null {
  const remembered = RememberedIdentitySchema.safeParse(value);
  if (!remembered.success || !remembered.data.lost) return null;
  const { lost, lossDismissedAt } = remembered.data;
  return lossDismissedAt !== undefined && lossDismissedAt >= lost.detectedAt ? null : lost;
}

/** Marks the loss as seen; a later loss shows again. */
export async function dismissLoss(store: IdentityStore, now = Date.now()): Promise<void> {
  const remembered = RememberedIdentitySchema.safeParse(await store.read());
  if (remembered.success) await store.write({ ...remembered.data, lossDismissedAt: now });
}
