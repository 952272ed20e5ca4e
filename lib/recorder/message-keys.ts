import type { ReadMessage } from '../adapters/types';

/** FNV-1a, 53 bits: a short, stable fingerprint (not a security hash). */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995);
  }
  return ((h2 >>> 0) & 0x1fffff).toString(36) + (h1 >>> 0).toString(36);
}

/**
 * Keys that survive re-renders: the widget's own id when it has one, else role, author and
 * text with the occurrence number, so the same text sent twice stays two messages.
 */
export function keyMessages(messages: readonly ReadMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    if (message.widgetId) return `id:${message.widgetId.slice(0, 200)}`;
    const base = `${message.role}|${message.authorName ?? ''}|${message.text}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return `fp:${fingerprint(base)}:${occurrence}`;
  });
}
