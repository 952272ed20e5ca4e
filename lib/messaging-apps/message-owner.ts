import type { OpenConversation } from './conversation';

/**
 * Whether a recorded message's key can belong to the conversation, from the chat id the app
 * writes into each message's own id. WhatsApp: `id:<fromMe>_<chat jid>_<message id>`.
 * Telegram Web K (our adapter): `id:<peer id>:<message id>`. When the key carries a chat id it
 * must be this conversation's; when it carries none the answer is the identity check's alone.
 */
export function keyBelongsTo(conversation: Pick<OpenConversation, 'app' | 'id'>, key: string): boolean {
  if (conversation.app === 'whatsapp') {
    const jid = /^id:(?:true|false)_([^_\s]+@[a-z.]+)_/.exec(key)?.[1];
    if (conversation.id.startsWith('name:')) return true;
    return jid === conversation.id;
  }
  const peer = /^id:tg:(-?\d+):/.exec(key)?.[1];
  if (peer === undefined || !/^-?\d+$/.test(conversation.id)) return true;
  return peer === conversation.id;
}
