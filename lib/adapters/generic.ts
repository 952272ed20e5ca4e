import type { AuthorRole } from '../schemas/message';
import { insertDraftInto, nearestComposer } from './draft';
import { observeList } from './observe';
import type { ChatAdapter, ReadMessage } from './types';

const LIST_SELECTOR = '[role="log"], [aria-live="polite"], [aria-live="assertive"]';
const AGENT_HINT = /\b(agent|operator|support|staff|incoming|received|inbound|bot|admin|rep)\b/i;
const CUSTOMER_HINT = /\b(customer|user|visitor|client|outgoing|sent|outbound|own|self|mine|me)\b/i;
const NAME_SELECTOR = '[data-author], [class*="author" i], [class*="name" i]';
const TIME_SELECTOR = 'time, [class*="time" i], [data-time]';

function hintsOf(element: Element): string {
  const parts = [element.getAttribute('class') ?? ''];
  for (const attr of Array.from(element.attributes)) {
    if (attr.name.startsWith('data-') || attr.name === 'aria-label') parts.push(`${attr.name} ${attr.value}`);
  }
  return parts.join(' ').replace(/[-_]/g, ' ');
}

function roleOf(item: Element): AuthorRole {
  for (let el: Element | null = item; el; el = el.firstElementChild) {
    const hints = hintsOf(el);
    if (AGENT_HINT.test(hints)) return 'agent';
    if (CUSTOMER_HINT.test(hints)) return 'customer';
  }
  return 'unknown';
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A wrapper of messages rather than one message: a list, or several children of one tag. */
function looksLikeMessageContainer(element: Element): boolean {
  if (element.matches('ul, ol, [role="list"]')) return true;
  const children = Array.from(element.children);
  if (children.length < 2) return false;
  const firstTag = children[0]!.tagName;
  return children.filter((child) => child.tagName === firstTag).length >= children.length * 0.8;
}

/** Descends through single-child wrappers to the element whose children are the messages. */
function itemsOf(list: Element): Element[] {
  let container = list;
  while (container.children.length === 1 && looksLikeMessageContainer(container.firstElementChild!)) {
    container = container.firstElementChild!;
  }
  return Array.from(container.children);
}

function readItem(item: Element): ReadMessage | null {
  const nameEl = item.querySelector(NAME_SELECTOR);
  const timeEl = item.querySelector(TIME_SELECTOR);
  const clone = item.cloneNode(true) as Element;
  clone.querySelectorAll(`${NAME_SELECTOR}, ${TIME_SELECTOR}`).forEach((el) => el.remove());
  const text = clean(clone.textContent);
  if (!text) return null;
  return {
    widgetId: item.getAttribute('data-message-id') ?? item.getAttribute('data-id'),
    role: roleOf(item),
    authorName: clean(nameEl?.getAttribute('data-author') || nameEl?.textContent) || null,
    text,
    widgetTimeText: clean(timeEl?.getAttribute('datetime') || timeEl?.textContent) || null,
  };
}

/**
 * First cut of the generic adapter: ARIA live regions and logs, roles from class and data
 * hints. The auto-capture issue extends it (layout, avatars, "You", virtual lists).
 */
export const genericAdapter: ChatAdapter = {
  id: 'generic',
  label: 'Any chat (ARIA log)',
  detect(root) {
    const found = Array.from(root.querySelectorAll(LIST_SELECTOR));
    return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  },
  readTranscript(list) {
    const messages: ReadMessage[] = [];
    let agentName: string | null = null;
    for (const item of itemsOf(list)) {
      const read = readItem(item);
      if (!read) continue;
      if (read.role === 'agent') {
        agentName = read.authorName ?? agentName;
        read.authorName = agentName;
      }
      messages.push(read);
    }
    return messages;
  },
  observe(list, options) {
    observeList(genericAdapter.readTranscript, list, options);
  },
  insertDraft(list, text) {
    return insertDraftInto(nearestComposer(list), text);
  },
};
