import type { PillLabels } from '../messaging/protocol';
import type { DeliveryState } from './outbox';

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
 * comes back after a capture takes it out of the page for the screenshot. While the disk is full
 * it warns instead that nothing is being saved (paused wins: then nothing is meant to be).
 */
export interface Pill {
  element: Element;
  /** Shows whether the page's messages are being stored (a warning while the disk is full). */
  setDelivery(state: DeliveryState): void;
}

export function mountPill(options: PillOptions): Pill {
  const { document, labels, signal } = options;
  let paused = options.paused;
  let delivery: DeliveryState = 'ok';
  const host = document.createElement(PILL_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.dir = 'auto';
  const dot = document.createElement('span');
  dot.setAttribute('aria-hidden', 'true');
  // The live region holds only the state's words, so a change is announced without the button's.
  const text = document.createElement('span');
  text.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.style.cssText =
    'font:inherit;border:1px solid #c9d1da;border-radius:999px;background:#f4f6f8;color:inherit;padding:2px 8px;cursor:pointer';
  const render = () => {
    const state = paused ? 'paused' : delivery === 'storage-full' ? 'storage-full' : 'recording';
    const warning = state === 'storage-full';
    box.style.cssText = `position:fixed;inset-block-end:12px;inset-inline-start:12px;z-index:2147483646;max-inline-size:calc(100vw - 24px);display:flex;gap:8px;align-items:center;background:${warning ? '#fff4e0' : '#fff'};color:#1d2733;border:1px solid ${warning ? '#b35900' : '#c9d1da'};border-radius:${warning ? '12px' : '999px'};padding:4px 6px 4px 10px;font:12px system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.15)`;
    dot.style.cssText = `flex:none;width:8px;height:8px;border-radius:${warning ? '0' : '50%'};background:${{ paused: '#8a96a3', recording: '#c0392b', 'storage-full': '#b35900' }[state]}`;
    text.textContent = { paused: labels.paused, recording: labels.recording, 'storage-full': labels.storageFull }[
      state
    ];
    button.textContent = paused ? labels.resume : labels.pause;
    host.setAttribute('data-state', state);
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
  return {
    element: host,
    setDelivery(state) {
      if (state === delivery) return;
      delivery = state;
      render();
    },
  };
}
