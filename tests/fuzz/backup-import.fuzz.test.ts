import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { addEvidence } from '@/lib/db/repos/evidence';
import { recordMessages } from '@/lib/db/repos/messages';
import { exportBackup } from '@/lib/dossier/backup-export';
import { applyImport, DossierImportError, planImport, type ImportPlan } from '@/lib/dossier/import';
import type { RepoContext } from '@/lib/db/context';
import { formatSha256Sums } from '@/lib/dossier/sha256sums';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import { dumpDatabase } from '../helpers/db-fixture';
import { freshRepo } from '../helpers/repo';
import { createTally, fuzzAsync, timeoutFor } from './harness';
import { storedZip, type RawEntry } from '../helpers/stored-zip';

/** Applies a plan with one choice for every conflicting case (skip when that choice is not offered). */
function applyAll(repo: RepoContext, plan: ImportPlan, choice: 'skip' | 'replace' | 'keep-both') {
  const choices = Object.fromEntries(
    plan.cases.flatMap((c) => (c.conflict ? [[c.id, c.conflict.choices.includes(choice) ? choice : 'skip']] : [])),
  );
  return applyImport(repo, plan, choices);
}

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

const HOSTILE_NAMES = [
  '../x',
  '../../backup.json',
  '/etc/passwd',
  'C:/x',
  'c:x',
  'a\\b',
  'evidence/../backup.json',
  './backup.json',
  'evidence/./x.png',
  '',
  'x\u0000y',
  'x\u001fy',
  'a'.repeat(400),
  'evidence/',
  'évidence/ü.png',
  'backup.json ',
  'BACKUP.JSON',
  'SHA256SUMS',
  'backup.json',
  '\u202Egnp.exe',
];

type JsonEdit =
  | { op: 'remove' | 'replace' | 'duplicate'; at: number; value: unknown }
  | { op: 'extra'; at: number; key: string; value: unknown };

type Mutation =
  | { kind: 'flip'; flips: [number, number][] }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; remove: number; insert: Uint8Array }
  | { kind: 'rename'; entry: number; name: string }
  | { kind: 'duplicate'; entry: number; sameContent: boolean }
  | { kind: 'declared'; entry: number; size: number }
  | { kind: 'drop'; entry: number }
  | { kind: 'add'; name: string; data: Uint8Array }
  | { kind: 'record'; table: string; change: 'duplicate' | 'same-id' }
  | { kind: 'json'; edits: JsonEdit[]; schemaVersion: number | null; resum: boolean };

const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, -1, 0, 1e308, '', 'x'.repeat(5000), '\uD800', [], {}, true, '2026-13-40T99:99:99Z'),
);

const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  fc.record({
    op: fc.constantFrom('remove' as const, 'replace' as const, 'duplicate' as const),
    at: fc.nat({ max: 300 }),
    value: leaf,
  }),
  fc.record({
    op: fc.constant('extra' as const),
    at: fc.nat({ max: 300 }),
    key: fc.string({ maxLength: 10 }),
    value: leaf,
  }),
);

const entryIndex = fc.nat({ max: 20 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 7 })), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    remove: fc.nat({ max: 64 }),
    insert: fc.uint8Array({ maxLength: 64 }),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    entry: entryIndex,
    name: fc.oneof(fc.constantFrom(...HOSTILE_NAMES), fc.string({ unit: 'binary', maxLength: 20 })),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), entry: entryIndex, sameContent: fc.boolean() }),
  fc.record({
    kind: fc.constant('declared' as const),
    entry: entryIndex,
    size: fc.oneof(fc.constantFrom(0, 1, 0xffffffff, 2 ** 31, 1024 ** 3 + 1), fc.nat()),
  }),
  fc.record({ kind: fc.constant('drop' as const), entry: entryIndex }),
  fc.record({
    kind: fc.constant('add' as const),
    name: fc.constantFrom(...HOSTILE_NAMES, 'evidence/extra.png'),
    data: fc.uint8Array({ maxLength: 16 }),
  }),
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

/** Applies one edit to the node numbered `at` in a depth-first walk; returns the new root. */
function editJson(root: unknown, edit: JsonEdit): unknown {
  let n = 0;
  const walk = (value: unknown): unknown => {
    const here = n++;
    if (here === edit.at) {
      if (edit.op === 'replace') return edit.value;
      if (edit.op === 'remove') return undefined;
      if (edit.op === 'extra' && value && typeof value === 'object' && !Array.isArray(value))
        return { ...value, [edit.key]: edit.value };
      if (edit.op === 'duplicate' && Array.isArray(value) && value.length > 0) return [...value, value[0]];
    }
    if (Array.isArray(value)) return value.map(walk).filter((v) => v !== undefined);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const next = walk(v);
        if (next !== undefined) out[k] = next;
      }
      return out;
    }
    return value;
  };
  return walk(root);
}

const withSums = (files: [string, Uint8Array][]): [string, Uint8Array][] => {
  const rest = files.filter(([name]) => name !== 'SHA256SUMS');
  const sums = formatSha256Sums(rest.map(([path, c]) => ({ path, sha256: sha256HexOfBytes(c) })));
  return [...rest, ['SHA256SUMS', strToU8(sums)]];
};

function build(m: Mutation): Uint8Array {
  const raw = (list: RawEntry[]) => storedZip(list);
  const list = (): RawEntry[] => entries.map(([name, data]) => ({ name, data }));
  const pick = (i: number) => i % entries.length;
  switch (m.kind) {
    case 'flip': {
      const out = exported.slice();
      for (const [at, bit] of m.flips) out[at % out.length]! ^= 1 << bit;
      return out;
    }
    case 'truncate':
      return exported.slice(0, m.at % exported.length);
    case 'splice': {
      const at = m.at % exported.length;
      return new Uint8Array([...exported.slice(0, at), ...m.insert, ...exported.slice(at + m.remove)]);
    }
    case 'rename': {
      const out = list();
      out[pick(m.entry)]!.name = m.name;
      return raw(out);
    }
    case 'duplicate': {
      const out = list();
      const original = out[pick(m.entry)]!;
      out.push({ name: original.name, data: m.sameContent ? original.data : strToU8('{"other":true}') });
      return raw(out);
    }
    case 'declared': {
      const out = list();
      out[pick(m.entry)]!.declaredSize = m.size;
      return raw(out);
    }
    case 'drop':
      return raw(list().filter((_, i) => i !== pick(m.entry)));
    case 'add':
      return raw([...list(), { name: m.name, data: m.data }]);
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
  }
}

/** A refusal the user can read: our own error type, with a message that names the problem. */
function expectClearRefusal(error: unknown): void {
  expect(error).toBeInstanceOf(DossierImportError);
  const { message } = error as DossierImportError;
  expect(message.length).toBeGreaterThan(10);
  expect(message).not.toMatch(/\[object /);
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
              tally.add(
                `refused: ${(error as Error).message.replace(/"[^"]*"|\S*\d\S*|evidence\/\S+/g, '…').slice(0, 70)}`,
              );
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
