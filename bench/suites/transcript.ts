import type { Page } from 'playwright-core';
import type { ExtDataApi } from '../browser/ext-data';
import { launchBenchExtension } from '../support/bench-extension';
import { growthResult } from '../support/growth';
import { median, ratioAim, significant } from '../support/stats';
import type { BenchResult, BenchSuite } from '../support/types';

/**
 * The headline size, and the growth sizes: 1×, 4×, 16× of a base of 625, so 16× is the headline
 * (a base of 2,500 took 40,000 messages at 16×: 70 s to seed and 26 s a render, too long for the
 * 10-minute full run). --quick: 625 and 2,500, the second its headline.
 */
const SIZES = {
  full: { headline: 10_000, growth: [625, 2_500, 10_000] },
  quick: { headline: 2_500, growth: [625, 2_500] },
};
/** The side panel's size in the e2e tests. */
const VIEWPORT = { width: 420, height: 760 };
/** Scroll positions from top to bottom: each one moves the view by 1/STEPS of the whole list. */
const SCROLL_STEPS = { full: 100, quick: 30 };

interface ScrollSample {
  count: number;
  longestMs: number;
  ms: number;
}

/**
 * tsx (esbuild, keepNames) wraps the inner functions of code passed to `page.evaluate` in
 * `__name(…)`, which pages lack: define it as the identity first.
 */
const definesName = (page: Page) => page.evaluate('globalThis.__name ??= (fn) => fn');

/** Runs in the page: scrolls `selector` from top to bottom in `steps` steps, a frame each, counting long tasks. */
async function scrollThrough([selector, steps]: [string, number]): Promise<ScrollSample> {
  const box = document.querySelector<HTMLElement>(selector);
  if (!box) throw new Error(`no ${selector}`);
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  box.scrollTop = 0;
  for (let i = 0; i < 5; i++) await frame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  // The virtualised list's height grows as rows are measured: keep going until the bottom.
  for (let i = 1; i <= steps * 2; i++) {
    const target = Math.min(((box.scrollHeight - box.clientHeight) * i) / steps, box.scrollHeight);
    box.scrollTop = target;
    await frame();
    if (i >= steps && box.scrollTop + box.clientHeight >= box.scrollHeight - 2) break;
  }
  const ms = performance.now() - start;
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  durations.push(...observer.takeRecords().map((e) => e.duration));
  observer.disconnect();
  return { count: durations.length, longestMs: Math.max(0, ...durations), ms };
}

/** Runs in the side panel: clicks the case's card, resolves once its last row is in the DOM and painted. */
async function openCase([title, total]: [string, number]): Promise<number> {
  const card = [...document.querySelectorAll<HTMLElement>('[data-testid="case-card"]')].find((c) =>
    c.textContent?.includes(title),
  );
  if (!card) throw new Error(`no case card "${title}"`);
  const start = performance.now();
  card.click();
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (document.querySelector(`[data-testid="transcript-row"][aria-posinset="${total}"]`)) {
        requestAnimationFrame(() => setTimeout(resolve, 0));
      } else if (performance.now() - start > 120_000) reject(new Error('the transcript did not render in 120 s'));
      else setTimeout(check, 4);
    };
    check();
  });
  return performance.now() - start;
}

/**
 * `transcript.*`: the workspace's transcript tab (sidepanel.html of the built extension, as a
 * 420 × 760 tab) opening a case of 10,000 messages, against a bare page rendering the same
 * messages into a plain list; long tasks while scrolling each from top to bottom; and how the
 * first render grows with the case (2,500 / 10,000 / 40,000 messages).
 */
