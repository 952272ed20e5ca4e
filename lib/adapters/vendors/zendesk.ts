import { carryAgentNames, defineAdapter } from '../define';
import { clean } from '../dom-text';
import type { ReadMessage } from '../types';

const BUBBLE = '[dir="auto"]';

/** The author label: the first text-bearing leaf of a group that is not a bubble. */
function labelOf(group: Element): string | null {
  for (const el of Array.from(group.querySelectorAll('*'))) {
    if (el.children.length === 0 && !el.closest(BUBBLE) && clean(el.textContent)) return clean(el.textContent);
  }
  return null;
}

/**
 * Zendesk Messaging (Web Widget). Children of the log are message groups: business groups carry
 * an avatar and a label on their first message, the customer's carry neither; a child with no
 * bubble is a conversation event ("Dana joined").
 */
export const zendeskAdapter = /* @__PURE__ */ defineAdapter({
  id: 'zendesk',
  label: 'Zendesk Messaging',
  composer: 'textarea',
  detect(root) {
    if (!root.querySelector('[data-garden-id]')) return [];
    return Array.from(root.querySelectorAll('[role="log"][aria-live="polite"]'));
  },
  readTranscript(list) {
    const messages: ReadMessage[] = [];
    for (const group of Array.from(list.children)) {
      const bubbles = Array.from(group.querySelectorAll(BUBBLE));
      if (bubbles.length === 0) {
        const text = clean(group.textContent);
        if (text) messages.push({ widgetId: null, role: 'system', authorName: null, text, widgetTimeText: null });
        continue;
      }
      const business = group.querySelector('img, [data-garden-id^="avatars"]') !== null;
      const name = business ? labelOf(group) : null;
      for (const bubble of bubbles) {
        const text = clean(bubble.textContent);
        if (!text) continue;
        messages.push({
          widgetId: null,
          role: business ? 'agent' : 'customer',
          authorName: name,
          text,
          widgetTimeText: null,
        });
      }
    }
    return carryAgentNames(messages);
  },
});
