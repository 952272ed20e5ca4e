import { carryAgentNames, defineAdapter } from '../define';
import { textOf, textWithout } from '../dom-text';
import type { ReadMessage } from '../types';

/** Parts of a Telegram Web K bubble that are not the message's text. */
const K_NOT_TEXT = '.time, .reactions, .name, .reply, .bubble-name-forwarded, .clearfix, .tgico';
const A_NOT_TEXT = '.MessageMeta, .message-time, .Reactions';

function readWebK(list: Element): ReadMessage[] {
  const messages: ReadMessage[] = [];
  for (const bubble of Array.from(list.querySelectorAll('.bubble[data-mid]'))) {
    if (bubble.classList.contains('is-date')) continue;
    const widgetId = `tg:${bubble.getAttribute('data-peer-id') ?? ''}:${bubble.getAttribute('data-mid') ?? ''}`;
    if (bubble.classList.contains('service')) {
      const text = textOf(bubble, '.service-msg');
      if (text) messages.push({ widgetId, role: 'system', authorName: null, text, widgetTimeText: null });
      continue;
    }
    const body = bubble.querySelector('.message');
    const text = body ? textWithout(body, K_NOT_TEXT) : '';
    if (!text) continue;
    const out = bubble.classList.contains('is-out');
    messages.push({
      widgetId,
      role: out ? 'customer' : 'agent',
      authorName: out ? null : textOf(bubble, '.name .peer-title') || textOf(bubble, '.name'),
      text,
      widgetTimeText: textOf(bubble, '.time .i18n') || textOf(bubble, '.time'),
    });
  }
  return messages;
}

function readWebA(list: Element): ReadMessage[] {
  const messages: ReadMessage[] = [];
  for (const item of Array.from(list.querySelectorAll('.message-list-item[data-message-id]'))) {
    const widgetId = `tga:${item.getAttribute('data-message-id') ?? ''}`;
    if (item.classList.contains('ActionMessage')) {
      const text = textWithout(item, A_NOT_TEXT);
      if (text) messages.push({ widgetId, role: 'system', authorName: null, text, widgetTimeText: null });
      continue;
    }
    const body = item.querySelector('.text-content');
    const text = body ? textWithout(body, A_NOT_TEXT) : '';
    if (!text) continue;
    const out = item.classList.contains('own');
    messages.push({
      widgetId,
      role: out ? 'customer' : 'agent',
      authorName: out ? null : textOf(item, '.message-title .sender-title') || textOf(item, '.message-title-name'),
      text,
      widgetTimeText: textOf(item, '.message-time'),
    });
  }
  return messages;
}

/**
 * Telegram Web, both clients. K (web.telegram.org/k/): the active chat's `.bubbles-inner`,
 * bubbles with `data-mid` and `data-peer-id` (the chat's peer), `is-in`/`is-out`, `service`
 * lines, the sender's `.name` on the first bubble of a group. A (web.telegram.org/a/):
 * `.messages-container` items with `data-message-id`, `own` for the user's, `ActionMessage`
 * for service lines. Only the open chat's list is read, never the chat list.
 */
export const telegramAdapter = /* @__PURE__ */ defineAdapter({
  id: 'telegram',
  label: 'Telegram Web',
  composer: '.input-message-input[contenteditable="true"], #editable-message-text',
  detect(root) {
    const chat = root.querySelector('.chat.active') ?? root;
    const k = chat.querySelector('.bubbles-inner');
    if (k) return [k];
    const a = root.querySelector('.MessageList .messages-container');
    return a ? [a] : [];
  },
  readTranscript(list) {
    return carryAgentNames(list.matches('.bubbles-inner') ? readWebK(list) : readWebA(list));
  },
});
