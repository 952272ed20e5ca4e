import { ADAPTERS } from '@/lib/adapters/registry';
import { browserAdapterEnvironment } from '@/lib/adapters/browser-environment';
import { newBatchId } from '@/lib/recorder/batch-id';
import { sendMessage } from '@/lib/messaging/client';
import { createOutbox, type SendResult } from '@/lib/recorder/outbox';
import { mountPill, type Pill } from '@/lib/recorder/pill';
import { startRecorder } from '@/lib/recorder/recorder';
import {
  isFrameDeliveryMessage,
  isInsertDraftMessage,
  type FrameDeliveryReply,
  type InsertDraftReply,
} from '@/lib/messaging/frame-messages';
import { createDeliveryRelay, createFrameDeliveries, TOP_FRAME_ID } from '@/lib/recorder/frame-delivery';

// Declared for the end-to-end build only (see lib/platform/manifest-policy.ts); the shipped
// build registers this script at run time for the sites the user enabled.
export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    const env = browserAdapterEnvironment();
    const frameKind = window === window.top ? 'top' : 'iframe';
    const hello = await sendMessage('chat.hello', { frameKind, adapter: null, shadowRoots: 0 }).catch(() => null);
    if (!hello?.ok || !hello.recording || ctx.isInvalid) return;
    // WhatsApp Web, Telegram Web are recorded per conversation by their own script.
    if (hello.conversations !== null) return;

    // The adapter that found the latest list names the batches (diagnostics only).
    let adapterId = 'generic';
    // A refused batch (the site turned off, or its access taken back in the browser's menu) ends
    // recording in this page: the recorder stops and the pill no longer says it records.
    const refused = new AbortController();
    const signal = AbortSignal.any([ctx.signal, refused.signal]);
    let pill: Pill | null = null;
    // The pill lives in the top frame only: it combines every frame's delivery; an iframe's
    // goes there through the background.
    const deliveries = createFrameDeliveries((state) => pill?.setDelivery(state));
    const relay =
      frameKind === 'iframe'
        ? createDeliveryRelay({
            setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
            send: async (state) => {
              const reply = await sendMessage('chat.delivery', { state });
              return reply?.ok === true && reply.shown;
            },
          })
        : null;
    const outbox = createOutbox({
      setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
      onRefused: () => refused.abort(),
      onDeliveryChange: (state) => (relay ? relay.report(state) : deliveries.set(TOP_FRAME_ID, state)),
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
    const recorder = startRecorder({
      document,
      env,
      adapters: ADAPTERS,
      outbox,
      signal,
      now: () => Date.now(),
      setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
      onListFound: (id) => {
        adapterId = id;
      },
    });
    if (hello.pill) {
      pill = mountPill({
        document,
        labels: hello.pill,
        paused: hello.paused,
        signal,
        setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
        onToggle: async (paused) => {
          const reply = await sendMessage('chat.pause', { paused });
          return reply?.ok ? reply.paused : !paused;
        },
      });
      pill.setDelivery(deliveries.state);
      const onFrameDelivery = (message: unknown, sender: { id?: string }) => {
        if (sender.id !== browser.runtime.id || !isFrameDeliveryMessage(message) || ctx.isInvalid) return undefined;
        deliveries.set(message.frameId, message.state);
        const reply: FrameDeliveryReply = { shown: true };
        return Promise.resolve(reply);
      };
      browser.runtime.onMessage.addListener(onFrameDelivery);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onFrameDelivery));
    }
    // Only a frame that holds a chat box answers; the others stay silent so that one can.
    const onDraft = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isInsertDraftMessage(message) || ctx.isInvalid) return undefined;
      if (!recorder.insertDraft(message.text)) return undefined;
      const reply: InsertDraftReply = { inserted: true };
      return Promise.resolve(reply);
    };
    browser.runtime.onMessage.addListener(onDraft);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onDraft));
    ctx.addEventListener(window, 'pagehide', () => {
      void outbox.flush();
      relay?.leave();
    });
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) relay?.back();
    });
    ctx.onInvalidated(() => outbox.stop());
  },
});
