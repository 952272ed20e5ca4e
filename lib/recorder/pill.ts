import type { PillLabels } from '../messaging/protocol';

export const PILL_TAG = 'paper-trail-pill';

export interface PillOptions {
  document: Document;
  labels: PillLabels;
  paused: boolean;
  /** Asks the background to pause or resume the tab; resolves to the state it now has. */
  onToggle: (paused: boolean) => Promise<boolean>;
  signal: AbortSignal;
  setTimer: (callback: () => void, ms: number) => unknown;
}

/** Delay before the pill comes back after a capture removed it from the page (see removeOwnUi). */
const RETURN_AFTER_MS = 1500;

/**
 * The in-page sign that this chat is being recorded, with a Pause/Resume button. It lives in a
 * closed shadow root (the page can neither style nor read it), speaks the user's language, and
 * comes back after a capture takes it out of the page for the screenshot.
 */
export function mountPill(options: PillOptions): { element: Element } {
  const { document, labels, signal } = options;
  let paused = options.paused;
  const host = document.createElement(PILL_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.dir = 'auto';
  box.style.cssText =
    'position:fixed;inset-block-end:12px;inset-inline-start:12px;z-index:2147483646;display:flex;gap:8px;align-items:center;background:#fff;color:#1d2733;border:1px solid #c9d1da;border-radius:999px;padding:4px 6px 4px 10px;font:12px system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.15)';
  const dot = document.createElement('span');
  dot.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  const button = document.createElement('button');
  button.type = 'button';
  button.style.cssText =
    'font:inherit;border:1px solid #c9d1da;border-radius:999px;background:#f4f6f8;color:inherit;padding:2px 8px;cursor:pointer';
  const render = () => {
    dot.style.cssText = `width:8px;height:8px;border-radius:50%;background:${paused ? '#8a96a3' : '#c0392b'}`;
    text.textContent = paused ? labels.paused : labels.recording;
    button.textContent = paused ? labels.resume : labels.pause;
    host.setAttribute('data-state', paused ? 'paused' : 'recording');
  };
  button.addEventListener('click', () => {
    button.disabled = true;
    options
      .onToggle(!paused)
      .then((now) => {
        paused = now;
      })
      .catch(() => undefined)
      .finally(() => {
        button.disabled = false;
        render();
      });
  });
  box.append(dot, text, button);
  root.append(box);
  render();

  const attach = () => {
    if (!signal.aborted && !host.isConnected) document.documentElement.append(host);
  };
  const watcher = new MutationObserver(() => {
    if (!host.isConnected) options.setTimer(attach, RETURN_AFTER_MS);
  });
  watcher.observe(document.documentElement, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      watcher.disconnect();
      host.remove();
    },
    { once: true },
  );
  attach();
  return { element: host };
}
