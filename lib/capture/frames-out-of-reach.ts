import type { FrameProbe } from './page-probe';

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Origins of frames the page embeds that the capture could not read: with only the toolbar
 * click's activeTab, a chat widget's frame from the vendor's domain is out of reach.
 */
export function framesOutOfReach(frames: readonly FrameProbe[]): string[] {
  const read = new Set(frames.map((frame) => originOf(frame.url)));
  const missing = new Set<string>();
  for (const frame of frames) {
    for (const child of frame.childFrames ?? []) {
      const origin = originOf(child);
      if (origin && !read.has(origin)) missing.add(origin);
    }
  }
  return [...missing].slice(0, 10);
}
