import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PaperTrailDb } from '@/lib/db/database';
import { DatabaseTooNewError, openDatabase, CURRENT_SCHEMA_VERSION } from '@/lib/db/open';
import { SCHEMA_VERSIONS, type SchemaVersion } from '@/lib/db/schema-versions';
import { verifyChain } from '@/lib/integrity/chain';
import type { CaseEventRecord } from '@/lib/schemas';
import type { DbFixture } from '../helpers/db-fixture';
import { runMigrationHarness } from '../helpers/migration-harness';

const fixtureDir = new URL('../fixtures/db/', import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(new URL(file, fixtureDir), 'utf8')) as DbFixture);

describe('opening the database', () => {
  it('records the schema version on a new database', async () => {
    const db = await openDatabase({ name: 'open-new' });
    expect((await db.meta.get('schema'))?.version).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database whose schema record is newer than the code, and leaves it intact', async () => {
    const db = await openDatabase({ name: 'open-newer-meta' });
    await db.cases.put({ id: 'keep-me-1' } as never);
    await db.meta.put({ key: 'schema', version: CURRENT_SCHEMA_VERSION + 1, upgradedAt: 1 });
    db.close();
    const error = await openDatabase({ name: 'open-newer-meta' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).message).toMatch(/newer version/);
    const raw = new Dexie('open-newer-meta');
    await raw.open();
    expect(await raw.table('cases').get('keep-me-1')).toBeTruthy();
    raw.close();
  });

  it('refuses a database whose IndexedDB version is newer (Dexie alone would open it)', async () => {
    const future: SchemaVersion[] = [
      ...SCHEMA_VERSIONS,
      { version: CURRENT_SCHEMA_VERSION + 1, stores: { notes2: 'id' }, upgrade: async () => undefined },
    ];
    const newer = new PaperTrailDb('open-newer-idb', future);
    await newer.open();
    // Simulate a newer release that forgot its schema record: only the IDB version tells.
    await newer.meta.delete('schema');
    newer.close();
    await expect(openDatabase({ name: 'open-newer-idb' })).rejects.toBeInstanceOf(DatabaseTooNewError);
  });
});

describe('migration harness', () => {
  it('has a fixture for every released schema version', () => {
    expect(fixtures.map((f) => f.schemaVersion).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(fixtures.map((f) => [f.schemaVersion, f] as const))(
    'opens the v%i fixture with the current code and keeps every row',
    async (_version, fixture) => {
      const result = await runMigrationHarness({ fixture, versions: SCHEMA_VERSIONS, expected: fixture.tables });
      expect(result.differences).toEqual([]);
      expect(result.upgradedVersion).toBe(CURRENT_SCHEMA_VERSION);
      const events = (result.after.events ?? []) as unknown as CaseEventRecord[];
      const caseIds = [...new Set(events.map((e) => e.caseId))];
      for (const caseId of caseIds) {
        const chain = events.filter((e) => e.caseId === caseId).sort((a, b) => a.seq - b.seq);
        expect(verifyChain(caseId, chain).ok).toBe(true);
      }
    },
  );

  it('notices a migration that loses or changes a row (control)', async () => {
    const fixture = fixtures[0]!;
    const lossy: SchemaVersion[] = [
      ...SCHEMA_VERSIONS,
      {
        version: CURRENT_SCHEMA_VERSION + 1,
        stores: {},
        upgrade: async (tx) => {
          const first = await tx.table('messages').toCollection().first();
          await tx.table('messages').delete(first.id);
          await tx.table('cases').toCollection().modify({ title: 'renamed by a bad migration' });
        },
      },
    ];
    const result = await runMigrationHarness({ fixture, versions: lossy, expected: fixture.tables });
    expect(result.differences.filter((d) => d.kind === 'missing' && d.table === 'messages')).toHaveLength(1);
    expect(result.differences.filter((d) => d.kind === 'changed' && d.table === 'cases').length).toBeGreaterThan(0);
  });
});
