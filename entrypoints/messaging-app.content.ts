import { browserAdapterEnvironment } from '@/lib/adapters/browser-environment';
import { MESSAGING_APP_ADAPTERS } from '@/lib/messaging-apps/adapters';
import { messagingAppOfUrl } from '@/lib/messaging-apps/apps';
import { startConversationGate } from '@/lib/messaging-apps/gate';
import { gatedOutbox } from '@/lib/messaging-apps/session-outbox';
import { sendMessage } from '@/lib/messaging/client';
import { newBatchId } from '@/lib/recorder/batch-id';
import { createOutbox, type SendResult } from '@/lib/recorder/outbox';
import { mountPill, type Pill } from '@/lib/recorder/pill';
import { startRecorder } from '@/lib/recorder/recorder';

/**
 * WhatsApp Web, Telegram Web: a session per visit to a conversation the user chose, each with its
 * own outbox whose batches name the conversation (the background checks it against the list).
 * Never declared in a shipped manifest (lib/platform/manifest-policy.ts): the background registers
 * it for an app once a conversation there is chosen, and injects it again when the list changes
 * (a newer copy invalidates the older one).
 */
export default defineContentScript({
  matches: ['*://web.whatsapp.com/*', '*://web.telegram.org/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const app = messagingAppOfUrl(location.href);
    if (!app || window !== window.top) return;
    const hello = await sendMessage('chat.hello', { frameKind: 'top', adapter: null, shadowRoots: 0 }).catch(
      () => null,
    );
    if (!hello?.ok || !hello.recording || !hello.conversations || ctx.isInvalid) return;
    const env = browserAdapterEnvironment();
    const adapter = MESSAGING_APP_ADAPTERS[app.id];
    const setTimer = (callback: () => void, ms: number) => ctx.setTimeout(callback, ms);
    const outboxes = new Set<ReturnType<typeof createOutbox>>();
    const allowed = new Set(hello.conversations);
    let paused = hello.paused;
    startConversationGate({
      document,
      href: () => location.href,
      allowed,
      signal: ctx.signal,
      setTimer,
      onEnter: (conversation, session) => {
        let pill: Pill | null = null;
        const outbox = createOutbox({
          setTimer,
          onDeliveryChange: (state) => pill?.setDelivery(state),
          onRefused: (code) => {
            // Dropped from the list since this page asked: not tried again until it is chosen anew.
            if (code === 'conversation-not-recorded') allowed.delete(conversation.id);
            session.restart();
          },
          send: async (messages): Promise<SendResult> => {
            const reply = await sendMessage('chat.record', {
              batchId: newBatchId(),
              adapter: adapter.id,
              messages,
              conversation: { app: conversation.app, id: conversation.id },
            });
            if (!reply) return { kind: 'unreachable' };
            return reply.ok
              ? { kind: 'acknowledged', keys: reply.acknowledged }
              : { kind: 'refused', code: reply.error.code, message: reply.error.message };
          },
        });
        outboxes.add(outbox);
        startRecorder({
          document,
          env,
          adapters: [adapter],
          outbox: gatedOutbox(conversation, session, outbox),
          signal: session.signal,
          now: () => Date.now(),
          setTimer,
        });
        if (hello.pill) {
          pill = mountPill({
            document,
            labels: hello.pill,
            paused,
            signal: session.signal,
            setTimer,
            onToggle: async (next) => {
              const reply = await sendMessage('chat.pause', { paused: next });
              paused = reply?.ok ? reply.paused : !next;
              return paused;
            },
          });
        }
      },
    });
    ctx.addEventListener(window, 'pagehide', () => outboxes.forEach((outbox) => void outbox.flush()));
    ctx.onInvalidated(() => outboxes.forEach((outbox) => outbox.stop()));
  },
});
