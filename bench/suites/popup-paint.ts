import type { BrowserContext } from 'playwright-core';
import { BLANK_PAGE, launchBenchExtension } from '../support/bench-extension';
import { median, ratioAim, significant } from '../support/stats';
import type { BenchSuite } from '../support/types';

/** The popup's size in Chrome's toolbar is set by its content; a tab of this size is close to it. */
const VIEWPORT = { width: 380, height: 600 };

/** First contentful paint of a fresh tab at `url`, ms from its navigation start (the Paint Timing API). */
async function firstPaint(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(VIEWPORT);
    await page.goto(url);
    const fcp = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      null,
      { timeout: 15_000, polling: 20 },
    );
    return (await fcp.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

/**
 * `popup-paint.first-contentful-paint`: popup.html of the built extension opened as a tab,
 * time to first contentful paint, against a blank extension page (one line of text, no script)
 * of the same extension, alternating which opens first.
 */
export const popupPaint: BenchSuite = {
  id: 'popup-paint',
  title: 'Popup first contentful paint vs a blank extension page',
  async run({ runs, log, launchExtension }) {
    const session = await launchBenchExtension(launchExtension, []);
    try {
      const url = (file: string) => `chrome-extension://${session.extensionId}/${file}`;
      log(
        `warm-up: popup ${Math.round(await firstPaint(session.context, url('popup.html')))} ms, ` +
          `blank ${Math.round(await firstPaint(session.context, url(BLANK_PAGE)))} ms`,
      );
      const pairs: { popup: number; blank: number; ratio: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const popupFirst = i % 2 === 0;
        const first = await firstPaint(session.context, url(popupFirst ? 'popup.html' : BLANK_PAGE));
        const second = await firstPaint(session.context, url(popupFirst ? BLANK_PAGE : 'popup.html'));
        const [popup, blank] = popupFirst ? [first, second] : [second, first];
        pairs.push({ popup, blank, ratio: popup / blank });
        log(
          `run ${i + 1}/${runs} (${popupFirst ? 'popup' : 'blank'} first): popup ${Math.round(popup)} ms, blank ${Math.round(blank)} ms`,
        );
      }
      const ratio = significant(median(pairs.map((p) => p.ratio)));
      return [
        {
          id: 'popup-paint.first-contentful-paint',
          description:
            'popup.html of the built extension opened as a 380 × 600 tab: first-contentful-paint (Paint Timing API), ms ' +
            'from navigation start. Ratio = popup ÷ blank page, median of per-run ratios',
          value: Math.round(median(pairs.map((p) => p.popup))),
          unit: 'ms',
          baseline: 'a blank page of the same extension (one line of text, no script), opened the same way',
          baselineValue: Math.round(median(pairs.map((p) => p.blank))),
          ratio,
          ...ratioAim(ratio, null),
          runs: pairs.length,
        },
      ];
    } finally {
      await session.close();
    }
  },
};
