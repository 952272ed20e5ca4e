// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { collectRoots } from '@/lib/adapters/dom-roots';
import { genericAdapter } from '@/lib/adapters/generic';
import { ADAPTERS } from '@/lib/adapters/registry';
import type { AdapterEnvironment, ChatAdapter } from '@/lib/adapters/types';
import { observedMessageSchema, type ObservedMessage } from '@/lib/messaging/schemas';
import { startRecorder } from '@/lib/recorder/recorder';
import { MAX_MESSAGE_TEXT } from '@/lib/schemas/limits';
import { cleanAndCap, isCleanText } from '@/lib/text/clean';
import { createTally, fuzzAsync, timeoutFor } from './harness';
import { step, treeSpec, type RowSpec, type Step, type TreeSpec } from './dom-arbitraries';

/**
 * Each case gets a window of its own, closed afterwards: happy-dom keeps memory per window after
 * observers disconnect (about 0.5 MB a case here), which exhausted a 4 GB heap before 10,000 cases.
 */
let document: Document = globalThis.document;

const closedRoots = new WeakMap<Element, ShadowRoot>();
const env: AdapterEnvironment = { shadowRootOf: (el) => el.shadowRoot ?? closedRoots.get(el) ?? null };

const FIXTURE_DIR = resolve(process.cwd(), 'tests/fixtures/adapters');
const FIXTURES = [
  'generic-bubbles-en',
  'generic-groups-he',
  'generic-lines-ru',
  'generic-shadow-en',
  'generic-virtual-en',
  'intercom',
  'zendesk',
  'chatwoot',
  'rocketchat',
  'zammad',
  'papercups',
  'salesforce',
  'livechat',
  'crisp',
];
const fixtureBodies = new Map(
  FIXTURES.map((name) => {
    const html = readFileSync(resolve(FIXTURE_DIR, `${name}.html`), 'utf8');
    // Parsed inert in a template; scripts and frames left out so happy-dom tries to load nothing.
    const template = document.createElement('template');
    template.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
    template.content.querySelectorAll('script, iframe, link, img').forEach((el) => el.remove());
    return [name, template.innerHTML] as const;
  }),
);

/** `<template shadowrootmode>` → attached shadow roots (happy-dom does not parse them). */
function attachDeclarativeRoots(scope: ParentNode) {
  for (const template of Array.from(scope.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot || closedRoots.has(host)) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const root = host.attachShadow({ mode });
    if (mode === 'closed') closedRoots.set(host, root);
    root.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeRoots(root);
  }
}

const ROLE_CLASSES: Record<RowSpec['role'], string> = {
  agent: 'msg msg--agent incoming',
  customer: 'msg msg--customer outgoing',
  system: 'msg system notice',
  none: 'msg',
};

function buildRow(spec: RowSpec, tag: string): Element {
  const row = document.createElement(tag);
  row.className = ROLE_CLASSES[spec.role];
  if (spec.id) row.setAttribute('data-id', spec.id);
  if (spec.hidden === 'hidden') row.setAttribute('hidden', '');
  if (spec.hidden === 'display') row.setAttribute('style', 'display:none');
  if (spec.hidden === 'aria') row.setAttribute('aria-hidden', 'true');
  let inner: Element = row;
  for (let i = 0; i < spec.wrap; i++) inner = inner.appendChild(document.createElement('div'));
  if (spec.name !== null) {
    const name = inner.appendChild(document.createElement('span'));
    name.className = 'author-name';
    name.textContent = spec.name;
  }
  inner.appendChild(document.createElement('p')).textContent = spec.text;
  if (spec.time !== null) inner.appendChild(document.createElement('time')).textContent = spec.time;
  return row;
}

