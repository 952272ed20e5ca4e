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
