/**
 * One measurement of the one-click capture in the real built extension, read by two suites
 * (`capture-screenshot`, `capture-mhtml`): on the same demo chat page, in the same run, the
 * committed capture (`capture.run`: screenshot, MHTML, every frame's text and facts, saved into
 * IndexedDB) against the bare browser calls it is made of.
 */
import type { Page, Worker } from 'playwright-core';
import { startDemoServer } from '../../demo/server';
import type { WireReply } from '../../e2e/support/chrome-api';
import { wire } from '../../e2e/support/messages';
import type { BenchContext } from './types';

/** Chrome allows 2 captureVisibleTab calls a second: every timed side starts this long after the last one ended. */
export const CAPTURE_SPACING_MS = 550;
/** Variant A of the demo shop (a cross-origin widget iframe), English, whole conversation at once. */
export const CAPTURE_PAGE = '/iframe.html?lang=en&pace=0';

/** The `chrome.*` calls made here; functions passed to `evaluate` read `chrome` from `globalThis`. */
interface BenchChrome {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    query(query: object): Promise<{ id?: number; windowId?: number; url?: string; active?: boolean }[]>;
    captureVisibleTab(windowId: number, options: { format: 'png' }): Promise<string>;
  };
  pageCapture: { saveAsMHTML(details: { tabId: number }): Promise<Blob> };
}
type WithBenchChrome = { chrome: BenchChrome };

export type CaptureSide = 'committed' | 'screenshot' | 'mhtml' | 'pair';
/** One run's times in ms, each side measured where it runs (extension page or service worker). */
export type CaptureRun = Record<CaptureSide, number>;

export interface CaptureMeasurement {
  runs: CaptureRun[];
  page: string;
  /** Sizes from the warm-up, for the log and the docs. */
  screenshotBytes: number;
  archiveBytes: number;
  framesRead: number;
}

const SIDES: readonly CaptureSide[] = ['committed', 'screenshot', 'mhtml', 'pair'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Timed {
  ms: number;
  screenshotBytes: number;
  archiveBytes: number;
  framesRead: number;
  /** pageCapture reads tried (the extension retries a Blob that cannot be read yet; so does the bare side). */
  attempts: number;
}

/**
 * Warm-up, then `runs` runs of the four sides, paced (`CAPTURE_SPACING_MS` between the end of
 * one side and the start of the next; the wait is outside every timed section) and alternated:
 * committed, screenshot, MHTML, pair on runs 1, 3, 5…; the reverse on runs 2, 4….
 */
export async function measureCapture({ runs, log, launchExtension }: BenchContext): Promise<CaptureMeasurement> {
  const demo = await startDemoServer();
  const session = await launchExtension();
  try {
    const { serviceWorker } = session;
    const chat = await session.context.newPage();
    const pageUrl = new URL(CAPTURE_PAGE, demo.url).href;
    await chat.goto(pageUrl);
    await chatShown(chat);
    // The message is sent from an extension page left in the background (as e2e/capture.spec.ts
    // does): captureVisibleTab captures whatever tab is active, which must be the chat.
    const reader = await session.openExtensionPage('manifest.json');
    await chat.bringToFront();
    const tab = await serviceWorker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as WithBenchChrome;
      return (await chrome.tabs.query({})).filter((t) => t.url === url);
    }, chat.url());
    if (tab.length !== 1 || tab[0]!.id === undefined || tab[0]!.windowId === undefined) {
      throw new Error(`expected one tab at ${chat.url()}, found ${tab.length}`);
    }
    if (!tab[0]!.active) throw new Error('the chat page is not the active tab: captureVisibleTab would miss it');
    const target = { tabId: tab[0]!.id, windowId: tab[0]!.windowId };

    let lastEnded = 0;
    const timed = async (side: CaptureSide): Promise<Timed> => {
      const wait = lastEnded + CAPTURE_SPACING_MS - performance.now();
      if (wait > 0) await sleep(wait);
      try {
        return side === 'committed'
          ? await committedCapture(reader, target.tabId)
          : await bare(serviceWorker, side, target);
      } finally {
        lastEnded = performance.now();
      }
    };

    // Warm-up (untimed): the first capture creates the site's case; the first pageCapture read
    // of a session may fail once (see platform notes); the JIT and IndexedDB warm up.
    const warm = await timed('committed');
    const warmShot = await timed('screenshot');
    const warmArchive = await timed('mhtml');
    log(
      `page: demo shop ${CAPTURE_PAGE} (${warm.framesRead} frames read); warm-up: committed capture ${Math.round(warm.ms)} ms, ` +
        `screenshot ${Math.round(warmShot.ms)} ms (${kb(warmShot.screenshotBytes)} PNG data URL), ` +
        `MHTML ${Math.round(warmArchive.ms)} ms (${kb(warmArchive.archiveBytes)}, ${warmArchive.attempts} attempt(s))`,
    );

    const measured: CaptureRun[] = [];
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? SIDES : [...SIDES].reverse();
      const run = {} as CaptureRun;
      const retried: string[] = [];
      for (const side of order) {
        const result = await timed(side);
        run[side] = result.ms;
        if (result.attempts > 1) retried.push(`${side} read the archive ${result.attempts} times`);
      }
      measured.push(run);
      log(
        `run ${i + 1}/${runs} (${order[0]} first): committed ${Math.round(run.committed)} ms, screenshot ` +
          `${Math.round(run.screenshot)} ms, MHTML ${Math.round(run.mhtml)} ms, screenshot + MHTML ${Math.round(run.pair)} ms` +
          `${retried.length ? ` (${retried.join(', ')})` : ''}`,
      );
    }
    return {
      runs: measured,
      page: CAPTURE_PAGE,
      screenshotBytes: warmShot.screenshotBytes,
      archiveBytes: warmArchive.archiveBytes,
      framesRead: warm.framesRead,
    };
  } finally {
    await session.close();
    await demo.close();
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** The demo's widget frame shows the whole conversation (`pace=0`) once it has loaded. */
async function chatShown(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/widget.html'));
    if (frame) {
      const text = await frame.evaluate(() => document.body?.innerText.length ?? 0).catch(() => 0);
      if (text > 200) return;
    }
    if (Date.now() > deadline) throw new Error('the demo chat did not show its conversation within 15 s');
    await sleep(100);
  }
}

