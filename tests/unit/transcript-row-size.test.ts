import { describe, expect, it } from 'vitest';
import { estimateMessageRowPx, ROW_METRICS } from '@/lib/transcript/row-size';

const WIDTH = 392; // the list's inner width in a 420 px side panel

describe('estimateMessageRowPx', () => {
  it('gives a one-line message the fixed part and one line (measured in Chromium: 91.7 px)', () => {
    expect(estimateMessageRowPx('Hello', WIDTH)).toBe(ROW_METRICS.fixedPx + ROW_METRICS.linePx);
    expect(estimateMessageRowPx('Hello', WIDTH)).toBe(91.65625);
  });

  it('adds a line for each line the text wraps to (a 132-character message: 181.7 px measured)', () => {
    const one = estimateMessageRowPx('x'.repeat(10), WIDTH);
    const long = estimateMessageRowPx('x'.repeat(132), WIDTH);
    expect(Math.abs(long - one - 3 * ROW_METRICS.linePx)).toBeLessThanOrEqual(1);
    // Within a line of the measured height (word wrapping can cost a line; a fixed 96 px was 86 off).
    expect(Math.abs(long - 181.65625)).toBeLessThanOrEqual(ROW_METRICS.linePx);
  });

  it('starts a line at each line break, empty lines included', () => {
    const extra = estimateMessageRowPx('a\nb\n\nc', WIDTH) - estimateMessageRowPx('a', WIDTH);
    expect(Math.abs(extra - 3 * ROW_METRICS.linePx)).toBeLessThanOrEqual(1);
  });

  it('grows as the list narrows, and guesses a width when none is measured yet', () => {
    const text = 'word '.repeat(40);
    expect(estimateMessageRowPx(text, 300)).toBeGreaterThan(estimateMessageRowPx(text, 600));
    expect(estimateMessageRowPx(text, 0)).toBeGreaterThan(estimateMessageRowPx('', 0));
    expect(Number.isFinite(estimateMessageRowPx(text, 10))).toBe(true);
  });
});
