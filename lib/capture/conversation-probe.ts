import type { ScrollerState } from './conversation-plan';

/** What a frame reports about its chat list when asked to find one. */
export interface ScrollerFound extends ScrollerState {
  url: string;
  /** How sure the frame is that this is a chat log (role="log", aria-live, message-like rows). */
  score: number;
}

/** An iframe of the top page, by address, with its content box in the viewport. */
export interface FrameBox {
  src: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Injected into every readable frame: finds the element that scrolls the chat and keeps it for
 * the calls below. Extension scripts share one isolated world per frame, so a property of its
 * global survives between executeScript calls and the page cannot see it. Self-contained.
 */
export function findChatScroller(): ScrollerFound | null {
  const store = globalThis as unknown as { __paperTrailScroller?: Element };
  let best: { element: Element; score: number } | null = null;
  const visit = (root: Document | ShadowRoot) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (element.scrollHeight <= element.clientHeight + 40 || element.clientHeight < 80) continue;
      const overflow = getComputedStyle(element).overflowY;
      if (overflow !== 'auto' && overflow !== 'scroll' && overflow !== 'overlay') continue;
      const rect = element.getBoundingClientRect();
      if (rect.width < 120 || rect.bottom <= 0 || rect.top >= innerHeight) continue;
      const role = element.getAttribute('role');
      const live = element.getAttribute('aria-live') ?? element.querySelector('[aria-live]')?.getAttribute('aria-live');
      const rows = element.firstElementChild?.children.length ?? 0;
      const score =
        (role === 'log' ? 4 : 0) +
        (live && live !== 'off' ? 2 : 0) +
        (/chat|message|conversation|transcript/i.test(`${element.id} ${element.className}`) ? 2 : 0) +
        Math.min(element.children.length + rows, 20) / 10;
      if (!best || score > best.score) best = { element, score };
    }
  };
  visit(document);
  if (!best) return null;
  const { element, score } = best as { element: Element; score: number };
  store.__paperTrailScroller = element;
  const rect = element.getBoundingClientRect();
  return {
    url: location.href,
    score,
    scrollTop: element.scrollTop,
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
    box: {
      left: rect.left + element.clientLeft,
      top: rect.top + element.clientTop,
      width: element.clientWidth,
      height: element.clientHeight,
    },
  };
}

/**
 * Injected: scrolls the kept list (no smooth scrolling) and reports where it ended up. It repeats
 * findChatScroller's measuring on purpose: an injected function cannot call another one.
 */
export function scrollChatTo(top: number): ScrollerState | null {
  const element = (globalThis as unknown as { __paperTrailScroller?: Element }).__paperTrailScroller;
  if (!element?.isConnected) return null;
  element.scrollTo({ top, behavior: 'instant' });
  const rect = element.getBoundingClientRect();
  return {
    scrollTop: element.scrollTop,
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
    box: {
      left: rect.left + element.clientLeft,
      top: rect.top + element.clientTop,
      width: element.clientWidth,
      height: element.clientHeight,
    },
  };
}

export interface TopLayout {
  viewport: { width: number; height: number };
  frames: FrameBox[];
}

/** Injected into the top frame: the viewport, and where each iframe's content sits in it. */
export function topLayout(): TopLayout {
  const frames = Array.from(document.querySelectorAll('iframe'))
    .map((frame) => {
      const rect = frame.getBoundingClientRect();
      return {
        src: frame.src,
        left: rect.left + frame.clientLeft,
        top: rect.top + frame.clientTop,
        width: frame.clientWidth,
        height: frame.clientHeight,
      };
    })
    .filter((box) => box.src !== '' && box.width > 0 && box.height > 0);
  return { viewport: { width: innerWidth, height: innerHeight }, frames };
}
