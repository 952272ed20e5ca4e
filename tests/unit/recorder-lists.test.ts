// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/adapters/generic';
import type { ObservedMessage } from '@/lib/messaging/schemas';
import { startRecorder } from '@/lib/recorder/recorder';

const env = { shadowRootOf: (el: Element) => el.shadowRoot };
const controllers: AbortController[] = [];
afterEach(() => {
  controllers.forEach((c) => c.abort());
  document.body.innerHTML = '';
});

function record() {
  const received: ObservedMessage[] = [];
  const controller = new AbortController();
  controllers.push(controller);
  startRecorder({
    document,
    env,
    adapters: [genericAdapter],
    outbox: { add: (messages) => received.push(...messages) },
    signal: controller.signal,
    now: () => 1000,
    setTimer: (callback, ms) => setTimeout(callback, ms),
  });
  return received;
}

const log = (text: string, id = 'm1') =>
  `<div role="log"><div class="msg msg--agent" data-message-id="${id}"><p>${text}</p></div></div>`;

describe('recorder: several lists on one page', () => {
  it('gives messages of two lists (even with the same widget id) two keys; an edit in one is no edit of the other', async () => {
    document.body.innerHTML = log('Thanks') + log('Thanks');
    const received = record();
    expect(received.map((m) => m.text)).toEqual(['Thanks', 'Thanks']);
    const [first, second] = received.map((m) => m.key);
    expect(first).not.toBe(second);
    document.querySelectorAll('[role="log"] p')[1]!.textContent = 'Thanks, refund approved';
    await new Promise((r) => setTimeout(r, 300));
    expect(received[2]).toMatchObject({ key: second, text: 'Thanks, refund approved' });
  });

  it('keeps the keys of a widget closed and opened again (a new list element), and sends only what changed', async () => {
    document.body.innerHTML = log('Hello');
    const received = record();
    const reopen = async (html: string) => {
      document.body.innerHTML = '';
      await new Promise((r) => setTimeout(r, 50));
      document.body.innerHTML = html;
      await new Promise((r) => setTimeout(r, 700));
    };
    await reopen(log('Hello'));
    expect(received.map((m) => m.text)).toEqual(['Hello']);
    await reopen(log('Hello, edited'));
    expect(received.map((m) => [m.key, m.text])).toEqual([
      [received[0]!.key, 'Hello'],
      [received[0]!.key, 'Hello, edited'],
    ]);
  });

  it('gives a widget reopened beside another one its own keys back, never the other widget’s', async () => {
    document.body.innerHTML = log('Hello', 'm5') + log('Goodbye', 'm5');
    const received = record();
    const [first, second] = received.map((m) => m.key);
    const firstList = document.querySelector('[role="log"]')!;
    firstList.replaceWith(firstList.cloneNode(true));
    await new Promise((r) => setTimeout(r, 700));
    expect(received.map((m) => m.text)).toEqual(['Hello', 'Goodbye']);
    document.querySelectorAll('[role="log"] p')[0]!.textContent = 'Hello again';
    await new Promise((r) => setTimeout(r, 300));
    expect(received.slice(2).map((m) => [m.key, m.text])).toEqual([[first, 'Hello again']]);
    expect(first).not.toBe(second);
  });

  it('gives a widget reopened after the other one closed its own keys, not the closed one’s', async () => {
    document.body.innerHTML = log('Hello', 'm5') + log('Goodbye', 'm5');
    const received = record();
    const second = received[1]!.key;
    const [firstList, secondList] = Array.from(document.querySelectorAll('[role="log"]'));
    firstList!.remove();
    secondList!.replaceWith(secondList!.cloneNode(true));
    await new Promise((r) => setTimeout(r, 700));
    document.querySelector('[role="log"] p')!.textContent = 'Goodbye, and thanks';
    await new Promise((r) => setTimeout(r, 300));
    expect(received.slice(2).map((m) => [m.key, m.text])).toEqual([[second, 'Goodbye, and thanks']]);
  });

  it('gives two widgets re-rendered at once each its own keys back, found in either order', async () => {
    document.body.innerHTML = log('Hello', 'm5') + log('Goodbye', 'm5');
    const received = record();
    const [first, second] = received.map((m) => m.key);
    // Re-rendered in the other order: the second widget's list now comes first in the page.
    const [firstList, secondList] = Array.from(document.querySelectorAll('[role="log"]'));
    const copies = [secondList!.cloneNode(true), firstList!.cloneNode(true)];
    document.body.replaceChildren(...copies);
    await new Promise((r) => setTimeout(r, 700));
    expect(received).toHaveLength(2);
    const texts = document.querySelectorAll('[role="log"] p');
    texts[0]!.textContent = 'Goodbye, edited';
    texts[1]!.textContent = 'Hello, edited';
    await new Promise((r) => setTimeout(r, 300));
    expect(
      received
        .slice(2)
        .map((m) => [m.key, m.text])
        .sort(),
    ).toEqual(
      [
        [second, 'Goodbye, edited'],
        [first, 'Hello, edited'],
      ].sort(),
    );
  });
});