export const transcript: BenchSuite = {
  id: 'transcript',
  title: 'Transcript tab first render of 10,000 messages vs a plain list; long tasks while scrolling; growth',
  runs: 3,
  async run({ quick, runs, log, launchExtension }) {
    const sizes = quick ? SIZES.quick : SIZES.full;
    const steps = quick ? SCROLL_STEPS.quick : SCROLL_STEPS.full;
    const session = await launchBenchExtension(launchExtension, ['ext-data']);
    try {
      const data = await session.openBenchPage<ExtDataApi>('ext-data');
      await data.page.setViewportSize(VIEWPORT);
      const all = [...new Set([...sizes.growth, sizes.headline])];
      const seedStart = performance.now();
      const seeded = await data.call('seedTranscripts', all);
      log(
        `seeded ${all.join(', ')} messages (one case each, hash-chained) in ${Math.round(performance.now() - seedStart)} ms`,
      );
      const caseOf = (size: number) => seeded.find((s) => s.messages === size)!;
      const panel: Page = await session.context.newPage();
      await panel.setViewportSize(VIEWPORT);
      const sidePanelUrl = `chrome-extension://${session.extensionId}/sidepanel.html`;

      const render = async (size: number) => {
        await panel.bringToFront();
        await panel.goto(sidePanelUrl);
        await panel
          .locator('[data-testid="case-card"]')
          .nth(all.length - 1)
          .waitFor();
        await definesName(panel);
        return panel.evaluate(openCase, [`(${size} messages)`, size] as [string, number]);
      };
      const plain = async (size: number) => {
        await data.page.bringToFront();
        const result = await data.call('plainList', caseOf(size).caseId);
        if (result.rows !== size) throw new Error(`plain list rendered ${result.rows} rows`);
        return result.ms;
      };
      const scroll = async (page: Page, selector: string) => {
        await page.bringToFront();
        await definesName(page);
        return page.evaluate(scrollThrough, [selector, steps] as [string, number]);
      };

      // Warm-up (untimed): both sides once at the headline size.
      log(
        `warm-up: transcript ${Math.round(await render(sizes.headline))} ms, plain list ${Math.round(await plain(sizes.headline))} ms`,
      );
      const pairs: { app: number; plain: number; ratio: number; appScroll: ScrollSample; plainScroll: ScrollSample }[] =
        [];
      for (let i = 0; i < runs; i++) {
        const appFirst = i % 2 === 0;
        let app = 0;
        let base = 0;
        let appScroll: ScrollSample | null = null;
        let plainScroll: ScrollSample | null = null;
        for (const side of appFirst ? ['app', 'plain'] : ['plain', 'app']) {
          if (side === 'app') {
            app = await render(sizes.headline);
            await panel.waitForTimeout(300);
            appScroll = await scroll(panel, '.transcript-viewport');
          } else {
            base = await plain(sizes.headline);
            plainScroll = await scroll(data.page, '#plain');
          }
        }
        pairs.push({ app, plain: base, ratio: app / base, appScroll: appScroll!, plainScroll: plainScroll! });
        log(
          `run ${i + 1}/${runs} (${appFirst ? 'transcript' : 'plain list'} first): transcript ${Math.round(app)} ms, ` +
            `plain list ${Math.round(base)} ms, ratio ${(app / base).toFixed(3)}; scrolling: transcript ` +
            `${appScroll!.count} long tasks (longest ${Math.round(appScroll!.longestMs)} ms, ${Math.round(appScroll!.ms)} ms), ` +
            `plain ${plainScroll!.count} (longest ${Math.round(plainScroll!.longestMs)} ms, ${Math.round(plainScroll!.ms)} ms)`,
        );
      }

      const growthRuns = Math.min(runs, 3);
      const points: { size: number; samples: number[] }[] = [];
      for (const size of sizes.growth) {
        const samples = size === sizes.headline ? pairs.map((p) => p.app) : [];
        while (samples.length < growthRuns) samples.push(await render(size));
        points.push({ size, samples });
        log(`growth: ${size} messages: ${samples.map((ms) => Math.round(ms)).join(' / ')} ms`);
      }

      const ratio = significant(median(pairs.map((p) => p.ratio)));
      const appLong = median(pairs.map((p) => p.appScroll.count));
      const plainLong = median(pairs.map((p) => p.plainScroll.count));
      const longest = (key: 'appScroll' | 'plainScroll') => Math.round(Math.max(...pairs.map((p) => p[key].longestMs)));
      const results: BenchResult[] = [
        {
          id: 'transcript.first-render',
          description:
            `Transcript tab of a case of ${sizes.headline} messages (sidepanel.html of the built extension, 420 × 760): ` +
            'from the click on the case card until the newest row is in the DOM and painted (reading the messages, ' +
            'the case view, the virtualised list). Ratio = transcript ÷ plain list, median of per-run ratios',
          value: Math.round(median(pairs.map((p) => p.app))),
          unit: 'ms',
          baseline: `the same ${sizes.headline} messages read with one raw IndexedDB getAll, sorted and rendered as a plain <ol> (every row in the DOM), until painted, in an extension page of the same size`,
          baselineValue: Math.round(median(pairs.map((p) => p.plain))),
          ratio,
          ...ratioAim(ratio, { atMost: 1 }),
          runs: pairs.length,
        },
        {
          id: 'transcript.scroll-long-tasks',
          description:
            `Long tasks (≥ 50 ms, PerformanceObserver) while scrolling the ${sizes.headline}-message transcript from top ` +
            `to bottom in ${steps} steps, one frame each; median count per run (longest seen: transcript ${longest('appScroll')} ms, ` +
            `plain list ${longest('plainScroll')} ms). Ratio defined as the added count, transcript − plain list`,
          value: appLong,
          unit: 'long tasks',
          baseline: 'the same scroll over the plain list of the same messages',
          baselineValue: plainLong,
          ratio: appLong - plainLong,
          ...ratioAim(appLong - plainLong, { atMost: 0 }),
          runs: pairs.length,
        },
        growthResult({ suite: 'transcript', what: 'Transcript tab first render', unit: 'messages', points }),
      ];
      return results;
    } finally {
      await session.close();
    }
  },
};
