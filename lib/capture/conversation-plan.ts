/** Where the chat's scrolling message list sits, in CSS pixels of the top window's viewport. */
export interface ScrollerBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ScrollerState {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
  box: ScrollerBox;
}

/** One screenshot of the list, taken with the list scrolled to `scrollTop`. */
export interface ConversationShot {
  scrollTop: number;
  png: Blob;
}

/** Chrome allows two captureVisibleTab calls a second; stay clearly under it. */
export const SHOT_INTERVAL_MS = 600;
/** At most this many screenshots per conversation (about 24 s at the pace above). */
export const MAX_SHOTS = 40;
/** Canvas height limit we stay under (Chrome refuses bitmaps much taller than 32,767 px). */
export const MAX_STITCHED_HEIGHT_PX = 30_000;

/**
 * The scroll positions that cover the list top to bottom, one viewport of the list at a time,
 * at most `maxShots`. `truncated` when the list is longer than that covers.
 */
export function planScrollPositions(
  scrollHeight: number,
  clientHeight: number,
  maxShots = MAX_SHOTS,
): { positions: number[]; truncated: boolean } {
  const view = Math.max(1, Math.floor(clientHeight));
  const last = Math.max(0, Math.ceil(scrollHeight) - view);
  const positions: number[] = [];
  for (let top = 0; top < last && positions.length < maxShots; top += view) positions.push(top);
  const truncated = positions.length >= maxShots && positions[positions.length - 1]! < last;
  if (!truncated && positions[positions.length - 1] !== last) positions.push(last);
  return { positions, truncated };
}

/** Pixels of a screenshot per CSS pixel of the page (the device pixel ratio the shot was taken at). */
export function pixelScale(shotWidthPx: number, viewportWidthCss: number): number {
  if (viewportWidthCss <= 0 || shotWidthPx <= 0) return 1;
  return shotWidthPx / viewportWidthCss;
}

export interface StitchPiece {
  /** Index of the shot this piece is cut from. */
  shot: number;
  /** Crop from the screenshot, in screenshot pixels. */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** Where it goes on the stitched image, in its pixels. */
  dy: number;
}

export interface StitchLayout {
  width: number;
  height: number;
  pieces: StitchPiece[];
  /** True when the stitched image was cut at MAX_STITCHED_HEIGHT_PX. */
  cut: boolean;
}

/**
 * How the shots fit together: each shot contributes the list's box, placed at its scroll
 * offset. Overlapping parts are drawn twice with the same pixels, so the order does not matter.
 */
export function stitchLayout(
  shots: readonly { scrollTop: number }[],
  box: ScrollerBox,
  scrollHeight: number,
  scale: number,
  viewport: { width: number; height: number },
  maxHeightPx = MAX_STITCHED_HEIGHT_PX,
): StitchLayout {
  // The visible part of the box: a list partly off screen is cropped to what the screenshot has.
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const right = Math.min(viewport.width, box.left + box.width);
  const bottom = Math.min(viewport.height, box.top + box.height);
  const sw = Math.max(0, Math.round((right - left) * scale));
  const sh = Math.max(0, Math.round((bottom - top) * scale));
  const fullHeight = Math.round((scrollHeight - box.height + (bottom - top)) * scale);
  const height = Math.min(fullHeight, maxHeightPx);
  const pieces = shots
    .map((shot, index) => ({
      shot: index,
      sx: Math.round(left * scale),
      sy: Math.round(top * scale),
      sw,
      sh,
      dy: Math.round(shot.scrollTop * scale),
    }))
    .filter((piece) => piece.dy < height && piece.sw > 0 && piece.sh > 0);
  return { width: sw, height: Math.max(0, height), pieces, cut: fullHeight > maxHeightPx };
}
