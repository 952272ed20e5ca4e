import { describe, expect, it, vi } from 'vitest';
import type { ObservedMessage } from '@/lib/messaging/schemas';
import { createOutbox, type DeliveryState, type SendResult } from '@/lib/recorder/outbox';
import { MAX_MESSAGE_TEXT, MAX_PAYLOAD_CHARS } from '@/lib/schemas/limits';

const msg = (key: string, text = key): ObservedMessage => ({
  key,
  role: 'customer',
  authorName: null,
  text,
  truncated: false,
  widgetTimeText: null,
  fromHistory: false,
  seenAt: 1,
});

function harness(replies: (batch: ObservedMessage[]) => SendResult | Promise<SendResult>) {
  const timers: (() => void)[] = [];
  const sent: string[][] = [];
  const refused = vi.fn();
  const delivery: DeliveryState[] = [];
  const outbox = createOutbox({
    onDeliveryChange: (state) => delivery.push(state),
    send: async (batch) => {
      sent.push(batch.map((m) => m.key));
      return replies(batch);
    },
    onRefused: refused,
    setTimer: (callback) => timers.push(callback),
  });
  const runTimers = async () => {
    while (timers.length) {
      timers.shift()!();
      await vi.waitFor(() => undefined);
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { outbox, sent, refused, timers, runTimers, delivery };
}

describe('outbox', () => {
  it('keeps messages until acknowledged and resends after the worker was unreachable', async () => {
    let reachable = false;
    const { outbox, sent, runTimers } = harness((batch) =>
      reachable ? { kind: 'acknowledged', keys: batch.map((m) => m.key) } : { kind: 'unreachable' },
    );
    outbox.add([msg('a'), msg('b')]);
    await new Promise((r) => setTimeout(r, 0));
    expect(outbox.size).toBe(2);
    reachable = true;
    await runTimers();
    expect(outbox.size).toBe(0);
    expect(sent).toEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });

  it('treats a thrown send (worker restarting) as unreachable, not as loss', async () => {
    let calls = 0;
    const { outbox, runTimers } = harness((batch) => {
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { kind: 'acknowledged', keys: batch.map((m) => m.key) };
    });
    outbox.add([msg('a')]);
    await new Promise((r) => setTimeout(r, 0));
    await runTimers();
    expect(outbox.size).toBe(0);
  });

  it('drops only acknowledged keys', async () => {
    const { outbox, sent } = harness(() => ({ kind: 'acknowledged', keys: ['a'] }));
    outbox.add([msg('a'), msg('b')]);
    await vi.waitFor(() => expect(outbox.size).toBe(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toHaveLength(2); // one batch, then one for the rest, then it waits for a timer
  });

  it('sends long messages in batches the background accepts, so recording never stops on size', async () => {
    // What the background does: a batch over 1 MB is refused (and the outbox would stop for good).
    const { outbox, sent, refused } = harness((batch) =>
      JSON.stringify({ batchId: 'x'.repeat(32), adapter: 'generic', messages: batch }).length > MAX_PAYLOAD_CHARS
        ? { kind: 'refused', code: 'too-large', message: 'over 1 MB' }
        : { kind: 'acknowledged', keys: batch.map((m) => m.key) },
    );
    outbox.add(['a', 'b', 'c', 'd', 'e', 'f'].map((key) => msg(key, `"${'x'.repeat(MAX_MESSAGE_TEXT - 2)}"`)));
    await vi.waitFor(() => expect(outbox.size).toBe(0));
    expect(refused).not.toHaveBeenCalled();
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.flat()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('stops for good when the background refuses (site turned off)', async () => {
    const { outbox, refused, timers } = harness(() => ({ kind: 'refused', code: 'site-not-enabled', message: 'off' }));
    outbox.add([msg('a')]);
    await vi.waitFor(() => expect(refused).toHaveBeenCalledWith('site-not-enabled', 'off'));
    expect(timers).toHaveLength(0);
  });

  it('keeps the newest text of a message edited while waiting, with its first time seen', async () => {
    let release: (r: SendResult) => void = () => undefined;
    const batches: ObservedMessage[][] = [];
    const outbox = createOutbox({
      send: (batch) => {
        batches.push(batch);
        return new Promise((r) => (release = r));
      },
      onRefused: () => undefined,
      setTimer: () => undefined,
    });
    outbox.add([msg('x')]);
    outbox.add([{ ...msg('y', 'first'), seenAt: 5 }]);
    outbox.add([{ ...msg('y', 'edited'), seenAt: 9 }]);
    release({ kind: 'acknowledged', keys: ['x'] });
    await vi.waitFor(() => expect(batches).toHaveLength(2));
    expect(batches[1]).toEqual([{ ...msg('y', 'edited'), seenAt: 5 }]);
  });

  it('reports a full disk once while batches are refused for it, and ok again at the first acknowledged batch', async () => {
    let full = true;
    const { outbox, refused, runTimers, delivery, sent } = harness((batch) =>
      full
        ? { kind: 'refused', code: 'storage-full', message: 'the browser refused to store more data' }
        : { kind: 'acknowledged', keys: batch.map((m) => m.key) },
    );
    outbox.add([msg('a')]);
    await vi.waitFor(() => expect(delivery).toEqual(['storage-full']));
    // Retried, still refused: told once, and the message still waits.
    outbox.add([msg('b')]);
    await vi.waitFor(() => expect(sent.length).toBeGreaterThanOrEqual(2));
    expect(delivery).toEqual(['storage-full']);
    expect(outbox.size).toBe(2);
    full = false;
    await runTimers();
    expect(outbox.size).toBe(0);
    expect(delivery).toEqual(['storage-full', 'ok']);
    expect(refused).not.toHaveBeenCalled();
  });

  it('reports nothing for other refusals, an unreachable worker, or batches that go through', async () => {
    const replies: SendResult[] = [
      { kind: 'unreachable' },
      { kind: 'refused', code: 'internal', message: 'boom' },
      { kind: 'acknowledged', keys: ['a'] },
    ];
    const { outbox, runTimers, delivery, sent, timers } = harness(() => replies.shift()!);
    outbox.add([msg('a')]);
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    await runTimers();
    expect(sent).toHaveLength(3);
    expect(outbox.size).toBe(0);
    expect(delivery).toEqual([]);

    const stopped = harness(() => ({ kind: 'refused', code: 'site-not-enabled', message: 'off' }));
    stopped.outbox.add([msg('a')]);
    await vi.waitFor(() => expect(stopped.refused).toHaveBeenCalled());
    expect(stopped.delivery).toEqual([]);
  });
});
