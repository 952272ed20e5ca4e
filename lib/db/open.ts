import { PaperTrailDb, DATABASE_NAME } from './database';
import { reconcileDatabaseIdentity, type IdentityStore } from './identity';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

/** The database on disk was written by a newer Paper Trail: opening it could lose data. */
export class DatabaseTooNewError extends Error {
  readonly code = 'database-too-new';
  constructor(
    readonly storedVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `Your Paper Trail data was saved by a newer version (data version ${storedVersion}; this version reads up to ${supportedVersion}). Nothing was changed. Update Paper Trail to open it.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export interface OpenOptions {
  name?: string;
  versions?: readonly SchemaVersion[];
  /** Where the database's id is remembered, to notice a database the browser made anew. */
  identity?: IdentityStore;
}

/**
 * Opens the database and refuses one written by newer code. Dexie 4 would open it silently
 * (it adopts the higher version), so the version is checked twice: the IndexedDB version
 * Dexie found and the schema record we keep ourselves.
 */
export async function openDatabase({ name = DATABASE_NAME, versions = SCHEMA_VERSIONS, identity }: OpenOptions = {}) {
  const supported = versions[versions.length - 1]!.version;
  const db = new PaperTrailDb(name, versions);
  // Sticky: Dexie reopens on its own after the browser closed the connection, and that reopen
  // is when a database deleted by the browser would be found.
  if (identity) db.on('ready', (vipDb) => checkIdentity(vipDb as PaperTrailDb, identity, supported), true);
  await db.open();
  const installedIdbVersion = db.backendDB().version;
  const meta = await db.meta.get('schema');
  const stored = Math.max(meta?.version ?? 0, Math.round(installedIdbVersion / 10));
  if (stored > supported) {
    db.close();
    throw new DatabaseTooNewError(stored, supported);
  }
  return db;
}

/** Never fails the open: without its id the database still works, only the check is skipped. */
async function checkIdentity(db: PaperTrailDb, identity: IdentityStore, supported: number): Promise<void> {
  if (Math.round(db.backendDB().version / 10) > supported) return; // refused below, left unchanged
  try {
    await reconcileDatabaseIdentity(db, identity);
  } catch (error) {
    console.warn('[paper-trail] could not check the database id', error);
  }
}

export { CURRENT_SCHEMA_VERSION };
