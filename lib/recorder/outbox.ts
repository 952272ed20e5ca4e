import type { ObservedMessage } from '../messaging/schemas';

export type SendResult =
  | { kind: 'acknowledged'; keys: string[] }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'unreachable' };

export interface OutboxOptions {
  send: (messages: ObservedMessage[]) => Promise<SendResult>;
  /** Called when the background refuses for good (site disabled, invalid): stop recording. */
  onRefused: (code: string, message: string) => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  batchSize?: number;
}

const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

/**
 * Holds messages until the background says they are committed. Nothing is dropped when the
 * worker is asleep or restarting: unacknowledged messages are sent again, with backoff.
 */
export function createOutbox({ send, onRefused, setTimer, batchSize = 200 }: OutboxOptions) {
  const pending = new Map<string, ObservedMessage>();
  let inFlight = false;
  let failures = 0;
  let stopped = false;
  let retryScheduled = false;

  async function flush(): Promise<void> {
    if (inFlight || stopped || pending.size === 0) return;
    inFlight = true;
    const batch = Array.from(pending.values()).slice(0, batchSize);
    let result: SendResult;
    try {
      result = await send(batch);
    } catch {
      result = { kind: 'unreachable' };
    }
    inFlight = false;
    if (result.kind === 'acknowledged') {
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
    scheduleRetry();
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
