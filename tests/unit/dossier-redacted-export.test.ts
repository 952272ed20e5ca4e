import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveReport } from '@/lib/dossier/archive-report';
import type { RenderReport } from '@/lib/dossier/case-export';
import { manifestSchema, type DossierManifest } from '@/lib/dossier/dossier-format';
import type { ImageRedactor } from '@/lib/dossier/redact/image-port';
import type { RedactionOptions } from '@/lib/dossier/redact/redact-bundle';
import { formatSha256Sums } from '@/lib/dossier/sha256sums';
import { verifyDossier } from '@/lib/dossier/verify';
import { verifyChain } from '@/lib/integrity/chain';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import { PNG, exportZip } from '../helpers/dossier-case';

import {
  CARD,
  CHOSEN,
  EMAIL,
  IL_ID,
  PHONE,
  ADDRESS,
  SNILS,
  REMOVED,
  caseWithPersonalData,
} from '../helpers/redaction-case';
import { DossierImportError, planImport } from '@/lib/dossier/import';
import { freshRepo } from '../helpers/repo';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const dir = mkdtempSync(join(tmpdir(), 'dossier-redacted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Paints nothing: marks the bytes so the test sees which image went through it, with which boxes. */
const fakeImages: ImageRedactor & { calls: number } = {
  calls: 0,
  async blackOut(image, boxes) {
    this.calls++;
    const original = new Uint8Array(await image.arrayBuffer());
    return new Blob([strToU8(`BLACKED ${JSON.stringify(boxes)} ${original.length}`)], { type: 'image/png' });
  },
};

type Env = Awaited<ReturnType<typeof caseWithPersonalData>>;

async function snapshot(env: Env) {
  const out: Record<string, unknown[]> = {};
  for (const table of env.db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    out[table.name] = await Promise.all(
      rows.map(async (row) =>
        row.blob instanceof Blob
          ? { ...row, blob: sha256HexOfBytes(new Uint8Array(await row.blob.arrayBuffer())) }
          : row,
      ),
    );
  }
  return out;
}

const redaction = (env: Env, over: Partial<RedactionOptions> = {}): RedactionOptions => ({
  kinds: ['card', 'national-id', 'phone', 'email', 'address'],
  selected: [CHOSEN],
  locale: 'en',
  screenshots: { [env.items.screenshot.id]: { boxes: [{ x: 1, y: 2, width: 3, height: 4 }] } },
  ...over,
});

const report =
  (env: Env): RenderReport =>
  (bundle, summary) =>
    archiveReport(bundle, { locale: 'en', timeZone: 'UTC', now: env.clock.now, homeCountry: 'IL', redaction: summary });

let env: Env;
let before: Awaited<ReturnType<typeof snapshot>>;
let files: Record<string, Uint8Array>;
let bytes: Uint8Array;
let manifest: DossierManifest;
beforeAll(async () => {
  env = await caseWithPersonalData();
  before = await snapshot(env);
  const out = await exportZip(env, { redaction: redaction(env), imageRedactor: fakeImages, renderReport: report(env) });
  bytes = out.bytes;
  files = unzipSync(bytes);
  manifest = manifestSchema.parse(JSON.parse(text(files['manifest.json'])));
});

describe('a redacted dossier', () => {
  it('is refused by the importer, by name, with nothing written: it is for reading, not a case', async () => {
    const target = await freshRepo();
    const refusal = planImport(bytes, target.repo);
    await expect(refusal).rejects.toBeInstanceOf(DossierImportError);
    await expect(refusal).rejects.toMatchObject({ code: 'redacted' });
    expect(await target.db.cases.count()).toBe(0);
  });

  it('holds no removed value in any file, and the markers instead', () => {
    // The values are there before redaction, in the same kind of export.
    expect(Object.keys(files).length).toBeGreaterThan(8);
    for (const [path, content] of Object.entries(files)) {
      const asText = text(content);
      for (const value of REMOVED) expect(asText, `${value} in ${path}`).not.toContain(value);
    }
    const caseJson = text(files['case.json']);
    for (const marker of [
      '[card number removed]',
      '[ID number removed]',
      '[phone number removed]',
      '[e-mail removed]',
      '[address removed]',
      '[removed]',
    ]) {
      expect(caseJson).toContain(marker);
    }
    expect(text(files['transcript.txt'])).toContain('My card is [card number removed], ID [ID number removed]');
    expect(text(files['report.html'])).toContain('[card number removed]');
  });

  it('the same case exported without redaction does hold them (the test can fail)', async () => {
    const all = Object.values(unzipSync((await exportZip(env, { renderReport: report(env) })).bytes))
      .map(text)
      .join('\n');
    for (const value of [CARD, IL_ID, PHONE, EMAIL, ADDRESS, SNILS, CHOSEN]) expect(all).toContain(value);
  });

  it('leaves page archives and unredactable attachments out, blacks out the chosen regions, and says so', () => {
    const { page, attachment, screenshot } = env.items;
    expect(Object.keys(files).some((p) => p.startsWith('pages/'))).toBe(false);
    expect(Object.keys(files).some((p) => p.endsWith('.pdf'))).toBe(false);
    const shot = Object.keys(files).find((p) => p.includes(screenshot.id))!;
    expect(text(files[shot])).toBe(`BLACKED [{"x":1,"y":2,"width":3,"height":4}] ${PNG.length}`);
    const r = manifest.redaction!;
    expect(r.excludedEvidence).toEqual([
      { itemId: page.id, kind: 'page-archive', reason: 'page-archive' },
      { itemId: attachment.id, kind: 'attachment', reason: 'not-redactable' },
    ]);
    expect(r.changedEvidence).toContain(screenshot.id);
    expect(r.changedEvidence.length).toBe(3); // the screenshot, the pasted e-mail, the second call log
    expect(r.kinds).toEqual(['card', 'national-id', 'phone', 'email', 'address', 'selected']);
    expect(r.counts).toMatchObject({
      card: expect.any(Number),
      'national-id': expect.any(Number),
      selected: expect.any(Number),
    });
    expect(r.spans).toBe(Object.values(r.counts).reduce((a, b) => a + b, 0));
    expect(r.counts.card).toBeGreaterThanOrEqual(4); // message, pasted text (item text and file), call log notes
    expect(r.events.length).toBeGreaterThan(0);
  });

  it('states in README.txt what was removed and what the digests now mean', () => {
    const readme = text(files['README.txt']);
    expect(readme).toContain('THIS IS A REDACTED COPY');
    expect(readme).toMatch(/card numbers: \d+ removed/);
    expect(readme).toContain('page archive (MHTML: cannot be redacted reliably)');
    expect(readme).toContain("Redacted text no longer matches the original's digests.");
    expect(readme).toContain(`root SHA-256 ${manifest.log.rootHash}`);
    expect(text(files['report.html'])).toContain(
      `Redacted copy: ${manifest.redaction!.spans} passages (Card numbers, ID numbers, Phone numbers, E-mail addresses, Street addresses, Text you chose) were removed before export and 2 files left out.`,
    );
  });

  it("keeps the original's chain: same root hash, every link, every unredacted event's hash", () => {
    const events = JSON.parse(text(files['events.json'])) as { events: Parameters<typeof verifyChain>[1] };
    const verdict = verifyChain(env.acme.id, events.events);
    expect(verdict.rootHash).toBe(manifest.log.rootHash);
    expect(verdict.problems.every((p) => p.kind === 'hash-mismatch')).toBe(true);
    expect(verdict.problems.map((p) => p.seq)).toEqual(manifest.redaction!.events);
  });

  it('verifies as an intact redacted copy', () => {
    const verdict = verifyDossier(bytes);
    expect(verdict.problems).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.summary.redaction?.spans).toBe(manifest.redaction!.spans);
  });

  it('still catches a one-byte change, and a resealed change to an event not redacted', () => {
    const changed = { ...files, 'transcript.txt': files['transcript.txt']!.slice() };
    changed['transcript.txt']![0]! ^= 1;
    expect(verifyDossier(zipSync(changed)).problems).toContainEqual(
      expect.objectContaining({ kind: 'changed', path: 'transcript.txt' }),
    );

    const resealed = { ...files };
    const log = JSON.parse(text(files['events.json'])) as { events: { seq: number; at: number }[] };
    const plain = log.events.find((e) => !manifest.redaction!.events.includes(e.seq))!;
    plain.at += 1;
    resealed['events.json'] = strToU8(JSON.stringify(log));
    const m = structuredClone(manifest);
    for (const entry of m.files) {
      entry.sha256 = sha256HexOfBytes(resealed[entry.path]!);
      entry.size = resealed[entry.path]!.length;
    }
    resealed['manifest.json'] = strToU8(JSON.stringify(m));
    const others = Object.keys(resealed).filter((p) => p !== 'SHA256SUMS');
    resealed['SHA256SUMS'] = strToU8(
      formatSha256Sums(others.map((path) => ({ path, sha256: sha256HexOfBytes(resealed[path]!) }))),
    );
    const verdict = verifyDossier(zipSync(resealed));
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toContainEqual(expect.objectContaining({ kind: 'chain' }));
  });

  it('is named a redacted copy by npm run verify-dossier', { timeout: 30_000 }, () => {
    const file = join(dir, 'redacted.zip');
    writeFileSync(file, bytes);
    const cli = fileURLToPath(new URL('../../lib/dossier/verify-cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, file], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${file}: intact (redacted copy)`);
    expect(result.stdout).toMatch(
      /redacted: +a redacted copy: \d+ passages removed \(card, national-id, phone, email, address, selected\), 2 evidence files left out/,
    );
  });

  it('passes sha256sum -c', () => {
    const out = join(dir, 'unzipped');
    for (const [path, content] of Object.entries(files)) {
      const target = join(out, path);
      spawnSync('mkdir', ['-p', join(target, '..')]);
      writeFileSync(target, content);
    }
    const run = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(run.status).toBe(0);
  });

  it('leaves the database as it was, but for the export.made event', async () => {
    const after = await snapshot(env);
    const exports = (after.events as { type: string }[]).slice((before.events as unknown[]).length);
    expect(exports.map((e) => e.type)).toEqual(['export.made', 'export.made']);
    expect({ ...after, events: (after.events as unknown[]).slice(0, before.events!.length) }).toEqual(before);
    expect(JSON.stringify(after)).toContain(CARD);
  });

  it('removes the case title and company name when asked, wherever they appear', async () => {
    const out = await exportZip(env, {
      redaction: redaction(env, { caseTitle: true, company: true, screenshots: {}, locale: 'ru' }),
      renderReport: report(env),
    });
    const all = unzipSync(out.bytes);
    for (const [path, content] of Object.entries(all)) {
      expect(text(content), path).not.toContain('Kettle');
      expect(text(content), path).not.toContain('Acme');
    }
    expect(text(all['report.html'])).toMatch(/Redacted copy: \d+ passages/);
    const caseJson = JSON.parse(text(all['case.json'])) as { data: { case: { title: string; company: string } } };
    expect(caseJson.data.case).toMatchObject({
      title: '[название дела удалено]',
      company: '[название компании удалено]',
    });
    expect(verifyDossier(out.bytes).ok).toBe(true);
  });

  it('needs an image redactor only when regions are drawn, and can leave a screenshot out', async () => {
    const { screenshot } = env.items;
    await expect(exportZip(env, { redaction: redaction(env) })).rejects.toThrow(/image redactor/);
    const out = await exportZip(env, {
      redaction: redaction(env, { screenshots: { [screenshot.id]: { exclude: true } } }),
    });
    const m = manifestSchema.parse(JSON.parse(text(unzipSync(out.bytes)['manifest.json'])));
    expect(m.redaction!.excludedEvidence).toContainEqual({
      itemId: screenshot.id,
      kind: 'screenshot',
      reason: 'chosen',
    });
    expect(Object.keys(unzipSync(out.bytes)).some((p) => p.includes(screenshot.id))).toBe(false);
    expect(verifyDossier(out.bytes).ok).toBe(true);
  });
});
