/** Size limits shared with content scripts; kept free of Zod so it never ships to pages. */
export const MAX_MESSAGE_TEXT = 200_000;
/** One file the user attaches: receipts and photos fit easily; a whole video does not. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
