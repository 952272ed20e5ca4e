import type { Transaction } from 'dexie';

/**
 * Every schema version ever released, oldest first. A version that changes stored data has an
 * `upgrade`, a fixture in tests/fixtures/db/ and is walked by the migration harness test.
 * Never edit a released entry: add a new one.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      meta: 'key',
      cases: 'id, site, updatedAt, status',
      messages: 'id, caseId, [caseId+firstSeenAt], [caseId+seq], &[caseId+key]',
      evidence: 'id, caseId, [caseId+createdAt], captureId',
      facts: 'id, caseId, [caseId+kind]',
      drafts: 'id, caseId',
      settings: 'id',
      reminders: 'id, dueAt, caseId',
      events: 'id, &[caseId+seq], [caseId+at]',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
