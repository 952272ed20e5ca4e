/** Size limits shared with content scripts; kept free of Zod so it never ships to pages. */
export const MAX_MESSAGE_TEXT = 200_000;
/** One file the user attaches: receipts and photos fit easily; a whole video does not. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** Names, titles, a widget's time text. */
export const MAX_SHORT_TEXT = 500;

/** Stored addresses; browsers accept far longer ones (Chromium up to 2 MB), so callers cap. */
export const MAX_URL = 8192;

/** The background refuses a message whose data serialises to more characters than this. */
export const MAX_PAYLOAD_CHARS = 1_048_576;
