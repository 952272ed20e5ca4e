import type { PaperTrailDb } from './database';

/** What every repository needs; the clock and id source are injectable for tests. */
export interface RepoContext {
  db: PaperTrailDb;
  now: () => number;
  newId: () => string;
}

export function createRepoContext(db: PaperTrailDb, overrides: Partial<Omit<RepoContext, 'db'>> = {}): RepoContext {
  return {
    db,
    now: overrides.now ?? (() => Date.now()),
    newId: overrides.newId ?? (() => crypto.randomUUID()),
  };
}
