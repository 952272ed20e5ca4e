import { carryAgentNames, defineAdapter } from '../define';
import { clean, textOf } from '../dom-text';
import type { ReadMessage } from '../types';

/** CSS-module classes keep their readable prefix: `message-container--reverse__1u2Hz`. */
const has = (el: Element, prefix: string) => el.querySelector(`[class*="${prefix}"]`) !== null;

/**
 * Rocket.Chat Livechat: one li per message, "--reverse" for the visitor's own, "--system" for
 * transfers; the avatar names the agent of a group and the header names the current agent, used
 * for agent messages before any avatar.
 */
export const rocketchatAdapter = /* @__PURE__ */ defineAdapter({
  id: 'rocketchat',
  label: 'Rocket.Chat Livechat',
  composer: '[class*="composer__input"], [contenteditable="true"], textarea',
  detect(root) {
    return Array.from(root.querySelectorAll('[data-qa="message-list"]'));
  },
  readTranscript(list) {
    const header = textOf(
      (list.getRootNode() as Document | ShadowRoot).querySelector('header') ?? list,
      '[class*="header__title"]',
    );
    const messages: ReadMessage[] = [];
    for (const item of Array.from(list.querySelectorAll(':scope > ol > li, :scope > ul > li'))) {
      if (!has(item, 'message-container')) continue; // date separators
      const widgetId = item.id || item.getAttribute('data-id') || null;
      const text = textOf(item, '[class*="message-text"]') ?? clean(item.textContent);
      if (!text) continue;
      if (has(item, 'message-container--system')) {
        messages.push({ widgetId, role: 'system', authorName: null, text, widgetTimeText: null });
        continue;
      }
      const own = has(item, 'message-container--reverse');
      const avatar = item.querySelector('[class*="avatar"][title], [class*="avatar"] img[alt]');
      messages.push({
        widgetId,
        role: own ? 'customer' : 'agent',
        authorName: own ? null : clean(avatar?.getAttribute('title') || avatar?.getAttribute('alt')) || null,
        text,
        widgetTimeText: textOf(item, 'time, [class*="message-time"]'),
      });
    }
    return carryAgentNames(messages, header);
  },
});
