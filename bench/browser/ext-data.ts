/**
 * Browser side of the data benchmarks, run as a page **inside the built extension** (a copy of
 * the e2e build with this bundle added: `support/bench-extension.ts`), so it has the extension's
 * origin, its database and its renderer process:
 *
 * - transcript: seeds cases of N messages into the extension's own database (the workspace page
 *   shows them) and renders the same messages into a plain list, the transcript's baseline;
 * - case search: `searchCases` against a plain in-memory filter over the same records;
 * - export: `exportCaseDossier` against fflate alone zipping the very same files;
 * - import: the dossier importer (`planImport` + `applyImport`, which verifies everything) of the
 *   exported dossier into an empty database, against unzipping it alone.
 */
import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { createRepoContext, type RepoContext } from '@/lib/db/context';
import type { PaperTrailDb } from '@/lib/db/database';
import { openDatabase } from '@/lib/db/open';
import { createCase } from '@/lib/db/repos/cases';
import { normaliseForSearch, searchCases } from '@/lib/db/repos/search';
import { archiveReport } from '@/lib/dossier/archive-report';
import { exportBackup } from '@/lib/dossier/backup-export';
import { applyImport, planImport } from '@/lib/dossier/import';
import { exportCaseDossier } from '@/lib/dossier/case-export';
import { verifyDossier } from '@/lib/dossier/verify';
import type { CaseRecord } from '@/lib/schemas/case';
import type { ChatMessageRecord } from '@/lib/schemas/message';
import { collectGarbage, deleteDatabase, expose, freshDatabaseName } from './harness';
import { seedCase } from './seed';

const APP_VERSION = '0.0.0-bench';

const databases = new Map<string, { db: PaperTrailDb; ctx: RepoContext }>();

async function open(name?: string) {
  const key = name ?? '(extension)';
  let opened = databases.get(key);
  if (!opened) {
    const db = await openDatabase(name ? { name } : {});
    opened = { db, ctx: createRepoContext(db) };
    databases.set(key, opened);
  }
  return opened;
}

function paint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function timedSync<T>(work: () => T): { ms: number; result: T } {
  collectGarbage();
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  collectGarbage();
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

// ——— transcript ———

function rawMessages(caseId: string): Promise<ChatMessageRecord[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('paper-trail');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const read = idb.transaction('messages').objectStore('messages').index('caseId').getAll(caseId);
      read.onerror = () => reject(read.error);
      read.onsuccess = () => {
        idb.close();
        resolve(read.result as ChatMessageRecord[]);
      };
    };
  });
}

// ——— export and import ———

interface ZipFile {
  path: string;
  bytes: Uint8Array;
  compress: boolean;
}

let lastExport: Blob | null = null;
let exported: { files: ZipFile[]; dossier: Uint8Array; backup: Uint8Array | null } | null = null;

function zipAlone(files: readonly ZipFile[]): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk);
      if (final) resolve(new Blob(chunks as BlobPart[], { type: 'application/zip' }));
    });
    for (const file of files) {
      const entry = file.compress ? new ZipDeflate(file.path, { level: 6 }) : new ZipPassThrough(file.path);
      zip.add(entry);
      entry.push(file.bytes, true);
    }
    zip.end();
  });
}

async function exportOnce(name: string, caseId: string) {
  const { ctx } = await open(name);
  return exportCaseDossier(ctx, caseId, {
    appVersion: APP_VERSION,
    renderReport: (bundle) =>
      archiveReport(bundle, { locale: 'en', timeZone: 'UTC', now: Date.now(), homeCountry: null }),
  });
}

// ——— search ———

const searchRecords = new Map<
  string,
  { cases: CaseRecord[]; messages: ChatMessageRecord[]; facts: { caseId: string; value: string; status: string }[] }
>();

