import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { eraseAllCaseData } from '@/lib/db/repos/erase';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { exportBackup } from '@/lib/dossier/backup-export';
import { exportCaseDossier } from '@/lib/dossier/case-export';
import {
  applyImport,
  DossierImportError,
  migrateEnvelope,
  planImport,
  type ImportErrorCode,
} from '@/lib/dossier/import';
import { formatSha256Sums } from '@/lib/dossier/sha256sums';
import { verifyDossier } from '@/lib/dossier/verify';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import { dumpDatabase } from '../helpers/db-fixture';
import { caseWithEverything, exportZip, testReport } from '../helpers/dossier-case';

type Env = Awaited<ReturnType<typeof caseWithEverything>>;
type Files = Record<string, Uint8Array>;

const json = (bytes: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

/** The parts of a dossier that must survive a round trip: everything but when it was made. */
function dossierContent(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const envelope = json(files['case.json']) as { data: Record<string, unknown> };
  const events = json(files['events.json']);
  const manifest = json(files['manifest.json']) as { files: { itemId: string | null; sha256: string }[] };
  return {
    data: envelope.data,
    events: events.events,
    evidenceDigests: manifest.files.filter((f) => f.itemId !== null).map((f) => [f.itemId, f.sha256]),
  };
}

function rezip(bytes: Uint8Array, change: (files: Files) => void, resum = false): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  if (resum) {
    delete files.SHA256SUMS;
    files.SHA256SUMS = strToU8(
      formatSha256Sums(Object.entries(files).map(([path, c]) => ({ path, sha256: sha256HexOfBytes(c) }))),
    );
  }
  return zipSync(files);
}

function editJson(files: Files, path: string, edit: (value: Record<string, unknown>) => void) {
  const value = json(files[path]);
  edit(value);
  files[path] = strToU8(JSON.stringify(value));
}

/** Two entries under one name: fflate will not write that, so the second name is patched in. */
function duplicateNames(): Uint8Array {
  const bytes = zipSync({ 'case.json': strToU8('{}'), 'case.jsoN': strToU8('{}') }, { level: 0 });
  const text = Buffer.from(bytes).toString('latin1').replaceAll('case.jsoN', 'case.json');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** One more entry than the reader accepts (built once: it is the slowest input to make). */
const manyEntries = zipSync(
  Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`f${i}`, new Uint8Array(0)])),
  { level: 0 },
);

async function backupBytes(env: Env) {
  return new Uint8Array(await (await exportBackup(env.repo, { appVersion: 'test' })).blob.arrayBuffer());
}

async function expectRefused(promise: Promise<unknown>, code: ImportErrorCode, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DossierImportError);
  expect((error as DossierImportError).code).toBe(code);
  expect((error as DossierImportError).message).toMatch(message);
}

