import { carryAgentNames, defineAdapter } from '../define';
import { clean, textOf } from '../dom-text';
import type { ReadMessage } from '../types';

const META = '.slds-chat-message__meta';

/** True when an element sits (through shadow hosts) in a custom element named for message(s)/messaging. */
function insideMessagingElement(element: Element): boolean {
  for (let node: Node | null = element; node;) {
    if (node.nodeType === 1 && (node as Element).localName.includes('messag')) return true;
    const parent: Node | null = node.parentNode;
    node = parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : parent;
  }
  return false;
}

/** "Maria Lopez • 10:01 AM" → name and time; "10:01 AM" → time only. */
function parseMeta(item: Element): { name: string | null; time: string | null } {
  const meta = textOf(item, META);
  if (!meta) return { name: null, time: null };
  const pieces = meta.split(/\s+[•·]\s+/);
  return pieces.length > 1 ? { name: pieces[0]!, time: pieces[pieces.length - 1]! } : { name: null, time: meta };
}

/**
 * Salesforce Embedded Messaging: the list is an SLDS chat list in a (possibly closed) shadow root of
 * a messaging custom element. Inbound items are the agent's or the bot's, outbound the customer's,
 * events are system lines. The notes give no message ids, so keys come from the text.
 */
export const salesforceAdapter = /* @__PURE__ */ defineAdapter({
  id: 'salesforce',
  label: 'Salesforce Embedded Messaging',
  composer: 'textarea, [contenteditable="true"]',
  detect(root) {
    return Array.from(root.querySelectorAll('ul.slds-chat-list, ol.slds-chat-list')).filter(insideMessagingElement);
  },
  readTranscript(list) {
    const messages: ReadMessage[] = [];
    for (const item of Array.from(list.querySelectorAll('.slds-chat-listitem'))) {
      const classes = item.className;
      if (classes.includes('slds-chat-listitem_event')) {
        const text = clean(item.textContent);
        if (text) messages.push({ widgetId: null, role: 'system', authorName: null, text, widgetTimeText: null });
        continue;
      }
      const text = textOf(item, '.slds-chat-message__text');
      if (!text) continue;
      const inbound = classes.includes('_inbound');
      const { name, time } = parseMeta(item);
      const bot = inbound && item.querySelector('[class*="chatbot" i]') !== null;
      messages.push({
        widgetId: null,
        role: inbound ? 'agent' : classes.includes('_outbound') ? 'customer' : 'unknown',
        authorName: inbound ? name : null,
        text,
        widgetTimeText: time,
        ...(bot ? { bot: true } : {}),
      });
    }
    // A bot's name is not carried to the human agent after it.
    carryAgentNames(messages.filter((m) => !m.bot));
    return messages;
  },
});
