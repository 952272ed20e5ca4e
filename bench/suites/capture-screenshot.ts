import { CAPTURE_SPACING_MS, measureCapture } from '../support/capture-measurement';
import { median, ratioAim, significant } from '../support/stats';
import type { BenchContext, BenchSuite } from '../support/types';

/** The aim: a committed capture costs at most 1.5× the bare browser capture. */
const AIM_AT_MOST = 1.5;

/** The capture measurement both capture suites read (taken once when both run). */
export const captureMeasurement = (ctx: BenchContext) =>
  ctx.shared(`capture:${ctx.quick}:${ctx.runs}`, () => measureCapture(ctx));

const ms = (value: number) => Math.round(value);

/**
 * `capture-screenshot.*`: the one-click capture, committed (screenshot + MHTML + text + facts
 * saved into IndexedDB, timed from sending `capture.run` to its reply) against the bare
 * browser calls, on the same page in the same run. Ratios are medians of per-run ratios.
 */
export const captureScreenshot: BenchSuite = {
  id: 'capture-screenshot',
  title: 'Committed capture (capture.run) vs bare captureVisibleTab, and vs bare screenshot + MHTML',
  async run(ctx) {
    const { runs, page } = await captureMeasurement(ctx);
    const committed = ms(median(runs.map((r) => r.committed)));
    const vsScreenshot = significant(median(runs.map((r) => r.committed / r.screenshot)));
    const vsPair = significant(median(runs.map((r) => r.committed / r.pair)));
    const common =
      `On the demo shop ${page} (a chat widget in a cross-origin iframe) in the e2e build: a committed capture ` +
      "(capture.run sent from an extension page, timed to its reply: screenshot, MHTML, every frame's text, " +
      'facts, one IndexedDB transaction with a capture.saved event), in ms. Sides alternate, ' +
      `${CAPTURE_SPACING_MS} ms apart (Chrome allows 2 captureVisibleTab calls a second; waits are untimed)`;
    return [
      {
        id: 'capture-screenshot.committed-vs-bare-screenshot',
        description:
          `${common}. Ratio = whole committed capture ÷ bare captureVisibleTab, median of per-run ratios. ` +
          'For information, no aim: the capture also archives the page as MHTML, which this baseline does not ' +
          'do, so the ratio counts the MHTML as overhead (the ≤ 1.5 aim is on committed-vs-bare-screenshot-and-mhtml)',
        value: committed,
        unit: 'ms',
        baseline: 'a bare chrome.tabs.captureVisibleTab (PNG) in the service worker, same page, same run',
        baselineValue: ms(median(runs.map((r) => r.screenshot))),
        ratio: vsScreenshot,
        ...ratioAim(vsScreenshot, null),
        runs: runs.length,
      },
      {
        id: 'capture-screenshot.committed-vs-bare-screenshot-and-mhtml',
        description:
          `${common}. Ratio = whole committed capture ÷ a bare screenshot + bare MHTML pair, median of per-run ` +
          `ratios. This figure carries the aim (ratio <= ${AIM_AT_MOST}): its baseline makes the same two browser ` +
          'calls the capture must make, so the ratio is what the extension adds (text, facts, validation, ' +
          'hashing, storing) rather than the price of the MHTML the user asked for',
        value: committed,
        unit: 'ms',
        baseline:
          'a bare captureVisibleTab then a bare pageCapture.saveAsMHTML (bytes read), back to back in the service worker',
        baselineValue: ms(median(runs.map((r) => r.pair))),
        ratio: vsPair,
        ...ratioAim(vsPair, { atMost: AIM_AT_MOST }),
        runs: runs.length,
      },
    ];
  },
};
