/**
 * Page text as Paper Trail keeps it. Shared by the content script and the worker, so no Zod and
 * no imports.
 *
 * Kept as the page showed it: markup-looking text, bidi controls, zero-width characters, BOMs,
 * emoji — they are part of what was said and the UI shows them as inert, isolated text.
 * Changed: an unpaired UTF-16 surrogate becomes U+FFFD (UTF-8, the JSON of a backup and the
 * bytes the event hash is computed over cannot hold one, so it would silently become U+FFFD
 * there anyway); NUL and the other control characters (C0 except tab, line feed and carriage
 * return; DEL; C1) are removed (they break the text tools a backup is checked with and show as nothing).
 */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Control characters (C0, DEL, C1) other than tab, line feed and carriage return. */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

export function cleanText(text: string): string {
  return text.replace(UNPAIRED_SURROGATE, '\uFFFD').replace(CONTROL, '');
}

/** True when `cleanText` would leave the text as it is. */
export function isCleanText(text: string): boolean {
  return text.search(UNPAIRED_SURROGATE) === -1 && text.search(CONTROL) === -1;
}

/** The first `limit` UTF-16 code units, never ending on the first half of a surrogate pair. */
export function capText(text: string, limit: number): { text: string; truncated: boolean } {
  if (text.length <= limit) return { text, truncated: false };
  const last = text.charCodeAt(limit - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
  return { text: text.slice(0, end), truncated: true };
}

/** Cleans, then caps: what the recorder sends and a capture stores. */
export function cleanAndCap(text: string, limit: number): { text: string; truncated: boolean } {
  return capText(cleanText(text), limit);
}

/** A value for a bounded field (a title, an address): cleaned and cut to fit, never refused. */
export function fitText(text: string, limit: number): string {
  return cleanAndCap(text, limit).text;
}
