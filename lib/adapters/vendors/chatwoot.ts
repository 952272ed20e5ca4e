import { carryAgentNames, defineAdapter } from '../define';
import { clean, outermost, textOf, textWithout } from '../dom-text';
import type { ReadMessage } from '../types';

const ITEM = '.agent-message-wrap, .user-message-wrap, .activity-message';

/**
 * Chatwoot web widget: agent and user wraps in display order, the agent's name on some messages
 * of a group (carried forward), assignment lines as system messages.
 */
export const chatwootAdapter = /* @__PURE__ */ defineAdapter({
  id: 'chatwoot',
  label: 'Chatwoot',
  composer: 'textarea.user-message-input, textarea',
  detect(root) {
    return outermost(Array.from(root.querySelectorAll('.conversation-wrap')));
  },
  readTranscript(list) {
    const messages: ReadMessage[] = [];
    for (const item of Array.from(list.querySelectorAll(ITEM))) {
      if (item.classList.contains('activity-message')) {
        const text = clean(item.textContent);
        if (text) messages.push({ widgetId: null, role: 'system', authorName: null, text, widgetTimeText: null });
        continue;
      }
      const agent = item.classList.contains('agent-message-wrap');
      const content = item.querySelector('.message-content');
      const text = content ? clean(content.textContent) : textWithout(item, '.agent-name');
      if (!text) continue;
      messages.push({
        widgetId: item.getAttribute('data-message-id'),
        role: agent ? 'agent' : 'customer',
        authorName: agent ? textOf(item, '.agent-name') : null,
        text,
        widgetTimeText: textOf(item, '.message-meta time, .message-time'),
      });
    }
    return carryAgentNames(messages);
  },
});
