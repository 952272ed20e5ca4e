import { ADAPTERS, MESSAGING_APP_ADAPTERS } from '@/lib/adapters/registry';
import type { AdapterEnvironment } from '@/lib/adapters/types';
import { messagingAppOfUrl } from '@/lib/messaging-apps/apps';
import { startConversationGate } from '@/lib/messaging-apps/gate';
import { gatedOutbox } from '@/lib/messaging-apps/session-outbox';
import type { HelloReply } from '@/lib/messaging/protocol';
import { shadowRootOf } from '@/lib/adapters/shadow-root-of';
import { sendMessage } from '@/lib/messaging/client';
import { createOutbox, type SendResult } from '@/lib/recorder/outbox';
import { mountPill } from '@/lib/recorder/pill';
import { startRecorder } from '@/lib/recorder/recorder';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Not crypto.randomUUID: it exists only in secure contexts, and chats on http:// pages are recorded too. */
function newBatchId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

// Declared for the end-to-end build only (see lib/platform/manifest-policy.ts); the shipped
// build registers this script at run time for the sites the user enabled.
export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    const chromeDom = (
      globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }
    ).chrome?.dom;
    const env = { shadowRootOf: (element: Element) => shadowRootOf(element, chromeDom?.openOrClosedShadowRoot) };
    const frameKind = window === window.top ? 'top' : 'iframe';
    const hello = await sendMessage('chat.hello', { frameKind, adapter: null, shadowRoots: 0 }).catch(() => null);
    if (!hello?.ok || !hello.recording || ctx.isInvalid) return;
    // WhatsApp Web, Telegram Web: only the conversations the user chose, while one is open.
    if (hello.conversations !== null) return recordConversations(ctx, env, hello);

    // The adapter that found the latest list names the batches (diagnostics only).
    let adapterId = 'generic';
    const outbox = createOutbox({
      setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
      onRefused: () => undefined,
      send: async (messages): Promise<SendResult> => {
        const reply = await sendMessage('chat.record', {
          batchId: newBatchId(),
          adapter: adapterId,
          messages,
        });
        if (!reply) return { kind: 'unreachable' };
        return reply.ok
          ? { kind: 'acknowledged', keys: reply.acknowledged }
          : { kind: 'refused', code: reply.error.code, message: reply.error.message };
      },
    });
    startRecorder({
      document,
      env,
      adapters: ADAPTERS,
      outbox,
      signal: ctx.signal,
      now: () => Date.now(),
      setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
      onListFound: (id) => {
        adapterId = id;
      },
    });
    if (hello.pill) {
      mountPill({
        document,
        labels: hello.pill,
        paused: hello.paused,
        signal: ctx.signal,
        setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
        onToggle: async (paused) => {
          const reply = await sendMessage('chat.pause', { paused });
          return reply?.ok ? reply.paused : !paused;
        },
      });
    }
    ctx.addEventListener(window, 'pagehide', () => void outbox.flush());
    ctx.onInvalidated(() => outbox.stop());
  },
});

/**
 * A messaging app's tab: a session per visit to a chosen conversation, each with its own outbox
 * whose batches name the conversation (the background checks it against the user's list).
 */
function recordConversations(ctx: ContentScriptContext, env: AdapterEnvironment, hello: HelloReply) {
  const app = messagingAppOfUrl(location.href);
  if (!app || window !== window.top || !hello.conversations) return;
  const adapter = MESSAGING_APP_ADAPTERS[app.id];
  const setTimer = (callback: () => void, ms: number) => ctx.setTimeout(callback, ms);
  const outboxes = new Set<ReturnType<typeof createOutbox>>();
  let paused = hello.paused;
  startConversationGate({
    document,
    href: () => location.href,
    allowed: new Set(hello.conversations),
    signal: ctx.signal,
    setTimer,
    onEnter: (conversation, session) => {
      const outbox = createOutbox({
        setTimer,
        onRefused: () => session.restart(),
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
        mountPill({
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
}