function mountTree(tree: TreeSpec): void {
  const list = document.createElement(tree.shape === 'plain-ul' ? 'ul' : 'div');
  if (tree.shape === 'role-log') list.setAttribute('role', 'log');
  if (tree.shape === 'aria-live') list.setAttribute('aria-live', 'polite');
  list.className = tree.shape === 'plain-ul' ? 'chat-messages' : 'messages';
  const tag = tree.shape === 'plain-ul' ? 'li' : 'div';
  for (const row of tree.rows) list.append(buildRow(row, tag));
  let outer: Element = list;
  for (let i = 0; i < tree.depth; i++) {
    const wrapper = document.createElement('div');
    wrapper.append(outer);
    outer = wrapper;
  }
  if (tree.shadow === 'none') {
    document.body.append(outer);
    return;
  }
  const host = document.body.appendChild(document.createElement('chat-widget'));
  const root = host.attachShadow({ mode: tree.shadow });
  if (tree.shadow === 'closed') closedRoots.set(host, root);
  root.append(outer);
}

/** Rows as the adapters see them now: the children of every list any adapter detects. */
function rowsNow(adapters: readonly ChatAdapter[]): Element[] {
  const lists = new Set<Element>();
  for (const root of collectRoots(document, env))
    for (const a of adapters) for (const l of a.detect(root, env)) lists.add(l);
  const rows = [...lists].flatMap((list) => Array.from(list.children));
  return rows.length > 0 ? rows : Array.from(document.body.querySelectorAll('*'));
}

function textNodes(element: Element): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

function setText(row: Element, text: string, pick: number): void {
  const nodes = textNodes(row).filter((n) => n.data.trim() !== '');
  const node = nodes[pick % Math.max(1, nodes.length)];
  if (node) node.data = text;
  else row.appendChild(document.createTextNode(text));
}

/** `onReopen` hears of a list replaced by its copy (the `reopen` step). */
function apply(s: Step, adapters: readonly ChatAdapter[], onReopen: (list: Element, copy: Element) => void): void {
  if (s.op === 'new-list') return mountTree(s.tree);
  if (s.op === 'settle') return;
  const rows = rowsNow(adapters);
  if (rows.length === 0) return;
  const pickRow = (at: number) => rows[at % rows.length]!;
  switch (s.op) {
    case 'append': {
      const model = pickRow(rows.length - 1);
      const row = model.cloneNode(true) as Element;
      setText(row, s.row.text, 0);
      if (s.row.id) row.setAttribute('data-id', s.row.id);
      model.parentNode?.appendChild(row);
      return;
    }
    case 'remove':
      return pickRow(s.at).remove();
    case 'edit':
      return setText(pickRow(s.at), s.text, s.at);
    case 'recycle': {
      const row = pickRow(s.at);
      setText(row, s.text, 0);
      if (s.id) row.setAttribute('data-id', s.id);
      row.parentNode?.appendChild(row);
      return;
    }
    case 'reorder': {
      const row = pickRow(s.at);
      const target = pickRow(s.to);
      if (row !== target && !row.contains(target) && target.parentNode) target.parentNode.insertBefore(row, target);
      return;
    }
    case 'hide':
      return pickRow(s.at).setAttribute(
        ['hidden', 'aria-hidden', 'style'][s.at % 3]!,
        s.at % 3 === 2 ? 'display:none' : 'true',
      );
    case 'rerender': {
      const list = pickRow(0).parentElement;
      // A framework re-rendering every row.
      const html = list?.innerHTML;
      if (list && html !== undefined) list.innerHTML = html;
      return;
    }
    case 'reopen': {
      // The widget closed and opened again: its list is a new element with the same content.
      const list = pickRow(s.at).parentElement;
      if (!list || list === document.body || !list.parentNode) return;
      const copy = list.cloneNode(true) as Element;
      list.replaceWith(copy);
      onReopen(list, copy);
      return;
    }
    case 'nest': {
      const row = pickRow(s.at);
      const wrapper = document.createElement('div');
      wrapper.append(...Array.from(row.childNodes));
      row.append(wrapper);
      return;
    }
  }
}

/** Timers the recorder sets, run by hand: a settle delivers observers (microtasks), then due timers. */
function fakeTimers() {
  const queue: (() => void)[] = [];
  return {
    setTimer: (callback: () => void) => void queue.push(callback),
    async settle() {
      for (let round = 0; round < 20; round++) {
        for (let i = 0; i < 3; i++) await Promise.resolve();
        const due = queue.splice(0);
        if (due.length === 0) return;
        for (const callback of due) callback();
      }
    },
  };
}

