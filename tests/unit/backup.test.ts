import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { addEvidence } from '@/lib/db/repos/evidence';
import { eraseAllCaseData } from '@/lib/db/repos/erase';
import { recordMessages } from '@/lib/db/repos/messages';
import { applyImport, planImport } from '@/lib/dossier/import';
import { exportBackup } from '@/lib/dossier/backup-export';
import { dumpDatabase } from '../helpers/db-fixture';
import { freshRepo } from '../helpers/repo';

async function populated() {
  const env = await freshRepo();
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
    ],
  });
  await addEvidence(env.repo, acme.id, [
    { kind: 'screenshot', blob: new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], { type: 'image/png' }) },
  ]);
  return { ...env, acme };
}

async function exportBytes(env: Awaited<ReturnType<typeof populated>>) {
  const result = await exportBackup(env.repo, { appVersion: 'test' });
  return new Uint8Array(await result.blob.arrayBuffer());
}

function rezip(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void) {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

describe('backup', () => {
  it('round-trips: export, delete everything, import gives the same data', async () => {
    const env = await populated();
    const before = await dumpDatabase(env.db);
    const bytes = await exportBytes(env);
    await eraseAllCaseData(env.repo);
    const plan = await planImport(bytes, env.repo);
    // The message's rep name and promise were suggested as facts: one more event.
    expect(plan.counts).toMatchObject({ cases: 1, messages: 1, evidence: 1, events: 4 });
    expect(before.facts?.length).toBeGreaterThan(0);
    expect(plan.cases.map((c) => c.conflict)).toEqual([null]);
    await applyImport(env.repo, plan, {});
    const after = await dumpDatabase(env.db);
    delete before.meta;
    delete after.meta;
    expect(after).toEqual(before);
  });

  it('writes SHA256SUMS that covers every file', async () => {
    const env = await populated();
    const files = unzipSync(await exportBytes(env));
    const sums = new TextDecoder().decode(files.SHA256SUMS);
    const listed = sums
      .trim()
      .split('\n')
      .map((line) => line.slice(66));
    expect(listed.sort()).toEqual(
      Object.keys(files)
        .filter((n) => n !== 'SHA256SUMS')
        .sort(),
    );
  });

  it('reports a case that already exists and skips or replaces it as asked', async () => {
    const env = await populated();
    const bytes = await exportBytes(env);
    const plan = await planImport(bytes, env.repo);
    expect(plan.cases).toMatchObject([{ id: env.acme.id, conflict: { existingTitle: env.acme.title } }]);
    expect(await applyImport(env.repo, plan, { [env.acme.id]: 'skip' })).toMatchObject({ imported: [] });
    expect(await env.db.messages.count()).toBe(1);
    const replaced = await applyImport(env.repo, plan, { [env.acme.id]: 'replace' });
    expect(replaced).toMatchObject({ imported: [env.acme.id], replaced: [env.acme.id] });
    expect(await env.db.messages.count()).toBe(1);
  });

  const hostile: [string, (bytes: Uint8Array) => Uint8Array, RegExp][] = [
    ['not a ZIP', () => strToU8('hello, I am a text file'), /not a ZIP/],
    ['a truncated ZIP', (b) => b.slice(0, Math.floor(b.length / 2)), /damaged or incomplete/],
    ['a ../ path', (b) => rezip(b, (f) => (f['../escape.txt'] = strToU8('x'))), /unsafe file name/],
    ['an absolute path', (b) => rezip(b, (f) => (f['/etc/passwd'] = strToU8('x'))), /unsafe file name/],
    ['a zip bomb', () => zipSync({ 'backup.json': new Uint8Array(24 * 1024 ** 2) }, { level: 9 }), /zip bomb/],
    ['no envelope', (b) => rezip(b, (f) => delete f['backup.json']), /neither case.json nor backup.json/],
    ['invalid JSON', (b) => rezip(b, (f) => (f['backup.json'] = strToU8('{oops'))), /not valid JSON/],
    [
      'a record that fails the schema',
      (b) =>
        rezip(b, (f) => {
          const env = JSON.parse(new TextDecoder().decode(f['backup.json']));
          env.data.messages[0].role = 'robot';
          f['backup.json'] = strToU8(JSON.stringify(env));
        }),
      /expected format at data\.messages\.0\.role/,
    ],
    [
      'a newer schema version',
      (b) =>
        rezip(b, (f) => {
          const env = JSON.parse(new TextDecoder().decode(f['backup.json']));
          env.schemaVersion = 99;
          f['backup.json'] = strToU8(JSON.stringify(env));
        }),
      /newer Paper Trail/,
    ],
    [
      'a one-byte change in a screenshot',
      (b) =>
        rezip(b, (f) => {
          const name = Object.keys(f).find((n) => n.startsWith('evidence/'))!;
          f[name]![3] = f[name]![3]! ^ 1;
        }),
      /was changed after export/,
    ],
    ['a missing file', (b) => rezip(b, (f) => delete f['README.txt']), /README.txt listed in SHA256SUMS is missing/],
    ['an added file', (b) => rezip(b, (f) => (f['evidence/extra.png'] = strToU8('x'))), /added after export/],
  ];

  it.each(hostile)(
    'refuses %s with a clear message and leaves the database as it was',
    async (_label, mutate, message) => {
      const env = await populated();
      const bytes = mutate(await exportBytes(env));
      const before = await dumpDatabase(env.db);
      await expect(planImport(bytes, env.repo)).rejects.toThrow(message);
      expect(await dumpDatabase(env.db)).toEqual(before);
    },
  );

  it('refuses a log whose chain was edited, even with SHA256SUMS recomputed', async () => {
    const env = await populated();
    const { formatSha256Sums } = await import('@/lib/dossier/sha256sums');
    const { sha256HexOfBytes } = await import('@/lib/integrity/sha256');
    const bytes = rezip(await exportBytes(env), (f) => {
      const envelope = JSON.parse(new TextDecoder().decode(f['backup.json']));
      envelope.data.events[1].payload.message.text = 'no refund promised';
      f['backup.json'] = strToU8(JSON.stringify(envelope));
      delete f.SHA256SUMS;
      f.SHA256SUMS = strToU8(
        formatSha256Sums(Object.entries(f).map(([path, c]) => ({ path, sha256: sha256HexOfBytes(c) }))),
      );
    });
    await expect(planImport(bytes, env.repo)).rejects.toThrow(/does not verify/);
  });
});

describe('zip limits', () => {
  it('refuses archives with too many entries or oversized declared contents before inflating', async () => {
    const { readZip, DEFAULT_ZIP_LIMITS } = await import('@/lib/dossier/zip-reader');
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, strToU8('x')]));
    expect(() => readZip(zipSync(many), { ...DEFAULT_ZIP_LIMITS, maxEntries: 20 })).toThrow(/more than 20 files/);
    expect(() =>
      readZip(zipSync({ 'a.bin': new Uint8Array(4096) }), { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1000 }),
    ).toThrow(/zip bomb/);
  });
});
