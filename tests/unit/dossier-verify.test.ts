import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipPassThrough, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { moveItem } from '@/lib/db/repos/items';
import { manifestSchema } from '@/lib/dossier/dossier-format';
import { formatSha256Sums } from '@/lib/dossier/sha256sums';
import { verifyDossier, type DossierVerdict } from '@/lib/dossier/verify';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import { caseWithEverything, exportZip } from '../helpers/dossier-case';

type Files = Record<string, Uint8Array>;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

let pristine: Uint8Array;
let names: string[];
beforeAll(async () => {
  pristine = (await exportZip(await caseWithEverything())).bytes;
  names = Object.keys(unzipSync(pristine));
});

function rezip(change: (files: Files) => void, bytes = pristine): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

/** What someone covering their tracks would do: fix manifest.json and SHA256SUMS to match. */
function resealed(files: Files) {
  const manifest = manifestSchema.parse(JSON.parse(text(files['manifest.json'])));
  for (const entry of manifest.files) {
    entry.sha256 = sha256HexOfBytes(files[entry.path]!);
    entry.size = files[entry.path]!.length;
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  const others = Object.keys(files).filter((p) => p !== 'SHA256SUMS');
  files['SHA256SUMS'] = strToU8(
    formatSha256Sums(others.map((path) => ({ path, sha256: sha256HexOfBytes(files[path]!) }))),
  );
}

function flipFirstByte(bytes: Uint8Array) {
  bytes[0] = bytes[0]! ^ 1;
}

const pathOf = (prefix: string) => names.find((n) => n.startsWith(prefix))!;
const named = (verdict: DossierVerdict, path: string) =>
  verdict.problems.some((p) => p.path === path || p.detail.includes(path));

describe('dossier verifier', () => {
  it('finds an untouched dossier intact and sums it up', async () => {
    const verdict = verifyDossier(pristine);
    // The fixture's first message was revised: case.json holds the revision, as the log does.
    expect(text(unzipSync(pristine)['case.json'])).toContain('(edited)');
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.summary).toMatchObject({
      caseTitle: 'Acme <b>Kettle</b>',
      files: 12,
      evidence: 4,
      evidenceFromOtherCases: 0,
      exportedAt: '2026-11-22T09:07:03.000Z',
    });
    expect(verdict.summary.rootHash).toMatch(/^[0-9a-f]{64}$/);
    expect(verdict.summary.events).toBeGreaterThan(5);
  });

  const kinds: [string, () => string, string][] = [
    ['the report', () => 'report.html', 'report-copy.html'],
    ['case.json', () => 'case.json', 'case-old.json'],
    ['the event log', () => 'events.json', 'events-2.json'],
    ['transcript.txt', () => 'transcript.txt', 'transcript-2.txt'],
    ['transcript.csv', () => 'transcript.csv', 'transcript-2.csv'],
    ['a screenshot', () => pathOf('screenshots/'), 'screenshots/extra.png'],
    ['a page archive', () => pathOf('pages/'), 'pages/extra.mhtml'],
    [
      'an attachment',
      () => names.find((n) => n.startsWith('attachments/') && n.endsWith('.pdf'))!,
      'attachments/x.pdf',
    ],
    ['a call log', () => names.find((n) => n.startsWith('attachments/') && n.endsWith('.json'))!, 'attachments/y.json'],
    ['the manifest', () => 'manifest.json', 'manifest-2.json'],
    ['SHA256SUMS', () => 'SHA256SUMS', 'SHA256SUMS.old'],
    ['the README', () => 'README.txt', 'README-2.txt'],
  ];

  describe.each(kinds)('for %s', (_label, target, extra) => {
    it('catches a one-byte change', () => {
      const path = target();
      const verdict = verifyDossier(
        rezip((files) => {
          const bytes = files[path]!;
          const at = Math.floor(bytes.length / 2);
          bytes[at] = bytes[at]! ^ 0x01;
        }),
      );
      expect(verdict.ok).toBe(false);
      expect(named(verdict, path), JSON.stringify(verdict.problems)).toBe(true);
    });

    it('catches the file missing', () => {
      const path = target();
      const verdict = verifyDossier(rezip((files) => delete files[path]));
      expect(verdict.ok).toBe(false);
      expect(verdict.problems).toContainEqual(expect.objectContaining({ kind: 'missing', path }));
    });

    it('catches a file added', () => {
      const verdict = verifyDossier(rezip((files) => (files[extra] = strToU8('added later'))));
      expect(verdict.ok).toBe(false);
      expect(verdict.problems).toContainEqual(expect.objectContaining({ kind: 'added', path: extra }));
      expect(verdict.problems.every((p) => p.path === extra)).toBe(true);
    });
  });

  it('names a changed file in plain words', () => {
    const verdict = verifyDossier(rezip((files) => flipFirstByte(files['transcript.txt']!)));
    expect(verdict.problems).toEqual([
      {
        kind: 'changed',
        path: 'transcript.txt',
        detail: 'transcript.txt was changed: its SHA-256 differs from the one in SHA256SUMS.',
      },
    ]);
  });

  it('catches an edited event even when manifest and SHA256SUMS were recomputed', () => {
    const verdict = verifyDossier(
      rezip((files) => {
        const log = JSON.parse(text(files['events.json']));
        log.events[1].payload.edited = true;
        files['events.json'] = strToU8(JSON.stringify(log));
        resealed(files);
      }),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([
      {
        kind: 'chain',
        path: 'events.json',
        detail: 'Event 1 does not match its own hash: its content was changed after it was recorded.',
      },
    ]);
  });

  it('catches an event removed from the middle of the log', () => {
    const verdict = verifyDossier(
      rezip((files) => {
        const log = JSON.parse(text(files['events.json']));
        log.events.splice(2, 1);
        files['events.json'] = strToU8(JSON.stringify(log));
        resealed(files);
      }),
    );
    const kinds = verdict.problems.map((p) => p.kind);
    expect(kinds).toContain('chain');
    expect(verdict.problems.map((p) => p.detail).join('\n')).toMatch(
      /Event 3 stands where event 2 should be[\s\S]*does not link to the event before it[\s\S]*is not the one manifest\.json states/,
    );
  });

  it('catches swapped evidence even when manifest, case.json and SHA256SUMS agree with it', () => {
    const shot = pathOf('screenshots/');
    const verdict = verifyDossier(
      rezip((files) => {
        files[shot] = strToU8('another picture');
        const envelope = JSON.parse(text(files['case.json']));
        for (const item of envelope.data.evidence) {
          if (item.file === shot) item.sha256 = sha256HexOfBytes(files[shot]!);
        }
        files['case.json'] = strToU8(JSON.stringify(envelope));
        resealed(files);
      }),
    );
    expect(verdict.problems).toEqual([
      expect.objectContaining({
        kind: 'evidence-log',
        path: shot,
        detail: expect.stringMatching(/not the file the event log recorded/),
      }),
    ]);
  });

  it('catches a message reworded in case.json even when everything else was resealed', () => {
    const verdict = verifyDossier(
      rezip((files) => {
        const envelope = JSON.parse(text(files['case.json']));
        envelope.data.messages[0].text = 'No refund was promised.';
        files['case.json'] = strToU8(JSON.stringify(envelope));
        resealed(files);
      }),
    );
    expect(verdict.problems).toEqual([
      {
        kind: 'message-log',
        path: 'case.json',
        detail: expect.stringMatching(
          /^Message id-\d+ in case\.json differs from what the event log recorded \(event \d+\)\.$/,
        ),
      },
    ]);
  });

  it('catches case.json and the manifest disagreeing', () => {
    const verdict = verifyDossier(
      rezip((files) => {
        const envelope = JSON.parse(text(files['case.json']));
        envelope.data.log.eventCount += 1;
        files['case.json'] = strToU8(JSON.stringify(envelope));
        resealed(files);
      }),
    );
    expect(verdict.problems.map((p) => p.kind)).toEqual(['inconsistent', 'chain']);
  });

  it('catches a manifest that no longer says which file holds which item', () => {
    const verdict = verifyDossier(
      rezip((files) => {
        const manifest = JSON.parse(text(files['manifest.json']));
        manifest.files.find((f: { itemId: string | null }) => f.itemId !== null).itemId = 'someone-else-0001';
        files['manifest.json'] = strToU8(JSON.stringify(manifest));
        resealed(files);
      }),
    );
    expect(verdict.problems.map((p) => p.kind)).toContain('inconsistent');
  });

  it('counts evidence moved in from another case, whose digest is in that case log', async () => {
    const env = await caseWithEverything();
    const other = await createCase(env.repo, { title: 'Other', company: 'Acme', site: null });
    await moveItem(env.repo, 'evidence', env.items.screenshot.id, other.id);
    const verdict = verifyDossier((await exportZip({ ...env, acme: other })).bytes);
    expect(verdict.problems).toEqual([]);
    expect(verdict.summary.evidenceFromOtherCases).toBe(1);
  });

  it('counts messages moved in from another case', async () => {
    const env = await caseWithEverything();
    const other = await createCase(env.repo, { title: 'Other', company: 'Acme', site: null });
    const [message] = await env.db.messages.toArray();
    await moveItem(env.repo, 'messages', message!.id, other.id);
    const verdict = verifyDossier((await exportZip({ ...env, acme: other })).bytes);
    expect(verdict.problems).toEqual([]);
    expect(verdict.summary.messagesFromOtherCases).toBe(1);
  });

  it('catches evidence the log never recorded', () => {
    const shot = pathOf('screenshots/');
    const verdict = verifyDossier(
      rezip((files) => {
        const log = JSON.parse(text(files['events.json']));
        // Drop the screenshot's record by dropping every event from it on, then reseal the root.
        const at = log.events.findIndex((e: { blobs: unknown[] }) => e.blobs.length > 0);
        log.events = log.events.slice(0, at);
        const last = log.events.at(-1);
        log.rootHash = last.hash;
        log.eventCount = log.events.length;
        files['events.json'] = strToU8(JSON.stringify(log));
        for (const name of ['manifest.json', 'case.json']) {
          const json = JSON.parse(text(files[name]));
          const summary = name === 'case.json' ? json.data.log : json.log;
          summary.rootHash = last.hash;
          summary.eventCount = log.events.length;
          files[name] = strToU8(JSON.stringify(json));
        }
        resealed(files);
      }),
    );
    expect(verdict.problems).toContainEqual(
      expect.objectContaining({
        kind: 'evidence-log',
        path: shot,
        detail: expect.stringMatching(/not recorded in the event log/),
      }),
    );
  });

  const unreadable: [string, () => Uint8Array, RegExp][] = [
    ['a file that is not a ZIP', () => strToU8('hello'), /not a ZIP/],
    ['a truncated ZIP', () => pristine.slice(0, pristine.length - 100), /damaged or incomplete/],
    ['a ../ name', () => rezip((f) => (f['../x.txt'] = strToU8('x'))), /unsafe file name/],
    ['a deeply nested name', () => rezip((f) => (f[`${'d/'.repeat(20)}x.txt`] = strToU8('x'))), /unsafe file name/],
    ['a zip bomb', () => zipSync({ 'report.html': new Uint8Array(24 * 1024 ** 2) }, { level: 9 }), /zip bomb/],
    ['two files of one name', () => twoOfOneName(), /holds the file "report.html" twice/],
    ['a huge declared size', () => hugeDeclaredSize(), /more data than Paper Trail accepts/],
  ];
  it.each(unreadable)('refuses %s as unreadable', (_label, bytes, message) => {
    const verdict = verifyDossier(bytes());
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([{ kind: 'unreadable', detail: expect.stringMatching(message) }]);
  });
});

/** A small ZIP whose directory claims its file unpacks to 3.75 GiB. */
function hugeDeclaredSize(): Uint8Array {
  const bytes = zipSync({ 'report.html': strToU8('<p>hi</p>') });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 4 <= bytes.length; at++) {
    // Central directory header: the uncompressed size is 24 bytes in.
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xf0000000, true);
  }
  return bytes;
}

