import type { ReadMessage } from '../types';
import { idsOf, rowsOf } from './items';
import { isDaySeparator, isTypingText } from './patterns';
import { hintOf, resolveRoles, type RowEvidence, tokensOf } from './roles';
import { rowParts } from './row-parts';

interface Row extends RowEvidence {
  id: string | null;
}

function isTypingRow(row: Element, text: string): boolean {
  return (
    row.getAttribute('aria-busy') === 'true' || row.querySelector('[aria-busy="true"]') !== null || isTypingText(text)
  );
}

/** Evidence for one row, or null for rows that are not messages (empty, typing, day separators). */
function evidenceOf(row: Element, id: string | null): Row | null {
  const parts = rowParts(row);
  if (!parts.text) return null;
  if (isTypingRow(row, parts.name ? `${parts.name} ${parts.text}` : parts.text)) return null;
  if (parts.leaf && isDaySeparator(parts.text)) return null;
  return { parts, id, hint: hintOf(row), tokens: tokensOf(row) };
}

/**
 * Every message in a list, in display order: text without avatars, names or time lines; roles
 * from attributes, labels, avatars and class signatures; agent names carried forward.
 */
export function readGenericTranscript(list: Element): ReadMessage[] {
  const elements = rowsOf(list);
  const ids = idsOf(elements);
  const rows: Row[] = [];
  elements.forEach((element, i) => {
    const row = evidenceOf(element, ids[i]!);
    if (row) rows.push(row);
  });
  const roles = resolveRoles(rows);
  let agentName: string | null = null;
  return rows.map((row, i) => {
    const role = roles[i]!;
    if (role === 'agent') agentName = row.parts.name ?? agentName;
    return {
      widgetId: row.id,
      role,
      authorName: role === 'agent' ? agentName : role === 'customer' ? row.parts.name : null,
      text: row.parts.text,
      widgetTimeText: row.parts.time,
    };
  });
}
