import type { ReadMessage } from '../types';
import { drainChanges, takeChanged } from './changed-rows';
import { idOf, rowsOf, uniqueIds } from './items';
import { isDaySeparator, isMetaText, isTypingText } from './patterns';
import { hintOf, resolveRoles, type RowEvidence, tokensOf } from './roles';
import { rowParts } from './row-parts';
import { placeBySide, type Side, sideWithin } from './sides';

interface Row extends RowEvidence {
  id: string | null;
  element: Element;
  /** Where its text sits, once layout could tell (kept until the row changes and is parsed again). */
  side?: Side | null;
}

function isTypingRow(row: Element, text: string): boolean {
  return (
    row.getAttribute('aria-busy') === 'true' || row.querySelector('[aria-busy="true"]') !== null || isTypingText(text)
  );
}

/**
 * Rows already taken apart. In a list the reader watches (`changed-rows.ts`) a row is parsed again
 * only when a mutation touched it; elsewhere (no MutationObserver, the first read) its markup is
 * compared. The widget's id of a row (`idOf`) depends on its markup only, so it is kept with it.
 */
const parsed = new WeakMap<Element, { markup: string | null; id: string | null; row: Row | null }>();

function cachedRowOf(element: Element, watched: boolean): { id: string | null; row: Row | null } {
  const cached = parsed.get(element);
  const changed = takeChanged(element);
  if (watched && cached && !changed) return cached;
  const markup = watched ? null : element.outerHTML;
  if (cached && markup !== null && cached.markup === markup) return cached;
  const id = idOf(element);
  const entry = { markup, id, row: evidenceOf(element, id) };
  parsed.set(element, entry);
  return entry;
}

/** Evidence for one row, or null for rows that are not messages (empty, typing, dates, times). */
function evidenceOf(row: Element, id: string | null): Row | null {
  const parts = rowParts(row);
  const text = parts.bubbles.map((bubble) => bubble.text).join(' ');
  if (!text) return null;
  if (isTypingRow(row, parts.name ? `${parts.name} ${text}` : text)) return null;
  const time = parts.bubbles[parts.bubbles.length - 1]?.time;
  const whole = time ? `${text} ${time}` : text;
  if (!parts.name && !parts.avatar && (isDaySeparator(whole) || isMetaText(whole))) return null;
  return { parts, id, element: row, hint: hintOf(row), tokens: tokensOf(row) };
}

/**
 * Every message in a list, in display order: text without avatars, names or time lines; roles
 * from attributes, labels, avatars, class signatures and, failing those, the side each row sits
 * on; agent names carried forward.
 */
export function readGenericTranscript(list: Element): ReadMessage[] {
  const watched = drainChanges(list);
  const entries = rowsOf(list).map((element) => cachedRowOf(element, watched));
  // An id that repeats within the list is no id (it is decided over the whole list, every read).
  const ids = uniqueIds(entries.map((entry) => entry.id));
  const rows: Row[] = [];
  const parsedRows: Row[] = [];
  entries.forEach((entry, i) => {
    if (!entry.row) return;
    rows.push({ ...entry.row, id: ids[i]! });
    parsedRows.push(entry.row);
  });
  const inferred = resolveRoles(rows);
  // Layout is read (once per read, and only for rows not measured before) when a row needs it.
  let frame: DOMRect | undefined;
  const sideAt = (i: number): Side | null => {
    const row = parsedRows[i]!;
    if (row.side !== undefined) return row.side;
    frame ??= list.getBoundingClientRect();
    const side = sideWithin(row.element, frame);
    if (side !== undefined) row.side = side;
    return side ?? null;
  };
  const roles = placeBySide(
    rows.map((row) => row.element),
    inferred,
    inferred.map((role, i) => role === 'unknown' || (role === 'system' && rows[i]!.hint !== 'system')),
    list,
    sideAt,
  );
  let agentName: string | null = null;
  return rows.flatMap((row, i) => {
    const role = roles[i]!;
    if (role === 'agent') agentName = row.parts.name ?? agentName;
    const authorName = role === 'agent' ? agentName : role === 'customer' ? row.parts.name : null;
    const { bubbles } = row.parts;
    return bubbles.map(({ text, time }, k) => ({
      widgetId: row.id && bubbles.length > 1 ? `${row.id}#${k}` : row.id,
      role,
      authorName,
      text,
      widgetTimeText: time,
    }));
  });
}