describe('import of a case dossier', () => {
  it('round-trips: export, erase, import, export again gives the same data, events and digests', async () => {
    const env = await caseWithEverything();
    const first = (await exportZip(env)).bytes;
    await eraseAllCaseData(env.repo);
    const plan = await planImport(first, env.repo);
    expect(plan).toMatchObject({
      kind: 'case-dossier',
      sourceVersion: 1,
      counts: { cases: 1, messages: 2, evidence: 4 },
      cases: [{ id: env.acme.id, conflict: null }],
    });
    const result = await applyImport(env.repo, plan, {});
    expect(result.imported).toEqual([env.acme.id]);
    expect((await verifyCaseLog(env.repo, env.acme.id)).ok).toBe(true);
    const second = (await exportZip(env)).bytes;
    expect(verifyDossier(second).ok).toBe(true);
    expect(dossierContent(second)).toEqual(dossierContent(first));
    expect(dossierContent(first).evidenceDigests).toHaveLength(4);
  });

  it('skips a case already here without writing anything', async () => {
    const env = await caseWithEverything();
    const { bytes } = await exportZip(env);
    const before = await dumpDatabase(env.db);
    const plan = await planImport(bytes, env.repo);
    expect(plan.cases[0]!.conflict).toEqual({
      existingTitle: env.acme.title,
      itemsElsewhere: 0,
      choices: ['skip', 'replace', 'keep-both'],
    });
    expect(await applyImport(env.repo, plan, { [env.acme.id]: 'skip' })).toMatchObject({ skipped: [env.acme.id] });
    expect(await applyImport(env.repo, plan, {})).toMatchObject({ skipped: [env.acme.id], imported: [] });
    expect(await dumpDatabase(env.db)).toEqual(before);
  });

  it('replaces a case already here with the one in the file, log included', async () => {
    const env = await caseWithEverything();
    const { bytes } = await exportZip(env);
    const exported = dossierContent(bytes);
    // After the export the case's log has grown by export.made; replacing takes the file's state.
    expect(await listCaseEvents(env.repo, env.acme.id)).toHaveLength((exported.events as unknown[]).length + 1);
    const plan = await planImport(bytes, env.repo);
    expect(await applyImport(env.repo, plan, { [env.acme.id]: 'replace' })).toMatchObject({
      replaced: [env.acme.id],
      imported: [env.acme.id],
    });
    expect(await listCaseEvents(env.repo, env.acme.id)).toEqual(exported.events);
    expect((await verifyCaseLog(env.repo, env.acme.id)).ok).toBe(true);
    expect(await env.db.cases.count()).toBe(1);
  });

  it('keeps both: a copy with new ids whose own log verifies and records where it came from', async () => {
    const env = await caseWithEverything();
    const { bytes } = await exportZip(env);
    const originalRows = await dumpDatabase(env.db);
    const plan = await planImport(bytes, env.repo);
    const result = await applyImport(env.repo, plan, { [env.acme.id]: 'keep-both' });
    const copyId = result.copies[0]!.to;
    expect(copyId).not.toBe(env.acme.id);
    // The original case and its rows are untouched.
    const after = await dumpDatabase(env.db);
    for (const table of ['messages', 'evidence', 'facts', 'events'] as const) {
      expect(after[table]!.filter((r) => r.caseId === env.acme.id)).toEqual(originalRows[table]);
    }
    const copy = {
      messages: await env.db.messages.where('caseId').equals(copyId).toArray(),
      evidence: await env.db.evidence.where('caseId').equals(copyId).toArray(),
      facts: await env.db.facts.where('caseId').equals(copyId).toArray(),
    };
    expect(copy.messages).toHaveLength(2);
    expect(copy.evidence).toHaveLength(4);
    const originalIds = new Set([...originalRows.messages!, ...originalRows.evidence!].map((r) => r.id));
    for (const row of [...copy.messages, ...copy.evidence, ...copy.facts]) expect(originalIds.has(row.id)).toBe(false);
    // Facts point at the copy's items, not the original's.
    for (const fact of copy.facts.filter((f) => f.source.id !== null)) {
      expect([...copy.messages, ...copy.evidence].map((r) => r.id)).toContain(fact.source.id);
    }
    const events = await listCaseEvents(env.repo, copyId);
    expect((await verifyCaseLog(env.repo, copyId)).ok).toBe(true);
    const log = dossierContent(bytes).data.log as { rootHash: string; eventCount: number };
    expect(events[0]).toMatchObject({
      type: 'case.created',
      payload: { importedFrom: { caseId: env.acme.id, rootHash: log.rootHash, eventCount: log.eventCount } },
    });
    expect(events.filter((e) => e.type === 'item.moved-in')).toHaveLength(6);
    expect(events.find((e) => e.payload.itemId === copy.evidence[0]!.id)!.blobs).toEqual([
      { itemId: copy.evidence[0]!.id, sha256: copy.evidence[0]!.sha256, size: copy.evidence[0]!.size },
    ]);
    // The copy exports as a dossier that verifies: its files are in its own log.
    const again = await exportCaseDossier(env.repo, copyId, { appVersion: 'test', renderReport: testReport });
    const verdict = verifyDossier(new Uint8Array(await again.blob.arrayBuffer()));
    expect(verdict.problems).toEqual([]);
    expect(verdict.summary).toMatchObject({ evidenceFromOtherCases: 0, messagesFromOtherCases: 2 });
  });

  it('offers no replace when items of the file now belong to another case here', async () => {
    const env = await caseWithEverything();
    const { bytes } = await exportZip(env);
    const message = (await env.db.messages.toArray())[0]!;
    await env.db.messages.update(message.id, { caseId: 'elsewhere' });
    const plan = await planImport(bytes, env.repo);
    expect(plan.cases[0]!.conflict).toMatchObject({ itemsElsewhere: 1, choices: ['skip', 'keep-both'] });
    const before = await dumpDatabase(env.db);
    await expectRefused(applyImport(env.repo, plan, { [env.acme.id]: 'replace' }), 'conflict-choice', /replace/);
    expect(await dumpDatabase(env.db)).toEqual(before);
  });

  it('leaves the database as it was when a write fails half-way', async () => {
    const env = await caseWithEverything();
    const { bytes } = await exportZip(env);
    await eraseAllCaseData(env.repo);
    const plan = await planImport(bytes, env.repo);
    // Two messages with one key: the unique index refuses the second, after the case was written.
    const messages = plan.content.cases[0]!.messages;
    messages[1] = { ...messages[1]!, key: messages[0]!.key };
    const before = await dumpDatabase(env.db);
    await expect(applyImport(env.repo, plan, {})).rejects.toThrow();
    expect(await dumpDatabase(env.db)).toEqual(before);
  });
});

