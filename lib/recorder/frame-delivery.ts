import type { DeliveryState } from '../messaging/frame-messages';

/** The top frame's own outbox, in the same map as the frames the background relays. */
export const TOP_FRAME_ID = 0;

/**
 * The tab's delivery as its pill shows it: 'storage-full' while any frame (the top one or an
 * iframe with its own outbox) was last refused for a full disk; 'ok' once every such frame has
 * delivered again or went away. `onChange` hears only changes of the combined state.
 */
export function createFrameDeliveries(onChange: (state: DeliveryState) => void) {
  const full = new Set<number>();
  let combined: DeliveryState = 'ok';
  return {
    set(frameId: number, state: DeliveryState) {
      if (state === 'storage-full') full.add(frameId);
      else full.delete(frameId);
      const next: DeliveryState = full.size > 0 ? 'storage-full' : 'ok';
      if (next === combined) return;
      combined = next;
      onChange(next);
    },
    get state(): DeliveryState {
      return combined;
    },
  };
}
export type FrameDeliveries = ReturnType<typeof createFrameDeliveries>;

export interface DeliveryRelayOptions {
  /** Sends the state towards the top frame; true once its pill took it. */
  send: (state: DeliveryState) => Promise<boolean>;
  setTimer: (callback: () => void, ms: number) => unknown;
  retryDelaysMs?: readonly number[];
}

const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000];

/**
 * An iframe's side: passes its outbox's delivery changes to the top frame, again with backoff
 * until the top frame confirms (the worker may be waking up, the top frame's pill not mounted
 * yet), and says 'ok' when the frame goes away, so that the warning does not outlive it.
 */
export function createDeliveryRelay({ send, setTimer, retryDelaysMs = RETRY_DELAYS_MS }: DeliveryRelayOptions) {
  let wanted: DeliveryState = 'ok';
  let shown: DeliveryState = 'ok';
  let hidden = false;
  let busy = false;
  let waiting = false;
  let attempts = 0;

  async function push() {
    if (busy || waiting || hidden || wanted === shown) return;
    busy = true;
    const state = wanted;
    const taken = await send(state).catch(() => false);
    busy = false;
    if (taken) {
      if (!hidden) shown = state;
      attempts = 0;
      void push();
      return;
    }
    // Given up: nothing in this tab shows a pill. A later change tries again.
    if (attempts >= retryDelaysMs.length) return;
    waiting = true;
    setTimer(() => {
      waiting = false;
      void push();
    }, retryDelaysMs[attempts++]!);
  }

  return {
    /** The outbox's new delivery state. */
    report(state: DeliveryState) {
      wanted = state;
      attempts = 0;
      void push();
    },
    /** The frame is going away (pagehide): its state no longer counts. One try, no retry. */
    leave() {
      hidden = true;
      if (shown === 'ok' && !busy) return;
      shown = 'ok';
      void send('ok').catch(() => false);
    },
    /** The frame came back (from the back/forward cache): its state counts again. */
    back() {
      hidden = false;
      attempts = 0;
      void push();
    },
  };
}
export type DeliveryRelay = ReturnType<typeof createDeliveryRelay>;