const api = {
  /** Cases of the given sizes in the extension's own database, one site each. */
  async seedTranscripts(sizes: number[]) {
    const { ctx } = await open();
    const seeded: { site: string; caseId: string; messages: number }[] = [];
    for (const size of sizes) {
      const site = `transcript-${size}.example`;
      const { caseId } = await seedCase(ctx, { site, messages: size });
      seeded.push({ site, caseId, messages: size });
    }
    return seeded;
  },

  /**
   * The transcript's baseline: the same messages read with one raw IndexedDB `getAll` (the
   * `caseId` index), sorted as the transcript sorts them, and rendered as a plain `<ol>` of
   * `<li>` (author and text), in a scroll box of the same size; timed until the next paint.
   */
  async plainList(caseId: string): Promise<{ ms: number; rows: number }> {
    document.querySelector('#plain')?.remove();
    collectGarbage();
    await paint();
    const start = performance.now();
    const messages = (await rawMessages(caseId)).sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.seq - b.seq);
    const box = document.createElement('div');
    box.id = 'plain';
    box.style.cssText = 'height:100vh;overflow:auto;font:14px/1.4 system-ui,sans-serif';
    const list = document.createElement('ol');
    for (const message of messages) {
      const item = document.createElement('li');
      item.textContent = `${message.authorName ?? message.role}: ${message.text}`;
      list.append(item);
    }
    box.append(list);
    document.body.append(box);
    await paint();
    return { ms: performance.now() - start, rows: list.childElementCount };
  },

  /** `cases` cases of `perCase` messages in a fresh database; only the last message of the last case holds `needle`. */
  async seedSearch(cases: number, perCase: number, needle: string) {
    const name = freshDatabaseName('search');
    const { ctx, db } = await open(name);
    for (let i = 0; i < cases; i++) {
      if (perCase > 0) {
        await seedCase(ctx, {
          site: `shop-${i}.example`,
          title: `Case ${i}`,
          messages: perCase,
          ...(i === cases - 1 ? { lastText: `My reference is ${needle}.` } : {}),
        });
      } else await createCase(ctx, { title: `Case ${i}`, company: 'Shop Example', site: `shop-${i}.example` });
    }
    searchRecords.set(name, {
      cases: await db.cases.toArray(),
      messages: await db.messages.toArray(),
      facts: await db.facts.toArray(),
    });
    return { name, messages: await db.messages.count() };
  },

  /** Timed: what the case list's search box runs (`searchCases`), reading the database. */
  async searchRepository(name: string, query: string) {
    const { ctx } = await open(name);
    const { ms, result } = await timed(() => searchCases(ctx, query));
    return { ms, found: result.length };
  },

  /**
   * Timed: the same records already in memory, filtered with a plain lower-case `includes`
   * (case metadata, facts, then messages), no normalisation, no database.
   */
  async searchPlain(name: string, query: string) {
    const records = searchRecords.get(name);
    if (!records) throw new Error(`no search records for ${name}`);
    const { ms, result } = timedSync(() => {
      const needle = query.toLowerCase();
      const has = (text: string | null) => !!text && text.toLowerCase().includes(needle);
      const found = new Set(
        records.cases.filter((c) => has(c.title) || has(c.company) || has(c.site)).map((c) => c.id),
      );
      for (const fact of records.facts) if (fact.status !== 'rejected' && has(fact.value)) found.add(fact.caseId);
      for (const message of records.messages)
        if (!found.has(message.caseId) && has(message.text)) found.add(message.caseId);
      return records.cases.filter((c) => found.has(c.id));
    });
    return { ms, found: result.length };
  },

  /** One case of `messages` messages and `screenshots` screenshots in a fresh database. */
  async seedExport(messages: number, screenshots: number, screenshotBytes: number) {
    const name = freshDatabaseName('export');
    const { ctx } = await open(name);
    const { caseId } = await seedCase(ctx, { site: 'export.example', messages, screenshots, screenshotBytes });
    exported = null;
    return { name, caseId };
  },

  /** Timed: `exportCaseDossier` of the case, until its Blob is built (nothing else in the call: its memory is measured). */
  async exportDossier(name: string, caseId: string) {
    const { ms, result } = await timed(() => exportOnce(name, caseId));
    lastExport = result.blob;
    return { ms, zipBytes: result.blob.size, files: result.counts.files };
  },

  /** Untimed: checks the last export with `verifyDossier` and keeps its files for `zipAlone`. */
  async inspectExport() {
    if (!lastExport) throw new Error('exportDossier first');
    const dossier = new Uint8Array(await lastExport.arrayBuffer());
    const verdict = verifyDossier(dossier);
    if (!verdict.ok) throw new Error(`the exported dossier does not verify: ${verdict.problems[0]?.kind}`);
    const files = Object.entries(unzipSync(dossier)).map(([path, bytes]) => ({
      path,
      bytes,
      compress: !path.endsWith('.png'),
    }));
    exported = { dossier, backup: null, files };
    return { payloadBytes: files.reduce((sum, f) => sum + f.bytes.length, 0), files: files.length };
  },

  /** Timed: fflate alone (the same streaming Zip, deflate level 6, images stored) on the same files. */
  async zipAlone() {
    if (!exported) throw new Error('exportDossier first');
    const { files } = exported;
    const { ms, result } = await timed(() => zipAlone(files));
    return { ms, zipBytes: result.size };
  },

  /** Untimed: a dossier and a backup of the export database, for the import side. */
  async prepareImport(name: string, caseId: string) {
    const { ctx } = await open(name);
    const dossier = new Uint8Array(await (await exportOnce(name, caseId)).blob.arrayBuffer());
    const backup = new Uint8Array(await (await exportBackup(ctx, { appVersion: APP_VERSION })).blob.arrayBuffer());
    exported = { files: exported?.files ?? [], dossier, backup };
    return { dossierBytes: dossier.length, backupBytes: backup.length };
  },

  /**
   * Timed: importing the exported dossier into a fresh, empty database: `planImport` (which runs
   * `verifyDossier`, re-hashes every file and checks the chain) and `applyImport`.
   */
  async importDossier() {
    if (!exported?.backup) throw new Error('prepareImport first');
    const { dossier } = exported;
    const target = freshDatabaseName('import');
    const { ctx, db } = await open(target);
    const { ms, result } = await timed(async () => {
      const plan = await planImport(dossier, ctx);
      return (await applyImport(ctx, plan, {})).imported.length;
    });
    const messages = await db.messages.count();
    db.close();
    databases.delete(target);
    await deleteDatabase(target);
    return { ms, cases: result, messages };
  },

  /** Timed: unzipping the same two archives with fflate alone (`unzipSync`). */
  async unzipAlone() {
    if (!exported?.backup) throw new Error('prepareImport first');
    const { dossier } = exported;
    const { ms, result } = timedSync(() => Object.keys(unzipSync(dossier)).length);
    return { ms, files: result };
  },

  /** Closes and deletes a database this page created. */
  async drop(name: string) {
    const opened = databases.get(name);
    opened?.db.close();
    databases.delete(name);
    searchRecords.delete(name);
    await deleteDatabase(name);
  },

  normalise: (text: string) => normaliseForSearch(text),
};

expose(api);

export type ExtDataApi = typeof api;