/** Timed in the extension page: `capture.run` sent as the popup sends it, until the reply (all saved). */
async function committedCapture(reader: Page, tabId: number): Promise<Timed> {
  const { ms, reply } = await reader.evaluate(
    async (message) => {
      const { chrome } = globalThis as unknown as WithBenchChrome;
      const start = performance.now();
      const reply = (await chrome.runtime.sendMessage(message)) as WireReply;
      return { ms: performance.now() - start, reply };
    },
    wire('capture.run', { tabId }),
  );
  const res = reply && 'res' in reply ? reply.res : null;
  if (!res?.ok) throw new Error(`capture.run failed: ${JSON.stringify(reply)}`);
  const items = (res.items ?? []) as { kind: string; size: number }[];
  const kinds = items.map((item) => item.kind).sort();
  if (kinds.join() !== 'page-archive,screenshot') throw new Error(`capture.run saved ${kinds.join(', ') || 'nothing'}`);
  return {
    ms,
    screenshotBytes: items.find((item) => item.kind === 'screenshot')!.size,
    archiveBytes: items.find((item) => item.kind === 'page-archive')!.size,
    framesRead: Number(res.framesRead ?? 0),
    attempts: 1,
  };
}

/**
 * Timed in the service worker: the bare browser calls, in the order the capture makes them.
 * `mhtml` reads the archive's bytes (any use of it must), retrying an unreadable Blob as the
 * extension does; `pair` is a screenshot then an MHTML, back to back.
 */
async function bare(
  serviceWorker: Worker,
  side: Exclude<CaptureSide, 'committed'>,
  target: { tabId: number; windowId: number },
): Promise<Timed> {
  return serviceWorker.evaluate(
    async ({ side, tabId, windowId }) => {
      const { chrome } = globalThis as unknown as WithBenchChrome;
      const start = performance.now();
      let screenshotBytes = 0;
      let archiveBytes = 0;
      let attempts = 0;
      if (side !== 'mhtml') screenshotBytes = (await chrome.tabs.captureVisibleTab(windowId, { format: 'png' })).length;
      if (side !== 'screenshot') {
        for (;;) {
          attempts++;
          try {
            archiveBytes = (await (await chrome.pageCapture.saveAsMHTML({ tabId })).arrayBuffer()).byteLength;
            break;
          } catch (error) {
            if (attempts >= 3) throw error;
          }
        }
      }
      return { ms: performance.now() - start, screenshotBytes, archiveBytes, framesRead: 0, attempts };
    },
    { side, ...target },
  );
}
