// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertDraftInto, nearestComposer } from '@/lib/adapters/draft';
import { genericAdapter } from '@/lib/adapters/generic';
import { observeList } from '@/lib/adapters/observe';
import type { KeyedMessage, ReadMessage } from '@/lib/adapters/types';
import { zammadAdapter } from '@/lib/adapters/vendors/zammad';
import { loadFixture, onlyList, parsePage } from '../fixtures/adapters/load';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('observeList', () => {
  const read = (list: Element): ReadMessage[] =>
    Array.from(list.children).map((el) => ({
      widgetId: el.getAttribute('data-id'),
      role: 'agent',
      authorName: null,
      text: el.textContent ?? '',
      widgetTimeText: null,
    }));

  it('reports an edited message again, batches bursts, and survives a reader that throws', async () => {
    const list = parsePage('<ul><li data-id="1">first</li></ul>').querySelector('ul')!;
    const reported: KeyedMessage[][] = [];
    let fail = false;
    const controller = new AbortController();
    observeList(
      (l) => {
        if (fail) throw new Error('half-rendered');
        return read(l);
      },
      list,
      { signal: controller.signal, onMessages: (m) => reported.push(m), delayMs: 10 },
    );
    for (let i = 2; i <= 50; i++) list.insertAdjacentHTML('beforeend', `<li data-id="${i}">m${i}</li>`);
    await wait(50);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toHaveLength(49);
    list.querySelector('[data-id="1"]')!.textContent = 'first (edited)';
    await wait(50);
    expect(reported[1]!.map((m) => [m.key, m.text])).toEqual([['id:1', 'first (edited)']]);
    fail = true;
    list.insertAdjacentHTML('beforeend', '<li data-id="99">late</li>');
    await wait(50);
    expect(reported).toHaveLength(2);
    fail = false;
    list.insertAdjacentHTML('beforeend', '<li data-id="100">later</li>');
    await wait(50);
    expect(reported[2]!.map((m) => m.text)).toEqual(['late', 'later']);
    controller.abort();
  });

  it('does nothing when the signal is already aborted', async () => {
    const list = parsePage('<ul><li>a</li></ul>').querySelector('ul')!;
    const reported: unknown[] = [];
    const controller = new AbortController();
    controller.abort();
    observeList(read, list, { signal: controller.signal, onMessages: (m) => reported.push(m), delayMs: 5 });
    list.insertAdjacentHTML('beforeend', '<li>b</li>');
    await wait(30);
    expect(reported).toEqual([]);
  });
});

describe('insertDraftInto', () => {
  it('goes past a framework’s instance value setter (React’s tracker), so the framework sees a change', () => {
    const textarea = parsePage('<form><textarea></textarea></form>').querySelector('textarea')!;
    const tracked: string[] = [];
    Object.defineProperty(textarea, 'value', {
      configurable: true,
      get: () => 'stale',
      set: (v: string) => tracked.push(v),
    });
    let inputs = 0;
    textarea.addEventListener('input', () => inputs++);
    expect(insertDraftInto(textarea, 'hello')).toBe(true);
    expect(tracked).toEqual([]);
    delete (textarea as { value?: string }).value;
    expect(textarea.value).toBe('hello');
    expect(inputs).toBe(1);
  });

  it('finds the nearest composer, not one of another widget further away', () => {
    const page = parsePage(
      '<div id="a"><ul id="list"><li>x</li></ul><textarea id="near"></textarea></div><textarea id="far"></textarea>',
    );
    expect(nearestComposer(page.getElementById('list')!)?.id).toBe('near');
  });
});

describe('zammad hand-over', () => {
  it('keeps the name each agent message had when first read, after the header changes', () => {
    const page = loadFixture('zammad');
    const list = onlyList(zammadAdapter);
    zammadAdapter.readTranscript(list);
    page.querySelector('.zammad-chat-agent-name')!.textContent = 'Oleg';
    list.insertAdjacentHTML(
      'beforeend',
      '<div class="zammad-chat-message zammad-chat-message--agent" data-message-id="310"><span class="zammad-chat-message-body">Oleg here.</span></div>',
    );
    const agents = zammadAdapter
      .readTranscript(list)
      .filter((m) => m.role === 'agent')
      .map((m) => [m.authorName, m.text]);
    expect(agents).toEqual([
      ['Dana', 'Hi, Dana here. How can I help?'],
      ['Dana', 'A technician will call you within 2 days.'],
      ['Oleg', 'Oleg here.'],
    ]);
  });
});

describe('generic adapter observe and insertDraft', () => {
  it('reports a new message once and drafts into the nearest textarea', async () => {
    const page = parsePage(
      '<div class="chat"><div role="log"><div class="msg agent">Hi</div></div><textarea></textarea></div>',
    );
    const [list] = genericAdapter.detect(page, { shadowRootOf: () => null });
    const reported: KeyedMessage[][] = [];
    const controller = new AbortController();
    genericAdapter.observe(list!, { signal: controller.signal, onMessages: (m) => reported.push(m), delayMs: 10 });
    list!.insertAdjacentHTML('beforeend', '<div class="msg customer">Thanks</div>');
    await wait(40);
    controller.abort();
    expect(reported.map((batch) => batch.map((m) => [m.role, m.text]))).toEqual([[['customer', 'Thanks']]]);
    expect(genericAdapter.insertDraft(list!, 'draft')).toBe(true);
    expect(page.querySelector('textarea')!.value).toBe('draft');
  });
});