function twoOfOneName(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((_error, chunk) => chunks.push(chunk));
  for (const body of ['first', 'second']) {
    const entry = new ZipPassThrough('report.html');
    zip.add(entry);
    entry.push(strToU8(body), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// Each run starts Node with tsx: seconds on a busy machine.
describe('verify-dossier CLI', { timeout: 30_000 }, () => {
  const cli = fileURLToPath(new URL('../../lib/dossier/verify-cli.ts', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'verify-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });

  it('exits 0 with a summary for an intact dossier', () => {
    const file = join(dir, 'ok.zip');
    writeFileSync(file, pristine);
    const result = run(file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${file}: intact`);
    expect(result.stdout).toMatch(/event log: +\d+ events, hash chain recomputed, root SHA-256 [0-9a-f]{64}/);
    expect(result.stdout).toContain('only if a witness line');
  });

  it('shows escape sequences and bidi controls from the dossier instead of obeying them', async () => {
    const env = await caseWithEverything();
    await updateCase(env.repo, env.acme.id, { title: 'Acme \u001b[2J\u202eevil' });
    const file = join(dir, 'hostile-title.zip');
    writeFileSync(file, (await exportZip(env)).bytes);
    const result = run(file);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('case:        Acme <U+001B>[2J<U+202E>evil (');
    expect(result.stdout.includes('\u001b') || result.stdout.includes('\u202e')).toBe(false);
  });

  it('exits 1 with each problem on its own line', () => {
    const file = join(dir, 'tampered.zip');
    writeFileSync(
      file,
      rezip((files) => {
        flipFirstByte(files['transcript.txt']!);
        delete files['README.txt'];
      }),
    );
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${file}: 2 problems found`,
      'changed: transcript.txt was changed: its SHA-256 differs from the one in SHA256SUMS.',
      'missing: README.txt is listed in SHA256SUMS but is not in the archive.',
    ]);
  });

  it('exits 2 for a file it cannot read', () => {
    const notZip = join(dir, 'not.zip');
    writeFileSync(notZip, 'hello');
    const bad = run(notZip);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('This file is not a ZIP archive.');
    const missing = run(join(dir, 'nope.zip'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.zip: no such file/);
    expect(run().status).toBe(2);
  });
});
