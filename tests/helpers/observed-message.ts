import type { IncomingMessage } from '@/lib/db/repos/messages';

/** A chat message as a content script reports it: an agent, Dana, seen live (not history). */
export function observedMessage(key: string, text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage {
  return {
    key,
    role: 'agent',
    authorName: 'Dana',
    text,
    truncated: false,
    widgetTimeText: null,
    fromHistory: false,
    seenAt: 0,
    ...extra,
  };
}
