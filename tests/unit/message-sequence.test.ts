// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/adapters/generic';
import type { ReadMessage } from '@/lib/adapters/types';
import type { ObservedMessage } from '@/lib/messaging/schemas';
import { keyMessages } from '@/lib/recorder/message-keys';
import { createMessageKeyer } from '@/lib/recorder/message-sequence';
import { startRecorder } from '@/lib/recorder/recorder';

const msg = (text: string, role: ReadMessage['role'] = 'customer'): ReadMessage => ({
  widgetId: null,
  role,
  authorName: null,
  text,
  widgetTimeText: null,
});

/** 1,000 messages, a third of them one of three short replies said again and again. */
const STREAM = Array.from({ length: 1000 }, (_, i) =>
  i % 3 === 0 ? msg(['ok', 'Thanks!', 'yes'][i % 9 === 0 ? 0 : i % 9 === 3 ? 1 : 2]!) : msg(`message ${i}`, 'agent'),
);

describe('keys of a list read again and again', () => {
  it('start as keyMessages gives them, and stay the same on a re-read', () => {
    const keysFor = createMessageKeyer();
    const window = STREAM.slice(0, 40);
    const first = keysFor(window);
    expect(first).toEqual(keyMessages(window));
    expect(keysFor(window)).toEqual(first);
  });

  it('give every message of a stream read through a 600-row window a key of its own, kept while in view', () => {
    const keysFor = createMessageKeyer();
    const keyOf = new Map<number, string>();
    for (let end = 1; end <= STREAM.length; end += 7) {
      const from = Math.max(0, end - 600);
      const keys = keysFor(STREAM.slice(from, end));
      keys.forEach((key, k) => {
        const index = from + k;
        if (keyOf.has(index)) expect(keyOf.get(index), `message ${index}`).toBe(key);
        else keyOf.set(index, key);
      });
    }
    keysFor(STREAM.slice(400));
    expect(keyOf.size).toBe(995);
    expect(new Set(keyOf.values()).size).toBe(keyOf.size);
  });

  it('control: keys from each window alone collide once earlier duplicates leave the window', () => {
    const whole = keyMessages(STREAM);
    const windowed = keyMessages(STREAM.slice(400));
    const collisions = windowed.filter((key, k) => key !== whole[400 + k]);
    expect(collisions.length).toBeGreaterThan(0);
  });

  it('keep old keys when the list is scrolled back up or older history is loaded above', () => {
    const keysFor = createMessageKeyer();
    const all = keysFor(STREAM.slice(300, 700));
    expect(keysFor(STREAM.slice(300, 500))).toEqual(all.slice(0, 200));
    const withOlder = keysFor(STREAM.slice(200, 700));
    expect(withOlder.slice(100)).toEqual(all);
    expect(new Set(withOlder).size).toBe(500);
  });

  it('give the same text sent twice at the end two keys, and a message edited in place a new one', () => {
    const keysFor = createMessageKeyer();
    const start = [msg('Hello'), msg('ok'), msg('Where is my order?')];
    const first = keysFor(start);
    const twice = keysFor([...start, msg('ok'), msg('ok')]);
    expect(twice.slice(0, 3)).toEqual(first);
    expect(new Set(twice).size).toBe(5);
    const edited = keysFor([start[0]!, start[1]!, msg('Where is my order A-1?'), msg('ok'), msg('ok')]);
    expect(edited.filter((key) => !twice.includes(key))).toHaveLength(1);
  });

  it('use the widget’s id when there is one', () => {
    const keysFor = createMessageKeyer();
    expect(keysFor([{ ...msg('ok'), widgetId: 'm-1' }, msg('ok')])).toEqual(['id:m-1', keyMessages([msg('ok')])[0]]);
  });
});

describe('recorder on a list longer than its read window, rows without ids', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('stores every one of 1,000 streamed messages, repeated replies included', async () => {
    document.body.innerHTML = '<div role="log" aria-label="Chat" id="log"></div>';
    const log = document.getElementById('log')!;
    const received: ObservedMessage[] = [];
    const controller = new AbortController();
    startRecorder({
      document,
      env: { shadowRootOf: (el: Element) => el.shadowRoot },
      adapters: [genericAdapter],
      outbox: { add: (messages) => received.push(...messages) },
      signal: controller.signal,
      now: () => 1000,
      setTimer: (callback, ms) => setTimeout(callback, ms),
    });
    const side = (m: ReadMessage) => (m.role === 'agent' ? 'msg msg--agent' : 'msg msg--customer');
    for (let i = 0; i < STREAM.length; i += 50) {
      for (const m of STREAM.slice(i, i + 50)) {
        const row = document.createElement('div');
        row.className = side(m);
        row.innerHTML = `<p></p><time>10:0${i % 10}</time>`;
        row.querySelector('p')!.textContent = m.text;
        log.append(row);
      }
      await new Promise((resolve) => setTimeout(resolve, 160));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort();
    expect(received.map((m) => m.text)).toEqual(STREAM.map((m) => m.text));
    expect(new Set(received.map((m) => m.key)).size).toBe(STREAM.length);
  }, 60_000);
});
