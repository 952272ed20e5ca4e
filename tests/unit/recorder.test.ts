// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters/registry';
import type { ChatAdapter } from '@/lib/adapters/types';
import { genericAdapter } from '@/lib/adapters/generic';
import type { ObservedMessage } from '@/lib/messaging/schemas';
import { keyMessages } from '@/lib/recorder/message-keys';
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
  return { received, controller };
}

const chat = `
  <div role="log" aria-label="Chat">
    <div class="msg msg--agent"><span class="author-name">Dana</span><p>Hi, this is Dana from billing.</p><time>10:01</time></div>
    <div class="msg msg--agent"><p>Your refund will arrive within 5 business days.</p></div>
    <div class="msg msg--customer"><p>Thanks</p></div>
    <div class="msg msg--customer"><p>Thanks</p></div>
  </div>`;

describe('generic adapter', () => {
  it('reads roles, carries the agent’s name forward and keeps time text apart', () => {
    document.body.innerHTML = chat;
    const [list] = genericAdapter.detect(document, env);
    const messages = genericAdapter.readTranscript(list!);
    expect(messages.map((m) => [m.role, m.authorName, m.text, m.widgetTimeText])).toEqual([
      ['agent', 'Dana', 'Hi, this is Dana from billing.', '10:01'],
      ['agent', 'Dana', 'Your refund will arrive within 5 business days.', null],
      ['customer', null, 'Thanks', null],
      ['customer', null, 'Thanks', null],
    ]);
  });

  it('gives the same text sent twice two keys, and the same keys on a re-read', () => {
    document.body.innerHTML = chat;
    const [list] = genericAdapter.detect(document, env);
    const keys = keyMessages(genericAdapter.readTranscript(list!));
    expect(new Set(keys).size).toBe(4);
    expect(keyMessages(genericAdapter.readTranscript(list!))).toEqual(keys);
  });
});

describe('recorder', () => {
  it('reports history first, then only new messages as they arrive', async () => {
    document.body.innerHTML = chat;
    const { received } = record();
    expect(received).toHaveLength(4);
    expect(received.every((m) => m.fromHistory)).toBe(true);
    const list = document.querySelector('[role="log"]')!;
    list.insertAdjacentHTML('beforeend', '<div class="msg msg--agent"><p>Done, ticket #4471.</p></div>');
    const html = list.innerHTML;
    list.innerHTML = html; // a full re-render of the same messages
    await new Promise((r) => setTimeout(r, 300));
    expect(received).toHaveLength(5);
    expect(received[4]).toMatchObject({
      text: 'Done, ticket #4471.',
      role: 'agent',
      authorName: 'Dana',
      fromHistory: false,
    });
  });

  it('finds a chat inside a shadow root attached after start', async () => {
    const { received } = record();
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<ul aria-live="polite"><li class="incoming">Hello from the shadow</li><li class="outgoing">Hi</li></ul>';
    await new Promise((r) => setTimeout(r, 700));
    expect(received.map((m) => [m.role, m.text])).toEqual([
      ['agent', 'Hello from the shadow'],
      ['customer', 'Hi'],
    ]);
  });

  it('caps huge messages and marks them truncated', () => {
    document.body.innerHTML = `<div role="log"><div class="agent">${'x'.repeat(250_000)}</div><div class="agent">short</div></div>`;
    const { received } = record();
    expect(received[0]).toMatchObject({ truncated: true });
    expect(received[0]!.text).toHaveLength(200_000);
  });

  it('stops observing when aborted', async () => {
    document.body.innerHTML = chat;
    const { received, controller } = record();
    controller.abort();
    document.querySelector('[role="log"]')!.insertAdjacentHTML('beforeend', '<div class="agent">late</div>');
    await new Promise((r) => setTimeout(r, 300));
    expect(received).toHaveLength(4);
  });

  it('keeps page markup inert: text only', () => {
    document.body.innerHTML =
      '<div role="log"><div class="agent">&lt;img src=x onerror=alert(1)&gt; <b>bold</b></div></div>';
    const { received } = record();
    expect(received[0]!.text).toBe('<img src=x onerror=alert(1)> bold');
  });
});

/** Starts a recorder over `adapters`; returns the adapters that took a list and what it sent. */
function recordWith(adapters: readonly ChatAdapter[]) {
  const found: string[] = [];
  const received: ObservedMessage[] = [];
  const controller = new AbortController();
  controllers.push(controller);
  startRecorder({
    document,
    env,
    adapters,
    outbox: { add: (messages) => received.push(...messages) },
    signal: controller.signal,
    now: () => 1000,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    onListFound: (adapterId) => found.push(adapterId),
  });
  return { found, received };
}

describe('recorder with every adapter', () => {
  const vendors = ['zendesk', 'intercom', 'salesforce', 'chatwoot', 'rocketchat', 'zammad', 'papercups'];

  it.each(vendors)('%s: the vendor adapter takes its list and the generic one does not read it again', (id) => {
    const html = readFileSync(resolve(process.cwd(), `tests/fixtures/adapters/${id}.html`), 'utf8');
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    const { found, received } = recordWith(ADAPTERS);
    const vendor = ADAPTERS.find((adapter) => adapter.id === id)!;
    const lists = vendor.detect(document, env);
    expect(found).toEqual(lists.map(() => id));
    const expected = lists.flatMap((list) => vendor.readTranscript(list));
    expect(received.map((m) => m.text)).toEqual(expected.map((m) => m.text));
  });
});

describe('recorder: one list, one reader', () => {
  it('does not let the generic adapter read a list around (or inside) one a vendor adapter took', () => {
    document.body.innerHTML = `
      <div role="log" aria-live="polite"><div class="vendor-list">
        <div class="msg msg--agent"><p>Hello from Dana</p></div>
        <div class="msg msg--customer"><p>Hi</p></div>
      </div></div>`;
    const vendor = {
      ...genericAdapter,
      id: 'vendor',
      detect: (root: Document | ShadowRoot) => Array.from(root.querySelectorAll('.vendor-list')),
    };
    const { found, received } = recordWith([vendor, genericAdapter]);
    expect(genericAdapter.detect(document, env)).toHaveLength(1);
    expect(found).toEqual(['vendor']);
    expect(received.map((m) => m.text)).toEqual(['Hello from Dana', 'Hi']);
  });
});

describe('recorder: a look-alike hook', () => {
  const vendor = {
    ...genericAdapter,
    id: 'vendor',
    detect: (root: Document | ShadowRoot) => Array.from(root.querySelectorAll('[data-qa="message-list"]')),
    readTranscript: () => [],
  };

  it('gives a list its vendor reader cannot read to a later adapter that reads it', () => {
    document.body.innerHTML = `<div data-qa="message-list">${chat}</div>`;
    const { found, received } = recordWith([vendor, genericAdapter]);
    expect(found).toEqual(['generic']);
    expect(received.map((m) => m.text)).toHaveLength(4);
  });

  it('leaves an empty list with its vendor reader when no later adapter reads it either', () => {
    document.body.innerHTML = '<div data-qa="message-list"><div role="log"></div></div>';
    const { found } = recordWith([vendor, genericAdapter]);
    expect(found).toEqual(['vendor']);
  });
});