interface Start {
  fixture: string | null;
  trees: TreeSpec[];
}

const initial: fc.Arbitrary<Start> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...FIXTURES).map((name) => ({ fixture: name, trees: [] as TreeSpec[] })) },
  {
    weight: 2,
    arbitrary: fc.array(treeSpec, { minLength: 1, maxLength: 2 }).map((trees) => ({ fixture: null, trees })),
  },
);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fuzz: adapters and the recorder', () => {
  it(
    'random chat trees and mutations: no throw, every delivered message valid and clean, none delivered twice unchanged, none left out',
    async () => {
      const tally = createTally();
      await fuzzAsync(
        'adapters',
        fc.asyncProperty(
          initial,
          fc.array(step, { maxLength: 12 }),
          fc.boolean(),
          async (start, steps, genericOnly) => {
            const page = new Window({
              settings: {
                disableJavaScriptFileLoading: true,
                disableIframePageLoading: true,
                disableCSSFileLoading: true,
              },
            });
            document = page.document as unknown as Document;
            const globalObserver = globalThis.MutationObserver;
            globalThis.MutationObserver = page.MutationObserver as unknown as typeof MutationObserver;
            try {
              await runCase(start, steps, genericOnly);
            } finally {
              globalThis.MutationObserver = globalObserver;
              await page.happyDOM.close();
              document = globalThis.document;
            }
          },
        ),
      );
      tally.print('adapters');

      async function runCase(start: Start, steps: Step[], genericOnly: boolean) {
        if (start.fixture) {
          document.body.innerHTML = fixtureBodies.get(start.fixture)!;
          attachDeclarativeRoots(document);
        }
        start.trees.forEach(mountTree);
        const adapters = genericOnly ? [genericAdapter] : ADAPTERS;
        // The lists the recorder takes at start (generic reader only: one reader, so no hand-over).
        const watched = genericOnly
          ? collectRoots(document, env).flatMap((root) => genericAdapter.detect(root, env))
          : [];
        const copies = new Set<Element>();
        const batches: ObservedMessage[][] = [];
        const timers = fakeTimers();
        const controller = new AbortController();
        startRecorder({
          document,
          env,
          adapters,
          outbox: { add: (messages) => void batches.push(messages.map((m) => ({ ...m }))) },
          signal: controller.signal,
          now: () => 1000,
          setTimer: timers.setTimer,
        });
        for (const s of steps) {
          // A list watched from the start, reopened, is still one whose messages must all arrive.
          apply(s, adapters, (list, copy) => {
            const at = watched.indexOf(list);
            if (at < 0) return;
            watched[at] = copy;
            copies.add(copy);
          });
          if (s.op === 'settle') await timers.settle();
        }
        await timers.settle();
        controller.abort();

        const last = new Map<string, string>();
        for (const batch of batches) {
          expect(new Set(batch.map((m) => m.key)).size, 'one key twice in a batch').toBe(batch.length);
          for (const message of batch) {
            expect(observedMessageSchema.safeParse(message).success, JSON.stringify(message)).toBe(true);
            expect(isCleanText(message.text)).toBe(true);
            expect(last.get(message.key), `key ${message.key} delivered again with the same text`).not.toBe(
              message.text,
            );
            last.set(message.key, message.text);
          }
        }
        tally.add(batches.length === 0 ? 'nothing recorded' : `recorded (${genericOnly ? 'generic' : 'all adapters'})`);
        // Nothing left out: every message a list watched from the start shows now was delivered with this text.
        // A reopened list counts when the reader finds it again: one whose last rows show no time is
        // no chat to the structural search (a limit of detection, not of the recorder).
        const delivered = [...last.values()];
        const foundNow = new Set(collectRoots(document, env).flatMap((root) => genericAdapter.detect(root, env)));
        for (const list of watched.filter((l) => l.isConnected && (!copies.has(l) || foundNow.has(l)))) {
          for (const message of genericAdapter.readTranscript(list)) {
            const text = cleanAndCap(message.text, MAX_MESSAGE_TEXT).text;
            expect(delivered, `"${text}" shown but never delivered`).toContain(text);
          }
        }
      }
    },
    timeoutFor(100),
  );
});
