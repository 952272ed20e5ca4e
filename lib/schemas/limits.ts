/** Size limits shared with content scripts; kept free of Zod so it never ships to pages. */
export const MAX_MESSAGE_TEXT = 200_000;
