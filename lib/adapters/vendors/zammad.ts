import { defineAdapter } from '../define';
import { clean, textOf } from '../dom-text';
import type { ReadMessage } from '../types';

/**
 * The header is the only place Zammad names the agent, so each agent message keeps the header's
 * name from the first read that saw it: after a hand-over, earlier messages keep the earlier agent.
 */
const nameWhenFirstSeen = new WeakMap<Element, string | null>();

/**
 * Zammad chat, injected into the page: agent and customer modifiers, message ids, status lines as
 * system messages, timestamp dividers as the time text of the messages below them.
 */
export const zammadAdapter = /* @__PURE__ */ defineAdapter({
  id: 'zammad',
  label: 'Zammad chat',
  composer: '.zammad-chat-input',
  detect(root) {
    return Array.from(root.querySelectorAll('.zammad-chat-body'));
  },
  readTranscript(list) {
    const chat = list.closest('.zammad-chat') ?? list.parentElement ?? list;
    const header = textOf(chat, '.zammad-chat-agent-name');
    const messages: ReadMessage[] = [];
    let time: string | null = null;
    for (const item of Array.from(
      list.querySelectorAll('.zammad-chat-timestamp, .zammad-chat-status, .zammad-chat-message'),
    )) {
      const classes = item.classList;
      if (classes.contains('zammad-chat-timestamp')) {
        time = clean(item.textContent) || null;
        continue;
      }
      const widgetId = item.getAttribute('data-message-id') ?? (item.id || null);
      if (classes.contains('zammad-chat-status')) {
        const text = clean(item.textContent);
        if (text) messages.push({ widgetId, role: 'system', authorName: null, text, widgetTimeText: null });
        continue;
      }
      const text = textOf(item, '.zammad-chat-message-body') ?? clean(item.textContent);
      if (!text) continue;
      const agent = classes.contains('zammad-chat-message--agent');
      if (agent && !nameWhenFirstSeen.has(item)) nameWhenFirstSeen.set(item, header);
      messages.push({
        widgetId,
        role: agent ? 'agent' : classes.contains('zammad-chat-message--customer') ? 'customer' : 'unknown',
        authorName: agent ? (nameWhenFirstSeen.get(item) ?? null) : null,
        text,
        widgetTimeText: time,
      });
    }
    return messages;
  },
});
