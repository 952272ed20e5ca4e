import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@/lib/db/schema-versions';
import { listCases } from '@/lib/db/repos/cases';
import { verifyCaseLog } from '@/lib/db/repos/events';
import { applyImport, planImport } from '@/lib/dossier/import';
import { freshRepo } from '../helpers/repo';

const dir = join(import.meta.dirname, '../fixtures/dossier');
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.zip'));

/** What each fixture holds (tests/fixtures/dossier/generate.ts made them). */
const expected: Record<string, { kind: string; cases: string[]; messages: number; evidence: number }> = {
  'case-dossier': { kind: 'case-dossier', cases: ['Acme Shop'], messages: 2, evidence: 1 },
  backup: { kind: 'backup', cases: ['Acme Shop', 'Globex'], messages: 2, evidence: 1 },
};

describe('fixtures of every exported schema version', () => {
  it('has a case dossier and a backup for every version up to the current one', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      expect(fixtures).toContain(`case-dossier-v${version}.zip`);
      expect(fixtures).toContain(`backup-v${version}.zip`);
    }
  });

  it.each(fixtures)('imports %s into a fresh database, every log verifying', async (name) => {
    const [, kind, version] = /^(case-dossier|backup)-v(\d+)\.zip$/.exec(name)!;
    const want = expected[kind!]!;
    const { repo } = await freshRepo();
    const plan = await planImport(new Uint8Array(readFileSync(join(dir, name))), repo);
    expect(plan).toMatchObject({
      kind: want.kind,
      sourceVersion: Number(version),
      counts: { cases: want.cases.length, messages: want.messages, evidence: want.evidence },
    });
    await applyImport(repo, plan, {});
    const cases = await listCases(repo);
    expect(cases.map((c) => c.title).sort()).toEqual(want.cases);
    for (const c of cases) expect((await verifyCaseLog(repo, c.id)).ok).toBe(true);
    const shot = await repo.db.evidence.toArray();
    expect(shot[0]!.blob.size).toBe(shot[0]!.size);
  });
});
