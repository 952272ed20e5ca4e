import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { addEvidence } from '@/lib/db/repos/evidence';
import { recordMessages } from '@/lib/db/repos/messages';
import { exportBackup } from '@/lib/dossier/backup-export';
import { planImport } from '@/lib/dossier/import';
import { dumpDatabase } from '../helpers/db-fixture';
import { freshRepo } from '../helpers/repo';
import { createTally, fuzzAsync, timeoutFor } from './harness';
import { storedZip } from '../helpers/stored-zip';
import { applyAll, expectClearRefusal, refusalLabel } from './import-checks';
import {
  applyArchiveMutation,
  archiveMutations,
  editJson,
  hostileNames,
  jsonEdit,
  withSums,
  type ArchiveMutation,
  type JsonEdit,
} from './zip-mutations';

type Env = Awaited<ReturnType<typeof freshRepo>>;

async function populate(env: Env): Promise<Env> {
  const acme = await createCase(env.repo, {
    title: 'Acme <b>Shop</b> \u202Eevil',
    company: 'Acme',
    site: 'acme.example',
  });
  await recordMessages(env.repo, {
    caseId: acme.id,
    site: 'acme.example',
    frameUrl: 'https://acme.example/',
    adapter: 'generic',
    messages: [
      {
        key: 'k1',
        role: 'agent',
        authorName: 'Dana',
        text: 'שמי דנה, refund in 5 days',
        truncated: false,
        widgetTimeText: null,
        fromHistory: false,
        seenAt: 0,
      },
      {
        key: 'k2',
        role: 'customer',
        authorName: null,
        text: 'Заказ 5531209, спасибо',
        truncated: false,
        widgetTimeText: '10:02',
        fromHistory: false,
        seenAt: 1,
      },
    ],
  });
  await addEvidence(env.repo, acme.id, [
    { kind: 'screenshot', blob: new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], { type: 'image/png' }) },
  ]);
  return env;
}

async function exportBytes(env: Env): Promise<Uint8Array> {
  const result = await exportBackup(env.repo, { appVersion: 'fuzz' });
  return new Uint8Array(await result.blob.arrayBuffer());
}

let exported: Uint8Array;
let entries: [string, Uint8Array][];
let envelope: unknown;

beforeAll(async () => {
  exported = await exportBytes(await populate(await freshRepo()));
  entries = Object.entries(unzipSync(exported));
  envelope = JSON.parse(new TextDecoder().decode(unzipSync(exported)['backup.json']));
});

type Mutation =
  | ArchiveMutation
  | { kind: 'record'; table: string; change: 'duplicate' | 'same-id' }
  | { kind: 'json'; edits: JsonEdit[]; schemaVersion: number | null; resum: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  ...archiveMutations(hostileNames('backup.json', 'evidence'), 'evidence/extra.png'),
  fc.record({
    kind: fc.constant('record' as const),
    table: fc.constantFrom('cases', 'messages', 'evidence', 'facts', 'events'),
    change: fc.constantFrom('duplicate' as const, 'same-id' as const),
  }),
  fc.record({
    kind: fc.constant('json' as const),
    edits: fc.array(jsonEdit, { maxLength: 3 }),
    schemaVersion: fc.option(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(1.5, 2 ** 53, 99)), {
      nil: null,
    }),
    resum: fc.boolean(),
  }),
);

function build(m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'record': {
      // Two records of one table with one id (SHA256SUMS recomputed, so only the records can tell).
      const value = structuredClone(envelope) as { data: Record<string, { id: string }[]> };
      const rows = value.data[m.table]!;
      if (rows.length > 1 && m.change === 'same-id') rows[1] = { ...rows[1]!, id: rows[0]!.id };
      else rows.push(rows[0]!);
      const files = entries.map(([name, data]): [string, Uint8Array] => [
        name,
        name === 'backup.json' ? strToU8(JSON.stringify(value)) : data,
      ]);
      return zipSync(Object.fromEntries(withSums(files)));
    }
    case 'json': {
      let value = envelope;
      for (const edit of m.edits) value = editJson(value, edit);
      if (m.schemaVersion !== null && value && typeof value === 'object')
        value = { ...value, schemaVersion: m.schemaVersion };
      const files = entries.map(([name, data]): [string, Uint8Array] => [
        name,
        name === 'backup.json' ? strToU8(JSON.stringify(value) ?? '') : data,
      ]);
      return zipSync(Object.fromEntries(m.resum ? withSums(files) : files));
    }
    default:
      return applyArchiveMutation(m, exported, entries);
  }
}

describe('fuzz: backup importer', () => {
  it('the unmutated export imports (the baseline every mutation starts from)', async () => {
    const env = await freshRepo();
    const plan = await planImport(exported, env.repo);
    expect((await applyAll(env.repo, plan, 'skip')).imported).toHaveLength(1);
    // The stored-ZIP writer the entry mutations use is a valid archive too.
    await expect(
      planImport(storedZip(entries.map(([name, data]) => ({ name, data }))), env.repo),
    ).resolves.toBeDefined();
  });

  it(
    'mutated archives and envelopes import valid data or are refused with a clear error, the database untouched',
    async () => {
      const tally = createTally();
      const envs: Record<'empty' | 'populated', Env | null> = { empty: null, populated: null };
      const envFor = async (target: 'empty' | 'populated') =>
        (envs[target] ??= target === 'empty' ? await freshRepo() : await populate(await freshRepo()));
      await fuzzAsync(
        'backup-import',
        fc.asyncProperty(
          mutation,
          fc.constantFrom('empty' as const, 'populated' as const),
          fc.constantFrom('skip' as const, 'replace' as const),
          async (m, target, choice) => {
            const bytes = build(m);
            const env = await envFor(target);
            const before = await dumpDatabase(env.db);
            let plan;
            try {
              plan = await planImport(bytes, env.repo);
            } catch (error) {
              expectClearRefusal(error);
              tally.add(refusalLabel(error));
              expect(await dumpDatabase(env.db)).toEqual(before);
              return;
            }
            tally.add('planned');
            // Repeated names are ambiguous (readers disagree on which entry counts): never imported.
            expect(m.kind).not.toBe('duplicate');
            try {
              await applyAll(env.repo, plan, choice);
            } catch (error) {
              expectClearRefusal(error);
              expect(await dumpDatabase(env.db)).toEqual(before);
              return;
            }
            tally.add('imported');
            // Imported: what the database now holds is valid — it exports and that export plans again.
            envs[target] = null;
            await expect(planImport(await exportBytes(env), env.repo)).resolves.toBeDefined();
            env.db.close();
          },
        ),
      );
      tally.print('backup-import');
    },
    timeoutFor(40),
  );
});
