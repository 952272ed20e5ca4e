import type { ScrollerFound, TopLayout } from './conversation-probe';
import {
  MAX_SHOTS,
  pixelScale,
  planScrollPositions,
  SHOT_INTERVAL_MS,
  stitchLayout,
  type ConversationShot,
  type ScrollerBox,
  type ScrollerState,
  type StitchLayout,
} from './conversation-plan';

/** Browser calls for a whole-conversation capture; real ones in lib/background/browser-ports.ts. */
export interface ConversationPorts {
  /** Each readable frame's best candidate for the chat's scrolling list (boxes in frame pixels). */
  findScrollers: (tabId: number) => Promise<{ frameId: number; found: ScrollerFound }[]>;
  /** The top frame's viewport and iframe boxes. */
  topLayout: (tabId: number) => Promise<TopLayout>;
  /** Scrolls the list kept by findScrollers; null when it is gone (the widget closed or re-rendered). */
  scrollTo: (tabId: number, frameId: number, top: number) => Promise<ScrollerState | null>;
  screenshot: (windowId: number) => Promise<Blob>;
  /** Width in pixels of a screenshot Blob. */
  imageWidth: (png: Blob) => Promise<number>;
  stitch: (shots: readonly ConversationShot[], layout: StitchLayout) => Promise<Blob>;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export interface ChosenScroller {
  frameId: number;
  state: ScrollerState;
  /** Where the frame's viewport starts in the top viewport. */
  offset: { left: number; top: number };
}

/**
 * The most chat-like list; in a child frame only when the top page shows that frame (matched by
 * address), since its list must be placed on the top window's screenshot.
 */
export function chooseScroller(
  candidates: readonly { frameId: number; found: ScrollerFound }[],
  layout: TopLayout,
): ChosenScroller | null {
  const placed = candidates.flatMap(({ frameId, found }) => {
    if (frameId === 0) return [{ frameId, found, offset: { left: 0, top: 0 } }];
    const frame = layout.frames.find((box) => box.src === found.url);
    return frame ? [{ frameId, found, offset: { left: frame.left, top: frame.top } }] : [];
  });
  placed.sort((a, b) => b.found.score - a.found.score || b.found.scrollHeight - a.found.scrollHeight);
  const best = placed[0];
  if (!best) return null;
  const { url: _url, score: _score, ...state } = best.found;
  return { frameId: best.frameId, state, offset: best.offset };
}

const shifted = (box: ScrollerBox, offset: { left: number; top: number }): ScrollerBox => ({
  ...box,
  left: box.left + offset.left,
  top: box.top + offset.top,
});

export interface WholeConversation {
  png: Blob;
  shots: number;
  /** The list was longer than MAX_SHOTS screenshots or the tallest image we make. */
  truncated: boolean;
}

/**
 * Scrolls the chat's list from the top to the bottom one view at a time, screenshots each step
 * under Chrome's two-a-second limit, stitches the list's part of each, and puts the scroll
 * position back where the user had it — also when a step fails.
 */
export async function captureWholeConversation(
  ports: ConversationPorts,
  tabId: number,
  windowId: number,
): Promise<WholeConversation | null> {
  const layout = await ports.topLayout(tabId);
  const chosen = chooseScroller(await ports.findScrollers(tabId), layout);
  if (!chosen) return null;
  const { frameId, offset } = chosen;
  const { viewport } = layout;
  const original = chosen.state.scrollTop;
  try {
    // Widgets often load older messages when scrolled to the top: plan after that settles.
    const first = await ports.scrollTo(tabId, frameId, 0);
    if (!first) return null;
    await ports.sleep(SHOT_INTERVAL_MS);
    const settled = (await ports.scrollTo(tabId, frameId, 0)) ?? first;
    const plan = planScrollPositions(settled.scrollHeight, settled.clientHeight, MAX_SHOTS);
    const shots: ConversationShot[] = [];
    let box: ScrollerBox = shifted(settled.box, offset);
    let lastShotAt = -Infinity;
    for (const position of plan.positions) {
      const state = await ports.scrollTo(tabId, frameId, position);
      if (!state) break;
      box = shifted(state.box, offset);
      const wait = lastShotAt + SHOT_INTERVAL_MS - ports.now();
      if (wait > 0) await ports.sleep(wait);
      lastShotAt = ports.now();
      shots.push({ scrollTop: state.scrollTop, png: await ports.screenshot(windowId) });
    }
    const firstShot = shots[0];
    if (!firstShot) return null;
    const scale = pixelScale(await ports.imageWidth(firstShot.png), viewport.width);
    const layout = stitchLayout(shots, box, settled.scrollHeight, scale, viewport);
    return { png: await ports.stitch(shots, layout), shots: shots.length, truncated: plan.truncated || layout.cut };
  } finally {
    await ports.scrollTo(tabId, frameId, original).catch(() => null);
  }
}
