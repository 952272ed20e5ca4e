import type { Box } from './image-port';

/**
 * The box between two pointer positions on an image shown at `shown` size, in the image's own
 * pixels (`natural`), clipped to the image; null when it has no area.
 */
export function boxFromDrag(
  from: { x: number; y: number },
  to: { x: number; y: number },
  shown: { width: number; height: number },
  natural: { width: number; height: number },
): Box | null {
  if (shown.width <= 0 || shown.height <= 0) return null;
  const sx = natural.width / shown.width;
  const sy = natural.height / shown.height;
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  const x0 = clamp(Math.min(from.x, to.x) * sx, natural.width);
  const y0 = clamp(Math.min(from.y, to.y) * sy, natural.height);
  const x1 = clamp(Math.max(from.x, to.x) * sx, natural.width);
  const y1 = clamp(Math.max(from.y, to.y) * sy, natural.height);
  const box = {
    x: Math.floor(x0),
    y: Math.floor(y0),
    width: Math.ceil(x1) - Math.floor(x0),
    height: Math.ceil(y1) - Math.floor(y0),
  };
  return box.width > 0 && box.height > 0 ? box : null;
}
