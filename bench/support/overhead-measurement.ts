/**
 * The measurement of `recording-overhead`: one headless Chromium with the e2e build loaded, one
 * test page streaming a chat into its widget, opened recorded (at http://127.0.0.1, which the e2e
 * build records without asking) and not recorded (the very same page and server under another
 * host name, `unrecorded.localhost`, where no content script runs — exactly what the shipped
 * extension does on a site the user has not turned on), alternately, in the same run.
 *
 * Busy time is read with the DevTools protocol's `Performance.getMetrics` (`TaskDuration`: the
 * summed wall-clock duration of every task the page's main thread ran, content scripts' isolated
 * world included), before and after the stream: cheap, adds nothing to the page, and needs no
 * trace (a trace would record every task and itself load the main thread and the 2 cores).
 * `ThreadTime` (the main thread's CPU time) is read beside it: on a busy 2-core machine a task's
 * wall-clock duration grows when another process (the extension's service worker storing the
 * messages, other jobs) takes the core, its CPU time does not. Long tasks come from a `longtask`
 * PerformanceObserver in the page.
 */
import type { Page } from 'playwright-core';
import type { StreamChatApi, StreamOptions, StreamResult } from '../browser/stream-chat';
import { API_GLOBAL } from '../browser/harness';
import type { ExtensionSession } from './browser';
import { chatStream, type StreamedMessage } from './chat-stream';
import { startServer } from './server';
import { countStored } from './stored-messages';
import type { BenchContext } from './types';

export const STREAMED_MESSAGES = 1_000;
/** The unrecorded side's host: a loopback name (Chromium resolves `*.localhost` itself) the e2e build does not match. */
export const UNRECORDED_HOST = 'unrecorded.localhost';
/** Full run: 2 messages every 20 ms (about 11 s a side); quick: 10 every 20 ms (about 2 s). */
export const PACE: Record<'full' | 'quick', StreamOptions> = {
  full: { perStep: 2, intervalMs: 20, settleMs: 800 },
  quick: { perStep: 10, intervalMs: 20, settleMs: 800 },
};
const WARM_UP = { messages: 100, pace: { perStep: 10, intervalMs: 20, settleMs: 300 } };
/** After load, both sides wait this long before streaming (the recorded side first waits for its pill). */
const QUIET_BEFORE_MS = 500;
const STORE_TIMEOUT_MS = 30_000;

export type Side = 'recorded' | 'unrecorded';

export interface SideSample extends StreamResult {
  /** Main-thread task time during the stream and settle time (TaskDuration delta), ms. */
  busyMs: number;
  /** CPU time of the main thread over the same window (ThreadTime delta), ms: what contention does not inflate. */
  cpuMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

export interface OverheadRun {
  recorded: SideSample;
  unrecorded: SideSample;
  /** Milliseconds from the end of the recorded stream until the extension had stored every message. */
  storedAfterMs: number;
}

export interface OverheadMeasurement {
  runs: OverheadRun[];
  pace: StreamOptions;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const roleCounts = (messages: readonly StreamedMessage[]) => ({
  agent: messages.filter((m) => m.role === 'agent').length,
  customer: messages.filter((m) => m.role === 'customer').length,
});

type CallApi = <K extends keyof StreamChatApi>(
  page: Page,
  name: K,
  ...args: Parameters<StreamChatApi[K]>
) => Promise<Awaited<ReturnType<StreamChatApi[K]>>>;

const call: CallApi = (page, name, ...args) =>
  page.evaluate(
    ([key, fn, fnArgs]) => {
      const api = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[key]!;
      return api[fn]!(...fnArgs);
    },
    [API_GLOBAL, name, args as unknown[]] as const,
  ) as never;

/**
 * The page's main-thread metrics (seconds, cumulative while the session is enabled), by name.
 * One DevTools session per page, enabled before the first reading: a session accumulates the
 * durations only from its own `Performance.enable` on.
 */
async function metricsOf(session: ExtensionSession, page: Page): Promise<() => Promise<Map<string, number>>> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return new Map(list.map((metric) => [metric.name, metric.value]));
  };
}

/**
 * One side: a fresh tab, the page loaded (and, recorded, its pill up), the stream measured, then
 * `whileOpen` (untimed: the recorded side waits there until everything is stored, since only
 * messages shown for a second are promised to survive the tab closing), the tab closed.
 */
async function streamOnce(
  session: ExtensionSession,
  url: string,
  side: Side,
  messages: StreamedMessage[],
  pace: StreamOptions,
  whileOpen: () => Promise<void> = async () => undefined,
): Promise<SideSample> {
  const page = await session.context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction((key) => key in globalThis, API_GLOBAL, { timeout: 15_000 });
    if (side === 'recorded') {
      // The content script mounts the pill once the background said this site records.
      await page.waitForSelector('paper-trail-pill', { state: 'attached', timeout: 15_000 });
    }
    await sleep(QUIET_BEFORE_MS);
    await call(page, 'prepare', messages);
    const metrics = await metricsOf(session, page);
    const before = await metrics();
    const result = await call(page, 'stream', pace);
    const after = await metrics();
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    if (result.messages !== messages.length) throw new Error(`the ${side} page showed ${result.messages} messages`);
    await whileOpen();
    return {
      ...result,
      busyMs: delta('TaskDuration'),
      cpuMs: delta('ThreadTime'),
      scriptMs: delta('ScriptDuration'),
      layoutMs: delta('LayoutDuration'),
      styleMs: delta('RecalcStyleDuration'),
    };
  } finally {
    await page.close();
  }
}

