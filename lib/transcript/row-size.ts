/**
 * A first guess at a transcript row's height, before the list has measured it. The closer the
 * guess, the less the list moves (and re-renders) once rows are measured: a fixed guess put a
 * one-line and a ten-line message at the same height. Derived from the bubble's CSS
 * (components/styles.css) and checked against rows measured in Chromium.
 */
export interface RowMetrics {
  /** Row padding, bubble border and padding, its head and foot lines: everything but the text. */
  fixedPx: number;
  /** One line of the message's text. */
  linePx: number;
  /** Average advance of a character of the message's text. */
  charPx: number;
  /** The bubble is at most this share of the row wide… */
  bubbleShare: number;
  /** …less its inline padding and border. */
  bubbleInsetPx: number;
}

/**
 * Measured in Chromium (Linux, the side panel's default fonts): a one-line message's row is
 * 91.65625 px, each further line 22.5 px. When the guess equals the measurement to the fraction
 * the list has nothing to re-lay out once the row is measured, which is the common case.
 */
export const ROW_METRICS: RowMetrics = {
  fixedPx: 69.15625,
  linePx: 22.5,
  charPx: 7.2,
  bubbleShare: 0.92,
  bubbleInsetPx: 94,
};

/** Without a measured width yet (or in a test without layout). */
const FALLBACK_WIDTH_PX = 400;

/** `rowWidthPx`: the list's inner width. Each paragraph of the text starts a line of its own. */
export function estimateMessageRowPx(text: string, rowWidthPx: number, metrics: RowMetrics = ROW_METRICS): number {
  const width = rowWidthPx > 0 ? rowWidthPx : FALLBACK_WIDTH_PX;
  const charsPerLine = Math.max(8, Math.floor((width * metrics.bubbleShare - metrics.bubbleInsetPx) / metrics.charPx));
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / charsPerLine));
    if (end < 0) break;
    start = end + 1;
  }
  return metrics.fixedPx + lines * metrics.linePx;
}