describe('import of a backup', () => {
  it('imports every case into a fresh database, each log unchanged', async () => {
    const env = await caseWithEverything();
    const bytes = await backupBytes(env);
    const before = await dumpDatabase(env.db);
    await eraseAllCaseData(env.repo);
    const plan = await planImport(bytes, env.repo);
    expect(plan).toMatchObject({ kind: 'backup', counts: { cases: 1, messages: 2, evidence: 4 } });
    await applyImport(env.repo, plan, {});
    const after = await dumpDatabase(env.db);
    delete before.meta;
    delete after.meta;
    expect(after).toEqual(before);
  });
});

describe('bad input: refused with a code and a clear message, the database exactly as before', () => {
  const dossier: [string, (b: Uint8Array) => Uint8Array, ImportErrorCode, RegExp][] = [
    ['a non-ZIP', () => strToU8('%PDF-1.4 not a zip'), 'not-zip', /not a ZIP/],
    ['a truncated ZIP', (b) => b.slice(0, Math.floor(b.length * 0.6)), 'damaged', /damaged or incomplete/],
    [
      'a zip bomb (huge declared size)',
      () => zipSync({ 'case.json': new Uint8Array(24 * 1024 ** 2) }, { level: 9 }),
      'zip-bomb',
      /zip bomb/,
    ],
    ['a zip bomb (many entries)', () => manyEntries, 'too-many-files', /more than 20000 files/],
    [
      'a zip bomb (deep nesting)',
      (b) => rezip(b, (f) => (f[`${'d/'.repeat(20)}x.txt`] = strToU8('x'))),
      'too-deep',
      /nested more than 16 levels/,
    ],
    ['a ../ name', (b) => rezip(b, (f) => (f['../evil.txt'] = strToU8('x'))), 'unsafe-name', /unsafe file name/],
    ['one name twice', () => duplicateNames(), 'duplicate-name', /twice/],
    ['no envelope', (b) => rezip(b, (f) => delete f['case.json']), 'not-paper-trail', /neither case.json/],
    ['case.json not JSON', (b) => rezip(b, (f) => (f['case.json'] = strToU8('{oops'))), 'invalid-json', /not valid/],
    [
      'case.json of another format',
      (b) => rezip(b, (f) => editJson(f, 'case.json', (e) => (e.format = 'someone/else'))),
      'not-paper-trail',
      /does not say it is a Paper Trail dossier/,
    ],
    [
      'a case.json that fails the schema',
      (b) =>
        rezip(b, (f) => editJson(f, 'case.json', (e) => ((e.data as { case: { status: string } }).case.status = 'x'))),
      'schema',
      /case.json does not match the expected format at data\.case\.status/,
    ],
    [
      'a newer schema version',
      (b) => rezip(b, (f) => editJson(f, 'case.json', (e) => (e.schemaVersion = 7))),
      'newer-version',
      /data version is 7, this Paper Trail reads up to version 1/,
    ],
    [
      'a one-byte change in a screenshot',
      (b) =>
        rezip(b, (f) => {
          const name = Object.keys(f).find((n) => n.startsWith('screenshots/'))!;
          f[name]![9] = f[name]![9]! ^ 1;
        }),
      'tampered',
      /does not verify: screenshots\/.*was changed/,
    ],
    [
      'an edited message with every digest recomputed',
      (b) =>
        rezip(
          b,
          (f) => {
            editJson(f, 'case.json', (e) => {
              (e.data as { messages: { text: string }[] }).messages[0]!.text = 'No refund was promised.';
            });
            const manifest = json(f['manifest.json']) as { files: { path: string; sha256: string; size: number }[] };
            const entry = manifest.files.find((x) => x.path === 'case.json')!;
            entry.sha256 = sha256HexOfBytes(f['case.json']!);
            entry.size = f['case.json']!.length;
            f['manifest.json'] = strToU8(JSON.stringify(manifest));
          },
          true,
        ),
      'tampered',
      /differs from what the event log recorded/,
    ],
  ];

  it.each(dossier)(
    'dossier: %s',
    async (_label, mutate, code, message) => {
      const env = await caseWithEverything();
      const bytes = mutate((await exportZip(env)).bytes);
      const before = await dumpDatabase(env.db);
      await expectRefused(planImport(bytes, env.repo), code, message);
      expect(await dumpDatabase(env.db)).toEqual(before);
    },
    20_000,
  );

  const backup: [string, (b: Uint8Array) => Uint8Array, ImportErrorCode, RegExp][] = [
    [
      'a newer schema version',
      (b) => rezip(b, (f) => editJson(f, 'backup.json', (e) => (e.schemaVersion = 2))),
      'newer-version',
      /data version is 2/,
    ],
    [
      'a record that fails the schema',
      (b) =>
        rezip(b, (f) =>
          editJson(f, 'backup.json', (e) => ((e.data as { messages: { role: string }[] }).messages[0]!.role = 'bot')),
        ),
      'schema',
      /backup.json does not match the expected format at data\.messages\.0\.role/,
    ],
    [
      'an evidence file changed, SHA256SUMS recomputed',
      (b) =>
        rezip(
          b,
          (f) => {
            const name = Object.keys(f).find((n) => n.startsWith('evidence/') && n.endsWith('.png'))!;
            f[name]![9] = f[name]![9]! ^ 1;
          },
          true,
        ),
      'tampered',
      /evidence file evidence\/.* does not match the digest recorded/,
    ],
    ['an added file', (b) => rezip(b, (f) => (f['evidence/x.png'] = strToU8('x'))), 'tampered', /added after/],
    [
      'a screenshot swapped, its record and SHA256SUMS made to match',
      (b) =>
        rezip(
          b,
          (f) => {
            const name = Object.keys(f).find((n) => n.startsWith('evidence/') && n.endsWith('.png'))!;
            f[name] = strToU8('another picture');
            editJson(f, 'backup.json', (e) => {
              const item = (e.data as { evidence: { file: string; sha256: string; size: number }[] }).evidence.find(
                (x) => x.file === name,
              )!;
              item.sha256 = sha256HexOfBytes(f[name]!);
              item.size = f[name]!.length;
            });
          },
          true,
        ),
      'tampered',
      /is not the file its event log recorded/,
    ],
    [
      'an edited event, SHA256SUMS recomputed',
      (b) =>
        rezip(
          b,
          (f) => editJson(f, 'backup.json', (e) => ((e.data as { events: { at: number }[] }).events[1]!.at += 1)),
          true,
        ),
      'tampered',
      /event log of case .* does not verify: Event 1 does not match its own hash/,
    ],
  ];

  it.each(backup)('backup: %s', async (_label, mutate, code, message) => {
    const env = await caseWithEverything();
    const bytes = mutate(await backupBytes(env));
    const before = await dumpDatabase(env.db);
    await expectRefused(planImport(bytes, env.repo), code, message);
    expect(await dumpDatabase(env.db)).toEqual(before);
  });
});

describe('migration chain', () => {
  const steps = [
    { from: 1, migrate: (e: Record<string, unknown>) => ({ ...e, renamed: e.old, old: undefined }) },
    { from: 2, migrate: (e: Record<string, unknown>) => ({ ...e, added: true }) },
  ];

  it('runs each step from the file version up to the app version, in order', () => {
    expect(migrateEnvelope({ schemaVersion: 1, old: 'x' }, 1, 3, steps)).toEqual({
      schemaVersion: 3,
      renamed: 'x',
      old: undefined,
      added: true,
    });
    expect(migrateEnvelope({ schemaVersion: 2 }, 2, 3, steps)).toEqual({ schemaVersion: 3, added: true });
    expect(migrateEnvelope({ schemaVersion: 3 }, 3, 3, steps)).toEqual({ schemaVersion: 3 });
  });

  it('refuses a version no step converts', () => {
    expect(() => migrateEnvelope({}, 1, 3, [steps[1]!])).toThrow(/data version 1, which this Paper Trail/);
  });
});
