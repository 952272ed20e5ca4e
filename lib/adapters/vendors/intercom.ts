import { defineAdapter } from '../define';
import { clean, outermost, textWithout } from '../dom-text';
import type { ReadMessage } from '../types';

const META = '.intercom-conversation-part-metadata';
const BOT_LABEL = /\b(bot|ai agent)\b/i;

/** "Dana · 10:03", "Fin · AI Agent · 10:00", "Just now": name first, time last. */
function parseMeta(part: Element): { name: string | null; time: string; bot: boolean } | null {
  const meta = part.querySelector(META);
  if (!meta) return null;
  const pieces = clean(meta.textContent)
    .split(/\s+[·•]\s+/)
    .filter(Boolean);
  if (pieces.length === 0) return null;
  const time = pieces[pieces.length - 1]!;
  const name = pieces.length > 1 ? pieces[0]! : null;
  return { name, time, bot: pieces.slice(1, -1).some((p) => BOT_LABEL.test(p)) };
}

/**
 * Intercom Messenger. The metadata line closes a group of parts, so a group's name is given to
 * the parts above it; a group still open takes the previous agent's name. Keys come from the
 * part ids, so a name arriving later does not make a part new.
 */
export const intercomAdapter = /* @__PURE__ */ defineAdapter({
  id: 'intercom',
  label: 'Intercom Messenger',
  composer: '.intercom-composer textarea, .intercom-composer [contenteditable="true"]',
  detect(root) {
    const logs = Array.from(root.querySelectorAll('.intercom-conversation-body [role="log"]'));
    return logs.length > 0
      ? outermost(logs)
      : outermost(Array.from(root.querySelectorAll('.intercom-conversation-body')));
  },
  readTranscript(list) {
    const messages: ReadMessage[] = [];
    let group: ReadMessage[] = [];
    let lastAgent: string | null = null;
    for (const part of Array.from(list.querySelectorAll('.intercom-conversation-part'))) {
      const widgetId = part.getAttribute('data-part-id') ?? (part.id || null);
      const meta = parseMeta(part);
      const classes = part.className;
      const agent = /-admin\b/.test(classes) || part.querySelector('.intercom-comment-container-admin') !== null;
      if (!agent) {
        for (const open of group) open.authorName = lastAgent;
        group = [];
      }
      if (/-event\b/.test(classes) || !part.querySelector('.intercom-comment')) {
        const text = textWithout(part, META);
        if (text) messages.push({ widgetId, role: 'system', authorName: null, text, widgetTimeText: null });
        continue;
      }
      const paragraphs = Array.from(part.querySelectorAll('.intercom-block-paragraph, .intercom-block'));
      const blocks = outermost(paragraphs)
        .map((el) => clean(el.textContent))
        .filter(Boolean);
      const text = blocks.length > 0 ? blocks.join('\n') : textWithout(part, META);
      if (!text) continue;
      const message: ReadMessage = {
        widgetId,
        role: agent ? 'agent' : 'customer',
        authorName: null,
        text,
        widgetTimeText: meta?.time ?? null,
      };
      messages.push(message);
      if (!agent) continue;
      group.push(message);
      if (meta?.name) {
        for (const earlier of group) {
          earlier.authorName = meta.name;
          if (meta.bot) earlier.bot = true;
        }
        lastAgent = meta.name;
        group = [];
      }
    }
    for (const open of group) open.authorName = lastAgent;
    return messages;
  },
});
