/**
 * Messages from the background to the chat content script in a tab's frames (tabs.sendMessage).
 * Plain objects checked by hand on arrival: content scripts ship no Zod.
 */
export const INSERT_DRAFT = 'paper-trail/insert-draft';

/** A long letter fits; a chat box rarely takes more. */
export const MAX_DRAFT_TEXT = 20_000;

export interface InsertDraftMessage {
  type: typeof INSERT_DRAFT;
  text: string;
}

export interface InsertDraftReply {
  inserted: true;
}

export function isInsertDraftMessage(message: unknown): message is InsertDraftMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, text } = message as Record<string, unknown>;
  return type === INSERT_DRAFT && typeof text === 'string' && text.length > 0 && text.length <= MAX_DRAFT_TEXT;
}

/** Whether the background is storing what a page sends: 'storage-full' while the disk is full. */
export type DeliveryState = 'ok' | 'storage-full';
export const DELIVERY_STATES = ['ok', 'storage-full'] as const satisfies readonly DeliveryState[];

/**
 * An iframe's delivery, relayed by the background to its tab's top frame (frameId 0), whose pill
 * warns while any frame of the tab is refused for a full disk.
 */
export const FRAME_DELIVERY = 'paper-trail/frame-delivery';

export interface FrameDeliveryMessage {
  type: typeof FRAME_DELIVERY;
  /** The frame the state is about (the background takes it from the sender, never the page). */
  frameId: number;
  state: DeliveryState;
}

/** The top frame's answer: its pill now counts the frame's state. */
export interface FrameDeliveryReply {
  shown: true;
}

export function isFrameDeliveryMessage(message: unknown): message is FrameDeliveryMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, frameId, state } = message as Record<string, unknown>;
  return (
    type === FRAME_DELIVERY &&
    Number.isInteger(frameId) &&
    (frameId as number) > 0 &&
    DELIVERY_STATES.includes(state as DeliveryState)
  );
}

export function isFrameDeliveryReply(reply: unknown): reply is FrameDeliveryReply {
  return typeof reply === 'object' && reply !== null && (reply as Record<string, unknown>).shown === true;
}
