import { defineAdapter } from '../define';
import { clean } from '../dom-text';
import type { ReadMessage } from '../types';

const BODY = '.Text--markdown';
const COMPOSER = 'textarea, [contenteditable="true"]';

/** The element holding the message rows: the body's ancestor beside the composer. */
function listAround(body: Element): Element | null {
  for (let el: Element | null = body; el?.parentElement; el = el.parentElement) {
    if (el.parentElement.querySelector(COMPOSER) && !el.querySelector(COMPOSER)) return el;
  }
  return null;
}

/** An agent's bubble has an avatar slot before it; the customer's has none. */
function isAgentRow(row: Element, body: Element): boolean {
  for (let el: Element | null = body; el && el !== row; el = el.parentElement) {
    const before = el.previousElementSibling;
    if (before && !before.querySelector(BODY)) return true;
  }
  return false;
}

/** "Dana · Sent 9 minutes ago" or "Sent just now": the leaf outside the body that says "Sent". */
function metaOf(row: Element): { name: string | null; time: string } | null {
  for (const el of Array.from(row.querySelectorAll('span, div'))) {
    if (el.children.length > 0 || el.closest(BODY)) continue;
    const text = clean(el.textContent);
    const match = /^(?:(.+?)\s+·\s+)?(Sent\b.*)$/.exec(text);
    if (match) return { name: match[1] ?? null, time: match[2]! };
  }
  return null;
}

/**
 * Papercups chat widget: one row per message, the author line closing each group. Agent rows
 * without a line take the name of the line below them (or, for the newest group, the last name).
 */
export const papercupsAdapter = /* @__PURE__ */ defineAdapter({
  id: 'papercups',
  label: 'Papercups',
  composer: COMPOSER,
  detect(root) {
    const body = root.querySelector(BODY);
    const list = body ? listAround(body) : null;
    return list ? [list] : [];
  },
  readTranscript(list) {
    const messages: ReadMessage[] = [];
    let group: ReadMessage[] = [];
    let lastAgent: string | null = null;
    const close = (name: string | null) => {
      for (const message of group) message.authorName = name;
      group = [];
    };
    for (const row of Array.from(list.children)) {
      const body = row.querySelector(BODY);
      const text = clean(body?.textContent);
      if (!body || !text) continue;
      const agent = isAgentRow(row, body);
      const meta = metaOf(row);
      const message: ReadMessage = {
        widgetId: row.getAttribute('data-message-id'),
        role: agent ? 'agent' : 'customer',
        authorName: null,
        text,
        widgetTimeText: meta?.time ?? null,
      };
      messages.push(message);
      if (!agent) {
        close(lastAgent);
        continue;
      }
      group.push(message);
      const name = meta?.name ?? (clean(row.querySelector('[title]')?.getAttribute('title')) || null);
      if (name) {
        lastAgent = name;
        close(name);
      }
    }
    close(lastAgent);
    return messages;
  },
});
