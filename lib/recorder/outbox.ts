import type { DeliveryState } from '../messaging/frame-messages';
import type { ObservedMessage } from '../messaging/schemas';
import { MAX_PAYLOAD_CHARS } from '../schemas/limits';

export type SendResult =
  | { kind: 'acknowledged'; keys: string[] }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'unreachable' };

export type { DeliveryState };

export interface OutboxOptions {
  send: (messages: ObservedMessage[]) => Promise<SendResult>;
  /** Called when the background refuses for good (site disabled, invalid): stop recording. */
  onRefused: (code: string, message: string) => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  /**
   * Told when delivery changes: 'storage-full' at a refusal for a full disk (the messages wait
   * in the page), 'ok' at the next acknowledged batch.
   */
  onDeliveryChange?: (state: DeliveryState) => void;
  batchSize?: number;
  /** Serialised characters per batch (default: 90% of what the background accepts). */
  batchChars?: number;
}

const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

/**
 * A batch stays well under what the background accepts (it refuses a bigger one for good, which
 * would stop recording): a few messages near the text limit are sent in several batches. One
 * message always fits (200,000 characters, at most doubled by JSON escapes).
 */
const BATCH_CHARS = Math.floor(MAX_PAYLOAD_CHARS * 0.9);

function nextBatch(pending: Iterable<ObservedMessage>, batchSize: number, budget: number): ObservedMessage[] {
  const batch: ObservedMessage[] = [];
  let chars = 0;
  for (const message of pending) {
    const size = JSON.stringify(message).length + 1;
    if (batch.length >= batchSize || (batch.length > 0 && chars + size > budget)) break;
    batch.push(message);
    chars += size;
  }
  return batch;
}

/**
 * Holds messages until the background says they are committed. Nothing is dropped when the
 * worker is asleep or restarting: unacknowledged messages are sent again, with backoff.
 */
export function createOutbox({
  send,
  onRefused,
  setTimer,
  onDeliveryChange,
  batchSize = 200,
  batchChars = BATCH_CHARS,
}: OutboxOptions) {
  const pending = new Map<string, ObservedMessage>();
  let delivery: DeliveryState = 'ok';
  let inFlight = false;
  let failures = 0;
  let stopped = false;
  let retryScheduled = false;

  async function flush(): Promise<void> {
    if (inFlight || stopped || pending.size === 0) return;
    inFlight = true;
    const batch = nextBatch(pending.values(), batchSize, batchChars);
    let result: SendResult;
    try {
      result = await send(batch);
    } catch {
      result = { kind: 'unreachable' };
    }
    inFlight = false;
    if (result.kind === 'acknowledged') {
      report('ok');
      const before = pending.size;
      for (const key of result.keys) pending.delete(key);
      if (pending.size === 0) return;
      // Keep going while batches make progress; a batch the background did not take waits.
      if (pending.size < before) {
        failures = 0;
        void flush();
      } else scheduleRetry();
      return;
    }
    if (result.kind === 'refused' && result.code !== 'internal' && result.code !== 'storage-full') {
      stopped = true;
      onRefused(result.code, result.message);
      return;
    }
    if (result.kind === 'refused' && result.code === 'storage-full') report('storage-full');
    scheduleRetry();
  }

  function report(state: DeliveryState) {
    if (state === delivery) return;
    delivery = state;
    onDeliveryChange?.(state);
  }

  function scheduleRetry() {
    if (retryScheduled || stopped) return;
    retryScheduled = true;
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
    failures++;
    setTimer(() => {
      retryScheduled = false;
      void flush();
    }, delay);
  }

  return {
    add(messages: ObservedMessage[]) {
      for (const message of messages) {
        const earlier = pending.get(message.key);
        pending.set(message.key, earlier ? { ...message, seenAt: earlier.seenAt } : message);
      }
      void flush();
    },
    flush,
    stop() {
      stopped = true;
    },
    get size() {
      return pending.size;
    },
  };
}
export type Outbox = ReturnType<typeof createOutbox>;
