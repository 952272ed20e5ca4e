import { DossierImportError } from './import-error';

export type ArchiveKind = 'case-dossier' | 'backup';

/**
 * One step of an envelope's data from `from` to `from + 1`: a pure function on the parsed JSON,
 * run before the Zod schemas of the current version see it. Released versions are never
 * edited; a database schema version that changes records adds one step per archive kind.
 */
export interface EnvelopeMigration {
  from: number;
  migrate: (envelope: Record<string, unknown>) => Record<string, unknown>;
}

/** Today there is one version of each format, so no step yet. */
export const ENVELOPE_MIGRATIONS: Record<ArchiveKind, readonly EnvelopeMigration[]> = {
  'case-dossier': [],
  backup: [],
};

/** Walks an envelope from its version to `target`, one step at a time; the result says `target`. */
export function migrateEnvelope(
  envelope: Record<string, unknown>,
  from: number,
  target: number,
  migrations: readonly EnvelopeMigration[],
): Record<string, unknown> {
  let current = envelope;
  for (let version = from; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      throw new DossierImportError(
        'no-migration',
        `This file holds data version ${version}, which this Paper Trail (data version ${target}) cannot convert.`,
      );
    }
    current = { ...step.migrate(current), schemaVersion: version + 1 };
  }
  return current;
}
