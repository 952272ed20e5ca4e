import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { listCaseEvents } from '@/lib/db/repos/events';
import { EvidenceCorruptedError } from '@/lib/dossier/backup-export';
import { CaseLogBrokenError } from '@/lib/dossier/case-export';
import {
  caseDossierEnvelopeSchema,
  eventsFileSchema,
  manifestSchema,
  type DossierManifest,
} from '@/lib/dossier/dossier-format';
import { renderFallbackReport } from '@/lib/dossier/report-fallback';
import { csvField } from '@/lib/dossier/transcript-csv';
import { loadCaseBundle } from '@/lib/dossier/case-bundle';
import { updateCase } from '@/lib/db/repos/cases';
import { verifyDossier } from '@/lib/dossier/verify';
import { ExportCancelledError } from '@/lib/dossier/zip-writer';
import { verifyChain } from '@/lib/integrity/chain';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import { MHTML, PNG, caseWithEverything, exportZip } from '../helpers/dossier-case';

const dir = mkdtempSync(join(tmpdir(), 'dossier-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('case dossier export', () => {
  it('writes every file, each listed in the manifest with its digest, kind and item', async () => {
    const env = await caseWithEverything();
    const { result, bytes } = await exportZip(env);
    const files = unzipSync(bytes);
    const { screenshot, page, attachment, callLog } = env.items;
    const path = (prefix: string, id: string) => Object.keys(files).find((p) => p.startsWith(prefix) && p.includes(id));
    expect(path('screenshots/', screenshot.id)).toMatch(/^screenshots\/2026-11-22T\d\d-\d\d-\d\dZ-id-\d+\.png$/);
    expect(path('pages/', page.id)).toMatch(/\.mhtml$/);
    expect(path('attachments/', attachment.id)).toMatch(/\.pdf$/);
    expect(path('attachments/', callLog.id)).toMatch(/\.json$/);
    expect(files[path('screenshots/', screenshot.id)!]).toEqual(PNG);
    expect(text(files[path('pages/', page.id)!])).toBe(MHTML);
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'SHA256SUMS',
        'case.json',
        'events.json',
        'manifest.json',
        'report.html',
        'transcript.csv',
        'transcript.txt',
        path('screenshots/', screenshot.id),
        path('pages/', page.id),
        path('attachments/', attachment.id),
        path('attachments/', callLog.id),
      ].sort(),
    );

    const manifest: DossierManifest = manifestSchema.parse(JSON.parse(text(files['manifest.json'])));
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p !== 'manifest.json' && p !== 'SHA256SUMS')
        .sort(),
    );
    for (const entry of manifest.files) {
      expect(entry.sha256).toBe(sha256HexOfBytes(files[entry.path]!));
      expect(entry.size).toBe(files[entry.path]!.length);
    }
    expect(manifest.files.find((f) => f.itemId === page.id)).toMatchObject({
      kind: 'page-archive',
      sha256: page.sha256,
    });
    expect(manifest.files.find((f) => f.itemId === callLog.id)).toMatchObject({ kind: 'call-log' });
    expect(manifest.files.find((f) => f.path === 'report.html')).toMatchObject({ kind: 'report', itemId: null });
    expect(result.counts).toMatchObject({ messages: 2, evidence: 4, files: 12 });
    expect(text(files['report.html'])).toContain('Acme &lt;b&gt;Kettle&lt;/b&gt;');
  });

  it('holds the versioned case envelope and a log whose chain recomputes to the manifest root', async () => {
    const env = await caseWithEverything();
    const { result, bytes } = await exportZip(env);
    const files = unzipSync(bytes);
    const envelope = caseDossierEnvelopeSchema.parse(JSON.parse(text(files['case.json'])));
    expect(envelope).toMatchObject({ format: 'paper-trail/case-dossier', schemaVersion: 1, app: { version: 'test' } });
    expect(envelope.exportedAt).toBe('2026-11-22T09:07:03.000Z');
    expect(envelope.data.case.id).toBe(env.acme.id);
    expect(envelope.data.messages).toHaveLength(2);
    expect(envelope.data.facts.map((f) => f.value)).toContain('A-48213');
    expect(envelope.data.evidence.map((e) => e.kind).sort()).toEqual([
      'attachment',
      'call-log',
      'page-archive',
      'screenshot',
    ]);
    expect(envelope.data.evidence.every((e) => files[e.file] !== undefined)).toBe(true);

    const events = eventsFileSchema.parse(JSON.parse(text(files['events.json'])));
    const verdict = verifyChain(env.acme.id, events.events);
    expect(verdict.ok).toBe(true);
    const manifest = manifestSchema.parse(JSON.parse(text(files['manifest.json'])));
    expect(manifest.log.rootHash).toBe(verdict.rootHash);
    expect(envelope.data.log.rootHash).toBe(verdict.rootHash);
    expect(result.rootHash).toBe(verdict.rootHash);
    expect(text(files['README.txt'])).toContain(`root SHA-256 ${verdict.rootHash}`);
    expect(verifyDossier(bytes)).toMatchObject({ ok: true, problems: [] });
    // Without the user's settings, the transcript is in English and UTC, and says so.
    expect(text(files['transcript.txt']).split('\n')[0]).toBe('Times in UTC');
  });

  it('appends export.made after the archive is complete, naming the exported root and manifest', async () => {
    const env = await caseWithEverything();
    const before = await listCaseEvents(env.repo, env.acme.id);
    const { result, bytes } = await exportZip(env);
    const after = await listCaseEvents(env.repo, env.acme.id);
    expect(after).toHaveLength(before.length + 1);
    const made = after.at(-1)!;
    const files = unzipSync(bytes);
    expect(made.type).toBe('export.made');
    expect(made.payload).toMatchObject({
      format: 'paper-trail/case-dossier',
      fileName: result.fileName,
      rootHash: before.at(-1)!.hash,
      eventCount: before.length,
      manifestSha256: sha256HexOfBytes(files['manifest.json']!),
    });
    expect(verifyChain(env.acme.id, after).ok).toBe(true);
    // The exported log is the one before the export, and a second export includes the first's event.
    expect(eventsFileSchema.parse(JSON.parse(text(files['events.json']))).events).toEqual(before);
    const again = unzipSync((await exportZip(env)).bytes);
    expect(eventsFileSchema.parse(JSON.parse(text(again['events.json']))).events.at(-1)!.type).toBe('export.made');
    expect(result.fileName).toMatch(/^paper-trail-dossier-id-00000-2026-11-22T09-07-03Z\.zip$/);
  });

  it('writes transcripts with first-seen times in the stated time zone, and a CSV safe in spreadsheets', async () => {
    const env = await caseWithEverything();
    const files = unzipSync(
      (
        await exportZip(env, {
          transcript: {
            timeZone: 'Asia/Jerusalem',
            dir: 'ltr',
            heading: ['Times in Asia/Jerusalem'],
            labels: {
              role: { agent: 'agent', customer: 'customer', system: 'system', unknown: 'unknown' },
              widgetTime: (t) => `chat: ${t}`,
              fromHistory: 'from history',
              truncated: 'cut',
            },
          },
        })
      ).bytes,
    );
    const txt = text(files['transcript.txt']);
    expect(txt.split('\n')[0]).toBe('Times in Asia/Jerusalem');
    // 09:00 UTC is 11:00 in Jerusalem; the message was first seen at the repo's clock.
    expect(txt).toContain('[2026-11-22 11:00, chat: 10:03] Dana (agent): שמי דנה.');
    expect(txt).toContain('\n  second line\n');

    // TextDecoder drops the byte-order mark, which spreadsheets need to read UTF-8.
    expect([...files['transcript.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = text(files['transcript.csv']);
    expect(csv.startsWith('number,first_seen,first_seen_utc,time_zone,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toMatch(/^1,2026-11-22 11:00,2026-11-22T09:00:00\.000Z,Asia\/Jerusalem,10:03,agent,Dana,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click""), ""thanks""\nsecond line"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes and neutralises CSV fields as RFC 4180 and OWASP say', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1+1`).startsWith(`'${start}`) || csvField(`${start}1+1`).startsWith(`"'${start}`)).toBe(
        true,
      );
    expect(csvField('-5,00')).toBe(`"'-5,00"`);
    expect(csvField('1-800')).toBe('1-800');
  });

  it('unzips into a folder that the real sha256sum -c verifies', async () => {
    const env = await caseWithEverything();
    const { bytes } = await exportZip(env);
    const zip = join(dir, 'dossier.zip');
    const out = join(dir, 'unzipped');
    writeFileSync(zip, bytes);
    const unzip = spawnSync('unzip', ['-q', zip, '-d', out], { encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).toBe(0);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const lines = check.stdout.trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.every((line) => line.endsWith(': OK'))).toBe(true);
    expect(lines).toContain('manifest.json: OK');
    // And the check can fail: a changed byte is named.
    writeFileSync(join(out, 'transcript.txt'), 'changed');
    const failed = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toContain('transcript.txt: FAILED');
  });

  it('stops on cancel with ExportCancelledError and appends no event', async () => {
    const env = await caseWithEverything();
    const before = await listCaseEvents(env.repo, env.acme.id);
    const abort = new AbortController();
    const seen: number[] = [];
    await expect(
      exportZip(env, {
        signal: abort.signal,
        onProgress: ({ done }) => {
          seen.push(done);
          if (done === 2) abort.abort();
        },
      }),
    ).rejects.toBeInstanceOf(ExportCancelledError);
    expect(seen).toEqual([1, 2]);
    expect(await listCaseEvents(env.repo, env.acme.id)).toEqual(before);

    const already = new AbortController();
    already.abort();
    await expect(exportZip(env, { signal: already.signal })).rejects.toBeInstanceOf(ExportCancelledError);
    expect(await listCaseEvents(env.repo, env.acme.id)).toEqual(before);
  });

  it('reports progress up to the total', async () => {
    const env = await caseWithEverything();
    const seen: string[] = [];
    await exportZip(env, { onProgress: ({ done, total }) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
  });

  it('stops with a clear error when stored evidence no longer matches its digest', async () => {
    const env = await caseWithEverything();
    const before = await listCaseEvents(env.repo, env.acme.id);
    const bad = PNG.slice();
    bad[9] = 99;
    await env.db.evidence.update(env.items.screenshot.id, { blob: new Blob([bad], { type: 'image/png' }) });
    const failure = exportZip(env);
    await expect(failure).rejects.toBeInstanceOf(EvidenceCorruptedError);
    await expect(failure).rejects.toThrow(`A stored file (${env.items.screenshot.id}) no longer matches its SHA-256`);
    expect(await listCaseEvents(env.repo, env.acme.id)).toEqual(before);
  });

  it('refuses a case whose stored log no longer verifies', async () => {
    const env = await caseWithEverything();
    const [first] = await listCaseEvents(env.repo, env.acme.id);
    await env.db.events.update(first!.id, { payload: { ...first!.payload, title: 'changed' } });
    await expect(exportZip(env)).rejects.toBeInstanceOf(CaseLogBrokenError);
  });

  it('has a fallback report that is inert: everything escaped, no script, a CSP that forbids them', async () => {
    const env = await caseWithEverything();
    await updateCase(env.repo, env.acme.id, { title: '<script>alert(1)</script>' });
    const html = renderFallbackReport(await loadCaseBundle(env.repo, env.acme.id), { timeZone: 'Asia/Jerusalem' });
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/<script|<img|onerror/i);
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;');
    expect(html).toContain('Dana (agent)');
    expect(html).toContain('order-number: <bdi>A-48213</bdi>');
    expect(html).toContain('in Asia/Jerusalem');
  });
});
