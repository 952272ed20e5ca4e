import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { verifyDossier } from '../lib/dossier/verify';
import type { ConflictChoice } from '../lib/dossier/import';
import { en } from '../lib/i18n/locales/en';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';
import type { StoredEvent } from './fixtures/db';
import { ChatPage } from './pages/chat-page';
import { SidePanelPage } from './pages/side-panel';
import { readAllStores, type AllStores } from './support/all-stores';
import type { WireReply, WithChrome } from './support/chrome-api';
import {
  exportLogProblems,
  judgeImport,
  readDossierContent,
  type DossierContent,
  type ImportVerdict,
} from './support/dossier-checks';
import { wire } from './support/messages';

/**
 * Export and import run in extension pages (the workspace, the options page), not in the
 * service worker: these tests stop the worker during each, through the DevTools protocol, and
 * show that nothing is lost or doubled; and they close the page mid-import, the fault that does
 * reach page-run work. The import tests use the dossiers the export test downloaded.
 */
test.describe.configure({ mode: 'serial' });

const EXPORTS = 20;
const IMPORTS = 20;
const CAPTURES = 3;

let folder = '';
const exported: { file: string; content: DossierContent }[] = [];

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'paper-trail-dossier-faults-'));
});
test.afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wakes the worker with a message that changes nothing, and waits until DevTools sees it run. */
async function wakeWorker(extension: ExtensionHarness) {
  const reply = await (
    await extension.reader()
  ).evaluate(
    async (message) => {
      const { chrome } = globalThis as unknown as WithChrome;
      return (await chrome.runtime.sendMessage(message)) as WireReply;
    },
    wire('capture.undo', { captureId: 'e2e-wake-no-such-capture' }),
  );
  expect(reply).toMatchObject({ res: { ok: true, hidden: 0 } });
  await expect
    .poll(() => {
      const statuses = extension.workerStatuses();
      return statuses.length === 0 || statuses.at(-1) === 'running';
    })
    .toBe(true);
}

function caseEvents(events: readonly StoredEvent[], caseId: string) {
  return events.filter((e) => e.caseId === caseId);
}

function exportsFor(count: number) {
  if (exported.length < count) throw new Error('run the export test first: the import tests use its files');
  return exported.slice(0, count);
}

