import { PaperTrailDb } from '@/lib/db/database';
import { openDatabase } from '@/lib/db/open';
import type { SchemaVersion } from '@/lib/db/schema-versions';
import canonicalize from 'canonicalize';
import { decodeValue, dumpDatabase, type DbFixture } from './db-fixture';

export interface RowDifference {
  table: string;
  key: string;
  kind: 'missing' | 'changed' | 'extra';
}

export interface HarnessResult {
  differences: RowDifference[];
  upgradedVersion: number;
  after: Record<string, Record<string, unknown>[]>;
}

function keyOf(row: Record<string, unknown>): string {
  return String(row.id ?? row.key);
}

/**
 * Writes a fixture as the release at `fixture.schemaVersion` would have stored it, opens it
 * with the given (newer) versions, and compares every row with what is expected afterwards.
 */
export async function runMigrationHarness(options: {
  fixture: DbFixture;
  versions: readonly SchemaVersion[];
  expected: Record<string, Record<string, unknown>[]>;
  name?: string;
}): Promise<HarnessResult> {
  const { fixture, versions, expected } = options;
  const name = options.name ?? `migration-${Math.random().toString(36).slice(2)}`;
  const oldVersions = versions.filter((v) => v.version <= fixture.schemaVersion);
  const old = new PaperTrailDb(name, oldVersions);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      await old.table(table).bulkPut(rows.map((row) => decodeValue(row)));
    }
  });
  old.close();

  const upgraded = await openDatabase({ name, versions });
  const after = await dumpDatabase(upgraded);
  const meta = await upgraded.meta.get('schema');
  upgraded.close();

  const differences: RowDifference[] = [];
  for (const [table, rows] of Object.entries(expected)) {
    const actual = new Map((after[table] ?? []).map((row) => [keyOf(row), row]));
    for (const row of rows) {
      const found = actual.get(keyOf(row));
      if (!found) differences.push({ table, key: keyOf(row), kind: 'missing' });
      else if (canonicalize(found) !== canonicalize(row)) differences.push({ table, key: keyOf(row), kind: 'changed' });
      actual.delete(keyOf(row));
    }
    for (const key of actual.keys()) differences.push({ table, key, kind: 'extra' });
  }
  return { differences, upgradedVersion: meta?.version ?? 0, after };
}
