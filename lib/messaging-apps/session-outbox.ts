import type { ObservedMessage } from '../messaging/schemas';
import type { OpenConversation } from './conversation';
import type { GateSession } from './gate';
import { keyBelongsTo } from './message-owner';

/**
 * What the recorder hands messages to during a conversation session: nothing passes unless the
 * chosen conversation is still the one open (read again, in the same task as the read that
 * found the messages) and every message's own id names that chat. A batch that fails either
 * check is dropped whole and the session restarts; nothing of another chat is ever sent.
 */
export function gatedOutbox(
  conversation: Pick<OpenConversation, 'app' | 'id'>,
  session: Pick<GateSession, 'stillOpen' | 'restart'>,
  outbox: { add: (messages: ObservedMessage[]) => void },
): { add: (messages: ObservedMessage[]) => void } {
  return {
    add(messages) {
      if (!session.stillOpen()) return;
      if (!messages.every((m) => keyBelongsTo(conversation, m.key))) return session.restart();
      outbox.add(messages);
    },
  };
}