test(`the worker stopped at a different moment in each of ${EXPORTS} dossier exports: every file verifies, holds every message, and is logged once`, async ({
  context,
  page,
  testProxy,
  extension,
}, testInfo) => {
  test.setTimeout(150_000);
  const startedAt = Date.now();
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await chat.say('agent', 'Your refund of $59.99 for order A-10042 is approved.', { name: 'Dana' });
  await expect.poll(async () => (await extension.db()).messages.length).toBe(3);
  const tabId = await extension.tabIdOf(page);
  // Three captures (screenshots and pages): enough work that an export outlasts a worker stop.
  for (let c = 0; c < CAPTURES; c++) {
    if (c > 0) await sleep(600); // Chrome allows two screenshots a second
    expect(await extension.sendBehind(page, 'capture.run', { tabId })).toMatchObject({ res: { ok: true } });
  }
  const { cases } = await extension.db();
  expect(cases).toHaveLength(1);
  const caseId = cases[0]!.id;

  const panel = await SidePanelPage.open(context, extension.id);
  await panel.openCase('127.0.0.1');
  await panel.page.getByRole('tab', { name: en.tabs.export }).click();
  const exportButton = panel.page.getByRole('button', { name: en.dossierExport.export, exact: true });
  const since = caseEvents((await extension.db()).events, caseId).length;

  // The first stop opens the DevTools session: not inside a timed export.
  await extension.stopServiceWorker();
  let stoppedMidExport = 0;
  const durations: number[] = [];
  for (let i = 0; i < EXPORTS; i++) {
    // A new message each time (it also wakes the worker): each export holds one more.
    await chat.say('customer', `Following up, message ${i + 1}.`);
    await expect.poll(async () => (await extension.db()).messages.length, { intervals: [50] }).toBe(4 + i);
    const texts = (await extension.db()).messages.filter((m) => m.caseId === caseId).map((m) => m.text);
    await wakeWorker(extension);

    const download = panel.page.waitForEvent('download');
    let downloadedAt = 0;
    void download.then(() => (downloadedAt = Date.now()));
    // Clicked in the page, so the delay counts from the export's start, not Playwright's checks.
    const clickedAt = Date.now();
    await exportButton.evaluate((button: HTMLButtonElement) => button.click());
    // 0–190 ms after the click: while the case is read, the archive written, the event appended, or after.
    await sleep(i * 10);
    await extension.stopServiceWorker();
    // The worker was down before the file was handed over.
    if (downloadedAt === 0) stoppedMidExport++;
    const file = path.join(folder, `dossier-${String(i).padStart(2, '0')}.zip`);
    await (await download).saveAs(file);
    durations.push(downloadedAt - clickedAt);
    await expect(panel.page.getByTestId('dossier-export-status')).toHaveAttribute('role', 'status');

    const bytes = new Uint8Array(await readFile(file));
    const verdict = verifyDossier(bytes);
    expect(verdict.problems, `export ${i}`).toEqual([]);
    expect(verdict.ok).toBe(true);
    const content = readDossierContent(bytes);
    expect(content.messages.map((m) => m.text).sort(), `export ${i}`).toEqual([...texts].sort());
    expect(content.evidence.length).toBeGreaterThanOrEqual(CAPTURES);
    exported.push({ file, content });
  }

  const events = caseEvents((await extension.db()).events, caseId);
  expect(
    exportLogProblems(
      events,
      exported.map((e) => e.content),
      since,
    ),
  ).toEqual([]);
  expect(events.filter((e) => e.type === 'export.made')).toHaveLength(EXPORTS);
  // Each file's log ends just before its own export.made: one longer each time.
  const counts = exported.map((e) => e.content.eventCount);
  expect(counts.every((n, i) => i === 0 || n > counts[i - 1]!)).toBe(true);
  // Some stops really landed while an export was running (else this would prove little).
  expect(stoppedMidExport).toBeGreaterThan(0);
  const line = `${EXPORTS} exports, ${stoppedMidExport} stopped mid-export; click to download ${Math.min(...durations)}–${Math.max(...durations)} ms; ${Math.round((Date.now() - startedAt) / 1000)} s`;
  testInfo.annotations.push({ type: 'export stops', description: line });
  console.log(`export stops: ${line}`);
});

type Moment =
  | 'while checking the file'
  | 'while the plan was shown'
  | 'after Import, before the result showed'
  | 'after the import';

interface ImportRun {
  /** Called just before the file is picked and just before Import is clicked. */
  onPick?: () => void;
  onConfirm?: () => void;
}

/** Picks `file` in the options page's import controls, chooses, confirms; returns the times seen. */
async function importThroughOptions(options: Page, file: string, choice: ConflictChoice | null, run: ImportRun = {}) {
  run.onPick?.();
  await options.getByTestId('import-file').setInputFiles(file);
  const plan = options.getByTestId('import-plan');
  await expect(plan).toBeVisible();
  const planAt = Date.now();
  if (choice) await plan.locator(`input[type="radio"][value="${choice}"]`).check();
  else await expect(plan.locator('input[type="radio"]')).toHaveCount(0);
  run.onConfirm?.();
  const clickedAt = Date.now();
  const confirm = plan.getByRole('button', { name: en.dossierImport.confirm, exact: true });
  await confirm.evaluate((button: HTMLButtonElement) => button.click());
  return { planAt, clickedAt };
}

