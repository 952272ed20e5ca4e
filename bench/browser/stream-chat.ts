/**
 * Browser side of `recording-overhead`: a support widget (a `role="log"` list of rows with the
 * widget's ids, author names and times, scrolled to the newest message as real widgets do) that
 * streams prepared messages in steady timer steps, and counts the page's long tasks meanwhile.
 * The same page is measured recorded and not recorded; it knows nothing of the extension.
 */
import type { StreamedMessage } from '../support/chat-stream';
import { collectGarbage, expose } from './harness';

export interface StreamOptions {
  /** Messages appended per step. */
  perStep: number;
  /** Milliseconds between steps (a steady pace, setTimeout). */
  intervalMs: number;
  /** Quiet time after the last message, so work it triggers (the recorder reads 150 ms later) is inside. */
  settleMs: number;
}

export interface StreamResult {
  messages: number;
  elapsedMs: number;
  /** PerformanceObserver 'longtask' entries (≥ 50 ms) from the first step to the end of the settle time. */
  longTasks: number;
  longestMs: number;
  longTotalMs: number;
}

const style = document.createElement('style');
style.textContent = `
  body { font: 14px system-ui, sans-serif; margin: 0; }
  .widget { position: fixed; right: 16px; bottom: 16px; width: 360px; height: 560px; display: flex;
            flex-direction: column; border: 1px solid #ccd; border-radius: 8px; background: #fff; }
  .widget h2 { font-size: 15px; margin: 0; padding: 10px 12px; border-bottom: 1px solid #ccd; }
  .log { flex: 1; overflow-y: auto; padding: 8px; }
  .msg { margin: 6px 0; padding: 6px 10px; border-radius: 10px; max-width: 80%; }
  .msg.agent { background: #eef1f6; }
  .msg.customer { background: #d8ecff; margin-left: auto; }
  .msg p { margin: 2px 0; }
  .msg .author-name { font-weight: 600; font-size: 12px; }
  .msg time { font-size: 11px; color: #667; }
`;
const widget = document.createElement('section');
widget.className = 'widget';
const title = document.createElement('h2');
title.textContent = 'Acme support';
const log = document.createElement('div');
log.className = 'log';
log.setAttribute('role', 'log');
log.setAttribute('aria-label', 'Conversation with support');
widget.append(title, log);
document.head.append(style);
document.body.append(widget);

function row(message: StreamedMessage): HTMLElement {
  const element = document.createElement('div');
  element.className = `msg ${message.role}`;
  element.dataset.id = message.id;
  if (message.name) {
    const name = document.createElement('span');
    name.className = 'author-name';
    name.textContent = message.name;
    element.append(name);
  }
  const body = document.createElement('p');
  body.textContent = message.text;
  const time = document.createElement('time');
  time.textContent = message.time;
  element.append(body, time);
  return element;
}

let prepared: StreamedMessage[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const api = {
  /** Hands over the messages (outside the measured stream, so both sides skip the transfer). */
  prepare(messages: StreamedMessage[]): number {
    prepared = messages;
    log.replaceChildren();
    collectGarbage();
    return prepared.length;
  },
  /** Streams the prepared messages; resolves after the settle time with the long tasks seen. */
  async stream(options: StreamOptions): Promise<StreamResult> {
    const longTasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    for (let i = 0; i < prepared.length; i += options.perStep) {
      log.append(...prepared.slice(i, i + options.perStep).map(row));
      log.scrollTop = log.scrollHeight;
      await sleep(options.intervalMs);
    }
    const elapsedMs = performance.now() - start;
    await sleep(options.settleMs);
    // Entries of the last tasks are delivered asynchronously: take what is queued, then stop.
    longTasks.push(...observer.takeRecords());
    observer.disconnect();
    const inWindow = longTasks.filter((entry) => entry.startTime >= start);
    return {
      messages: log.children.length,
      elapsedMs,
      longTasks: inWindow.length,
      longestMs: Math.max(0, ...inWindow.map((entry) => entry.duration)),
      longTotalMs: inWindow.reduce((sum, entry) => sum + entry.duration, 0),
    };
  },
};

expose(api);
export type StreamChatApi = typeof api;
