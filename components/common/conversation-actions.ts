import { browser } from 'wxt/browser';
import type { MessagingApp } from '@/lib/messaging-apps/apps';
import type { OpenConversation } from '@/lib/messaging-apps/conversation';
import { sendMessage } from '@/lib/messaging/client';
import type { EnableOutcome } from './site-actions';

/**
 * Records one conversation of a messaging app. Must be called from the user's click: the
 * browser asks for the app's access (that one origin), then the background registers the script.
 */
export async function recordConversation(app: MessagingApp, conversation: OpenConversation): Promise<EnableOutcome> {
  const granted = await browser.permissions.request({ origins: [...app.patterns] });
  if (!granted) return { ok: false, reason: 'refused' };
  const reply = await sendMessage('conversations.add', {
    app: app.id,
    conversationId: conversation.id,
    title: conversation.title,
  });
  return reply.ok ? { ok: true } : { ok: false, reason: 'failed', message: reply.error.message };
}

export async function stopRecordingConversation(
  app: MessagingApp['id'],
  conversationId: string,
): Promise<EnableOutcome> {
  const reply = await sendMessage('conversations.remove', { app, conversationId });
  return reply.ok ? { ok: true } : { ok: false, reason: 'failed', message: reply.error.message };
}
