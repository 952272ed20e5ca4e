import { median, ratioAim, significant } from '../support/stats';
import type { BenchSuite } from '../support/types';
import { captureMeasurement } from './capture-screenshot';

const ms = (value: number) => Math.round(value);

/**
 * `capture-mhtml.*`: what the page archive (pageCapture.saveAsMHTML, bytes read) costs, from the
 * same measurement as `capture-screenshot` (taken once when both run): its time, and its share
 * of a committed capture and of the bare screenshot + MHTML pair. For information.
 */
export const captureMhtml: BenchSuite = {
  id: 'capture-mhtml',
  title: 'Bare pageCapture.saveAsMHTML: time, and share of a committed capture and of screenshot + MHTML',
  async run(ctx) {
    ctx.log('figures of the capture measurement (taken with capture-screenshot when both run)');
    const { runs, page, archiveBytes } = await captureMeasurement(ctx);
    const mhtml = ms(median(runs.map((r) => r.mhtml)));
    const what =
      `A bare pageCapture.saveAsMHTML of the demo shop ${page} (${Math.round(archiveBytes / 1024)} KB), its ` +
      'bytes read, in the service worker of the e2e build, in ms (absolute, for information)';
    return [
      {
        id: 'capture-mhtml.share-of-capture',
        description:
          `${what}. Ratio = MHTML time ÷ whole committed capture time (capture.run to its reply), median of ` +
          'per-run ratios: the part of a capture the page archive accounts for',
        value: mhtml,
        unit: 'ms',
        baseline: 'a committed capture (capture.run: screenshot, MHTML, text, facts, saved), same page, same run',
        baselineValue: ms(median(runs.map((r) => r.committed))),
        ratio: significant(median(runs.map((r) => r.mhtml / r.committed))),
        ...ratioAim(0, null),
        runs: runs.length,
      },
      {
        id: 'capture-mhtml.share-of-bare-pair',
        description:
          `${what}. Ratio = MHTML time ÷ a bare screenshot + MHTML pair, median of per-run ratios: the part of ` +
          'the unavoidable browser work that is the archive',
        value: mhtml,
        unit: 'ms',
        baseline: 'a bare captureVisibleTab then a bare pageCapture.saveAsMHTML, back to back, same page, same run',
        baselineValue: ms(median(runs.map((r) => r.pair))),
        ratio: significant(median(runs.map((r) => r.mhtml / r.pair))),
        ...ratioAim(0, null),
        runs: runs.length,
      },
    ];
  },
};
