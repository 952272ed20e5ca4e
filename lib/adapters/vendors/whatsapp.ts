import { defineAdapter } from '../define';
import { clean, outermost, textOf } from '../dom-text';
import type { ReadMessage } from '../types';

/** "[10:03, 22/11/2025] Dana: " — WhatsApp's own copy prefix: time, date and author. */
const PRE_PLAIN = /^\[([^\]]{1,80})\]\s*(.*?):\s*$/s;

/**
 * WhatsApp Web (web.whatsapp.com). Only the open conversation's list (`#main`) is read, never
 * the chat list beside it. A message is an element with `data-id`
 * ("<fromMe>_<chat jid>_<id>[_<participant>]"): inside it `.message-out` is the user's,
 * `.message-in` the other side's (the company's, or a group member's); the
 * `data-pre-plain-text` attribute gives the time text and, for others' messages, the name.
 * Rows without `data-id` (date chips, "unread messages") are not messages.
 */
export const whatsappAdapter = /* @__PURE__ */ defineAdapter({
  id: 'whatsapp',
  label: 'WhatsApp Web',
  composer: 'footer [contenteditable="true"]',
  detect(root) {
    const main = root.querySelector('#main');
    if (!main) return [];
    const list =
      main.querySelector('[role="application"]') ??
      main.querySelector('[data-id]')?.closest('[role="row"]')?.parentElement ??
      null;
    return list ? [list] : [];
  },
  readTranscript(list) {
    const messages: ReadMessage[] = [];
    for (const item of outermost(Array.from(list.querySelectorAll('[data-id]')))) {
      const widgetId = item.getAttribute('data-id');
      const out = item.matches('.message-out') || item.querySelector('.message-out') !== null;
      const incoming = item.matches('.message-in') || item.querySelector('.message-in') !== null;
      const pre = PRE_PLAIN.exec(
        item.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? '',
      );
      if (!out && !incoming) {
        const text = clean(item.textContent);
        if (text) messages.push({ widgetId, role: 'system', authorName: null, text, widgetTimeText: null });
        continue;
      }
      const textEl = item.querySelector('.copyable-text .selectable-text, .selectable-text');
      const text = clean(textEl?.textContent);
      if (!text) continue;
      messages.push({
        widgetId,
        role: out ? 'customer' : 'agent',
        authorName: out ? null : clean(pre?.[2]) || null,
        text,
        widgetTimeText: clean(pre?.[1]) || textOf(item, '[data-testid="msg-meta"]'),
      });
    }
    return messages;
  },
});
