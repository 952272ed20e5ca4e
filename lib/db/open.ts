import { PaperTrailDb, DATABASE_NAME } from './database';
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
}

/**
 * Opens the database and refuses one written by newer code. Dexie 4 would open it silently
 * (it adopts the higher version), so the version is checked twice: the IndexedDB version
 * Dexie found and the schema record we keep ourselves.
 */
export async function openDatabase({ name = DATABASE_NAME, versions = SCHEMA_VERSIONS }: OpenOptions = {}) {
  const supported = versions[versions.length - 1]!.version;
  const db = new PaperTrailDb(name, versions);
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

export { CURRENT_SCHEMA_VERSION };
