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
 * The messages of one read with a widget id that repeats in it (as its key would, cut to 200
 * characters) taken for no id: a page that gives two rows one id must not make one message of
 * them (the later text would replace the earlier, or be stored as its revision).
 */
export function withUniqueWidgetIds(messages: readonly ReadMessage[]): readonly ReadMessage[] {
  const idOf = (m: ReadMessage) => m.widgetId?.slice(0, 200);
  const counts = new Map<string, number>();
  for (const id of messages.map(idOf)) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  if ([...counts.values()].every((n) => n === 1)) return messages;
  return messages.map((m) => ((counts.get(idOf(m) ?? '') ?? 0) > 1 ? { ...m, widgetId: null } : m));
}

/**
 * Keys that survive re-renders: the widget's own id when it has one, else role, author and
 * text with the occurrence number, so the same text sent twice stays two messages. An id that
 * repeats within the read is no id (`withUniqueWidgetIds`).
 */
export function keyMessages(messages: readonly ReadMessage[]): string[] {
  const seen = new Map<string, number>();
  return withUniqueWidgetIds(messages).map((message) => {
    if (message.widgetId) return `id:${message.widgetId.slice(0, 200)}`;
    const base = `${message.role}|${message.authorName ?? ''}|${message.text}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return `fp:${fingerprint(base)}:${occurrence}`;
  });
}