/**
 * Waits (untimed, before the next side starts) until the extension has stored every message of
 * a recorded run, with the roles they were sent with; fails when it does not within 30 s: a
 * recorder that silently stored nothing would otherwise look free.
 */
async function waitStored(reader: Page, idPrefix: string, messages: readonly StreamedMessage[]): Promise<number> {
  const expected = roleCounts(messages);
  const start = performance.now();
  for (;;) {
    const stored = await countStored(reader, idPrefix);
    if (stored.agent + stored.customer + stored.other >= messages.length) {
      if (stored.agent !== expected.agent || stored.customer !== expected.customer) {
        throw new Error(`recorded roles ${JSON.stringify(stored)}, streamed ${JSON.stringify(expected)}`);
      }
      return performance.now() - start;
    }
    if (performance.now() - start > STORE_TIMEOUT_MS) {
      throw new Error(
        `the extension stored ${stored.agent + stored.customer + stored.other} of ${messages.length} ` +
          `streamed messages (${idPrefix}) within ${STORE_TIMEOUT_MS / 1000} s`,
      );
    }
    await sleep(200);
  }
}

const ms = (value: number) => `${Math.round(value)} ms`;
const describe = (sample: SideSample) =>
  `busy ${ms(sample.busyMs)} (CPU ${ms(sample.cpuMs)}, script ${ms(sample.scriptMs)}, layout ${ms(sample.layoutMs)}, style ${ms(sample.styleMs)}), ` +
  `${sample.longTasks} long task(s)${sample.longTasks ? `, longest ${ms(sample.longestMs)}` : ''}`;

/**
 * A warm-up pair (short stream, untimed; it also proves recording works before anything is
 * timed; skipped by the quick run, whose one pair is a smoke test), then `runs` pairs, alternating which side goes first. Each pair streams the same
 * messages (seeded by the pair's number) under different row ids: the recorded ids are new to
 * the extension every run, so every recorded run stores all of its messages.
 */
export async function measureOverhead({
  quick,
  runs,
  log,
  launchExtension,
}: BenchContext): Promise<OverheadMeasurement> {
  const pace = quick ? PACE.quick : PACE.full;
  const server = await startServer();
  const session = await launchExtension();
  try {
    const recordedUrl = await server.pageUrl('stream-chat');
    const unrecordedUrl = Object.assign(new URL(recordedUrl), { hostname: UNRECORDED_HOST }).href;
    const reader = await session.openExtensionPage('manifest.json');

    const pair = async (seed: number, count: number, sidePace: StreamOptions, recordedFirst: boolean) => {
      const recordedPrefix = `p${seed}-rec`;
      const recordedMessages = chatStream(count, seed, recordedPrefix);
      const unrecordedMessages = chatStream(count, seed, `p${seed}-unr`);
      const samples = {} as Record<Side, SideSample>;
      let storedAfterMs = 0;
      for (const side of recordedFirst
        ? (['recorded', 'unrecorded'] as const)
        : (['unrecorded', 'recorded'] as const)) {
        if (side === 'recorded') {
          samples.recorded = await streamOnce(session, recordedUrl, side, recordedMessages, sidePace, async () => {
            storedAfterMs = await waitStored(reader, recordedPrefix, recordedMessages);
          });
        } else {
          samples.unrecorded = await streamOnce(session, unrecordedUrl, side, unrecordedMessages, sidePace);
        }
      }
      return { ...samples, storedAfterMs };
    };

    if (!quick) {
      const warm = await pair(0, WARM_UP.messages, WARM_UP.pace, true);
      log(
        `warm-up (${WARM_UP.messages} messages, untimed): recorded and stored all of them ` +
          `(${ms(warm.storedAfterMs)} after the stream); recorded ${describe(warm.recorded)}; unrecorded ${describe(warm.unrecorded)}`,
      );
    }
    const measured: OverheadRun[] = [];
    for (let i = 0; i < runs; i++) {
      const recordedFirst = i % 2 === 1;
      const run = await pair(i + 1, STREAMED_MESSAGES, pace, recordedFirst);
      measured.push(run);
      log(
        `run ${i + 1}/${runs} (${recordedFirst ? 'recorded' : 'unrecorded'} first, ${STREAMED_MESSAGES} messages in ` +
          `${ms(run.recorded.elapsedMs)} / ${ms(run.unrecorded.elapsedMs)}): recorded ${describe(run.recorded)}, ` +
          `all stored ${ms(run.storedAfterMs)} after the stream; unrecorded ${describe(run.unrecorded)}; ` +
          `busy ratio ${(run.recorded.busyMs / run.unrecorded.busyMs).toFixed(3)}, CPU ratio ` +
          (run.recorded.cpuMs / run.unrecorded.cpuMs).toFixed(3),
      );
    }
    return { runs: measured, pace };
  } finally {
    await session.close();
    await server.close();
  }
}