function doneText(choice: ConflictChoice | null) {
  const counts = {
    imported: choice === 'keep-both' ? '0' : '1',
    copies: choice === 'keep-both' ? '1' : '0',
    skipped: '0',
  };
  return en.dossierImport.done.replace(/\{\{(\w+)\}\}/g, (_, key: keyof typeof counts) => counts[key]);
}

test(`the worker stopped at a different moment in each of ${IMPORTS} imports: each writes the case once and whole`, async ({
  page,
  extension,
}, testInfo) => {
  test.setTimeout(150_000);
  const startedAt = Date.now();
  const files = exportsFor(IMPORTS);
  await page.goto(extension.url('options.html'));
  const reader = await extension.reader();
  const moments: Record<Moment, number> = {
    'while checking the file': 0,
    'while the plan was shown': 0,
    'after Import, before the result showed': 0,
    'after the import': 0,
  };
  const durations: number[] = [];
  let copies = 0;
  for (let i = 0; i < IMPORTS; i++) {
    // Into this fresh profile first; then alternately as a copy and replacing the case with a
    // later file (a longer log), so each import really writes.
    const choice: ConflictChoice | null = i === 0 ? null : i % 2 === 1 ? 'keep-both' : 'replace';
    const { file, content } = files[i]!;
    await wakeWorker(extension);
    const before = await readAllStores(reader);

    // Half the stops count from the file pick, half from the Import click: 0–190 ms after it.
    const delay = (i * 10) % 200;
    let stopping: Promise<number> | null = null;
    const stopAfter = () => {
      stopping = sleep(delay).then(async () => {
        await extension.stopServiceWorker();
        return Date.now();
      });
    };
    const { planAt, clickedAt } = await importThroughOptions(page, file, choice, {
      ...(i % 4 < 2 ? { onPick: stopAfter } : { onConfirm: stopAfter }),
    });
    await expect(page.getByTestId('import-outcome')).toHaveText(doneText(choice));
    const doneAt = Date.now();
    durations.push(doneAt - clickedAt);
    const stoppedAt = await stopping!;
    const moment: Moment =
      stoppedAt < planAt
        ? 'while checking the file'
        : stoppedAt < clickedAt
          ? 'while the plan was shown'
          : stoppedAt < doneAt
            ? 'after Import, before the result showed'
            : 'after the import';
    moments[moment]++;

    const verdict = judgeImport(before, await readAllStores(reader), content);
    expect(verdict, `import ${i} (${choice ?? 'new'}, stopped ${moment})`).toEqual({
      outcome: 'whole',
      caseId: choice === 'keep-both' ? expect.any(String) : content.caseId,
      problems: [],
    });
    if (choice === 'keep-both') expect(verdict.caseId).not.toBe(content.caseId);
    if (choice === 'keep-both') copies++;
  }
  const { cases } = await extension.db();
  expect(cases).toHaveLength(1 + copies);
  expect(moments['while checking the file'] + moments['after Import, before the result showed']).toBeGreaterThan(0);
  const line = `${IMPORTS} imports: stopped ${Object.entries(moments)
    .map(([moment, n]) => `${n} ${moment}`)
    .join(
      ', ',
    )}; click to done ${Math.min(...durations)}–${Math.max(...durations)} ms; ${Math.round((Date.now() - startedAt) / 1000)} s`;
  testInfo.annotations.push({ type: 'import stops', description: line });
  console.log(`import stops: ${line}`);
});

const CLOSE_AFTER_MS = [0, 10, 20, 30, 60, 90, 130, 200, 400, 1000];

