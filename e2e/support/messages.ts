import type { WireMessage } from './chrome-api';

/** A message as @webext-core/messaging puts it on the wire. */
export function wire(type: string, data: unknown): WireMessage {
  return { id: 1, type, data, timestamp: Date.now() };
}

/** A `chat.record` payload that passes validation. */
export function validBatch(text: string) {
  return {
    batchId: 'e2e-forged-batch',
    adapter: 'generic',
    messages: [
      {
        key: `fp:e2e-${text.length}:1`,
        role: 'agent',
        authorName: 'Mallory',
        text,
        truncated: false,
        widgetTimeText: null,
        fromHistory: false,
        seenAt: Date.now(),
      },
    ],
  };
}
