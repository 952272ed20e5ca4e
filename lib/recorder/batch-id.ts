/** Not crypto.randomUUID: it exists only in secure contexts, and chats on http:// pages are recorded too. */
export function newBatchId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