test(`the options page closed at ${CLOSE_AFTER_MS.length} moments of an import: the database is as before or holds the whole case, never part`, async ({
  context,
  page,
  extension,
}, testInfo) => {
  test.setTimeout(120_000);
  const files = exportsFor(CLOSE_AFTER_MS.length + 1);
  await page.goto(extension.url('options.html'));
  await importThroughOptions(page, files[0]!.file, null);
  await expect(page.getByTestId('import-outcome')).toHaveText(doneText(null));
  const reader = await extension.reader();

  const outcomes: string[] = [];
  for (const [k, closeAfter] of CLOSE_AFTER_MS.entries()) {
    const choice: ConflictChoice = k % 2 === 0 ? 'replace' : 'keep-both';
    const { file, content } = files[k + 1]!;
    const options = await context.newPage();
    await options.goto(extension.url('options.html'));
    const before = await readAllStores(reader);
    await importThroughOptions(options, file, choice);
    await sleep(closeAfter);
    await options.close();
    const verdict: ImportVerdict = judgeImport(before, await readAllStores(reader), content);
    expect(verdict.problems, `closed ${closeAfter} ms after Import (${choice})`).toEqual([]);
    outcomes.push(`${closeAfter} ms ${choice}: ${verdict.outcome}`);
  }
  const line = outcomes.join('; ');
  testInfo.annotations.push({ type: 'page closed mid-import', description: line });
  console.log(`page closed mid-import: ${line}`);
  // The closes straddle the import: some cut it off, some came after it finished.
  expect(outcomes.some((o) => o.endsWith('nothing'))).toBe(true);
  expect(outcomes.some((o) => o.endsWith('whole'))).toBe(true);
});

/** Adds rows with the raw IndexedDB API, as a write cut short or a bug elsewhere would leave them. */
async function plantRows(extension: ExtensionHarness, rows: Record<string, Record<string, unknown>[]>) {
  await (
    await extension.reader()
  ).evaluate(async (planted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('paper-trail');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(planted), 'readwrite');
    for (const [store, list] of Object.entries(planted)) for (const row of list) tx.objectStore(store).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

test('control: the same checks catch a doubled export.made and a half-written import', async ({ page, extension }) => {
  const files = exportsFor(EXPORTS);
  const last = files[EXPORTS - 1]!;
  await page.goto(extension.url('options.html'));
  const reader = await extension.reader();
  const empty: AllStores = await readAllStores(reader);
  await importThroughOptions(page, last.file, null);
  await expect(page.getByTestId('import-outcome')).toHaveText(doneText(null));
  const whole = await readAllStores(reader);
  expect(judgeImport(empty, whole, last.content)).toEqual({
    outcome: 'whole',
    caseId: last.content.caseId,
    problems: [],
  });

  // The last file's log holds the export.made of every export before it: each logged once.
  const caseId = last.content.caseId;
  const logged = caseEvents((await extension.db()).events, caseId);
  const since = logged.find((e) => e.type === 'export.made')!.seq;
  const earlier = files.slice(0, EXPORTS - 1).map((e) => e.content);
  expect(exportLogProblems(logged, earlier, since)).toEqual([]);

  // Planted: half an import, a copy's case and messages without its evidence or log.
  const copyId = 'planted-copy';
  await plantRows(extension, {
    cases: whole.cases!.map((c) => ({ ...c, id: copyId })),
    messages: whole.messages!.map((m, i) => ({
      ...m,
      id: `planted-message-${i}`,
      caseId: copyId,
      key: `planted-${i}`,
    })),
  });
  const half = judgeImport(whole, await readAllStores(reader), last.content);
  expect(half.caseId).toBe(copyId);
  expect(half.problems).toEqual(
    expect.arrayContaining([
      `evidence: 0 here, ${last.content.evidence.length} in the file`,
      'log: the copy does not start with case.created naming the original',
    ]),
  );

  // Planted: the last export.made written a second time, as a retried append would.
  const made = logged.filter((e) => e.type === 'export.made').at(-1)!;
  const tail = logged.at(-1)!;
  await plantRows(extension, {
    events: [{ ...made, id: 'planted-export-made', seq: tail.seq + 1, prevHash: tail.hash }],
  });
  const doubled = exportLogProblems(caseEvents((await extension.db()).events, caseId), earlier, since);
  expect(doubled).toContain(`export ${EXPORTS - 2} is logged 2 times`);
});
