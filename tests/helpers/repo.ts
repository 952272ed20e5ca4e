import { createRepoContext, type RepoContext } from '@/lib/db/context';
import { openDatabase } from '@/lib/db/open';

let counter = 0;

/** A fresh database with a controllable clock and predictable ids. */
export async function freshRepo(start = Date.UTC(2026, 10, 22, 9, 0, 0)) {
  const name = `test-${++counter}-${Math.random().toString(36).slice(2)}`;
  const db = await openDatabase({ name });
  const clock = { now: start };
  let id = 0;
  const repo: RepoContext = createRepoContext(db, {
    now: () => clock.now,
    newId: () => `id-${String(++id).padStart(6, '0')}`,
  });
  return { repo, db, name, clock };
}
