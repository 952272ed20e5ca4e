import { describe, expect, it } from 'vitest';
import type { DeliveryState } from '@/lib/messaging/frame-messages';
import { isFrameDeliveryMessage, FRAME_DELIVERY } from '@/lib/messaging/frame-messages';
import { createDeliveryRelay, createFrameDeliveries, TOP_FRAME_ID } from '@/lib/recorder/frame-delivery';

function deliveries() {
  const changes: DeliveryState[] = [];
  const combined = createFrameDeliveries((state) => changes.push(state));
  return { combined, changes };
}

describe('the top frame’s combined delivery', () => {
  it('warns while any frame is refused for a full disk, and clears once every one delivered again', () => {
    const { combined, changes } = deliveries();
    combined.set(3, 'storage-full');
    combined.set(TOP_FRAME_ID, 'storage-full');
    combined.set(5, 'storage-full');
    expect(changes).toEqual(['storage-full']);
    combined.set(3, 'ok');
    combined.set(TOP_FRAME_ID, 'ok');
    expect(combined.state).toBe('storage-full');
    combined.set(5, 'ok');
    expect(combined.state).toBe('ok');
    expect(changes).toEqual(['storage-full', 'ok']);
  });

  it('ignores an ok from a frame that never reported, and a repeated state', () => {
    const { combined, changes } = deliveries();
    combined.set(4, 'ok');
    combined.set(3, 'storage-full');
    combined.set(3, 'storage-full');
    combined.set(4, 'ok');
    expect(changes).toEqual(['storage-full']);
    expect(combined.state).toBe('storage-full');
  });
});

function relay(answers: boolean[] = []) {
  const sent: DeliveryState[] = [];
  const timers: (() => void)[] = [];
  const delays: number[] = [];
  const r = createDeliveryRelay({
    send: async (state) => {
      sent.push(state);
      return answers.shift() ?? true;
    },
    setTimer: (callback, ms) => {
      timers.push(callback);
      delays.push(ms);
    },
    retryDelaysMs: [10, 20],
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { r, sent, timers, delays, settle };
}

describe('an iframe’s relay to the top frame', () => {
  it('sends each change once the top frame took the previous one', async () => {
    const { r, sent, settle } = relay();
    r.report('ok');
    await settle();
    expect(sent).toEqual([]);
    r.report('storage-full');
    await settle();
    r.report('storage-full');
    r.report('ok');
    await settle();
    expect(sent).toEqual(['storage-full', 'ok']);
  });

  it('sends again with backoff until the top frame takes it, then gives up', async () => {
    const { r, sent, timers, delays, settle } = relay([false, false, false]);
    r.report('storage-full');
    await settle();
    timers.shift()!();
    await settle();
    timers.shift()!();
    await settle();
    expect(sent).toEqual(['storage-full', 'storage-full', 'storage-full']);
    expect(delays).toEqual([10, 20]);
    expect(timers).toHaveLength(0);
    // The top frame never showed the warning: an ok has nothing to undo. A new report tries again.
    r.report('ok');
    await settle();
    expect(sent).toHaveLength(3);
    r.report('storage-full');
    await settle();
    expect(sent).toHaveLength(4);
  });

  it('sends the latest state only, when it changed while one was on its way', async () => {
    const { r, sent, settle } = relay();
    r.report('storage-full');
    r.report('ok');
    r.report('storage-full');
    await settle();
    await settle();
    // Back to what the top frame took: nothing more to say.
    expect(sent).toEqual(['storage-full']);
    r.report('ok');
    r.report('storage-full');
    r.report('ok');
    await settle();
    await settle();
    expect(sent).toEqual(['storage-full', 'ok']);
  });

  it('clears its warning when the frame goes away, and shows it again if the frame comes back', async () => {
    const { r, sent, settle } = relay();
    r.report('storage-full');
    await settle();
    r.leave();
    await settle();
    expect(sent).toEqual(['storage-full', 'ok']);
    r.report('storage-full');
    await settle();
    expect(sent).toHaveLength(2);
    r.back();
    await settle();
    expect(sent).toEqual(['storage-full', 'ok', 'storage-full']);
  });

  it('says nothing when a frame that was fine goes away', async () => {
    const { r, sent, settle } = relay();
    r.leave();
    await settle();
    expect(sent).toEqual([]);
  });
});

describe('the relayed message the top frame accepts', () => {
  it.each([
    [{ type: FRAME_DELIVERY, frameId: 3, state: 'storage-full' }, true],
    [{ type: FRAME_DELIVERY, frameId: 3, state: 'ok' }, true],
    [{ type: FRAME_DELIVERY, frameId: 0, state: 'storage-full' }, false],
    [{ type: FRAME_DELIVERY, frameId: 1.5, state: 'ok' }, false],
    [{ type: FRAME_DELIVERY, frameId: 3, state: 'full' }, false],
    [{ type: 'other', frameId: 3, state: 'ok' }, false],
    [null, false],
  ])('%j → %s', (message, accepted) => {
    expect(isFrameDeliveryMessage(message)).toBe(accepted);
  });
});
