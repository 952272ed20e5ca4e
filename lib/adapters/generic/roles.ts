import type { AuthorRole } from '../../schemas/message';
import { AGENT_HINT, CUSTOMER_HINT, SYSTEM_HINT } from './patterns';
import type { RowParts } from './row-parts';

/** What a row says about its side before its neighbours are compared. */
export interface RowEvidence {
  parts: RowParts;
  /** Side named by class, data or label attributes (`incoming`, `data-sender="visitor"`). */
  hint: AuthorRole | null;
  /** Class tokens of the row and everything in it: its signature among its siblings. */
  tokens: Set<string>;
}

function hintsOf(element: Element): string {
  const parts = [element.getAttribute('class') ?? ''];
  for (const attr of Array.from(element.attributes)) {
    if (attr.name.startsWith('data-') || attr.name === 'aria-label') parts.push(`${attr.name} ${attr.value}`);
  }
  return parts.join(' ').replace(/[-_]/g, ' ');
}

/** The side the row's attributes name, from the row down its first children. */
export function hintOf(row: Element): AuthorRole | null {
  for (let el: Element | null = row, depth = 0; el && depth < 4; el = el.firstElementChild, depth++) {
    const hints = hintsOf(el);
    if (AGENT_HINT.test(hints)) return 'agent';
    if (CUSTOMER_HINT.test(hints)) return 'customer';
    if (SYSTEM_HINT.test(hints)) return 'system';
  }
  return null;
}

export function tokensOf(row: Element): Set<string> {
  const tokens = new Set<string>();
  const add = (el: Element) => el.classList.forEach((token) => tokens.add(`${el.tagName}.${token}`));
  add(row);
  Array.from(row.querySelectorAll('[class]')).slice(0, 40).forEach(add);
  return tokens;
}

/** The side a row shows by itself: attributes, then a "You" label, then a name or an avatar. */
function ownRole(row: RowEvidence): AuthorRole | null {
  if (row.hint) return row.hint;
  if (row.parts.you) return 'customer';
  if (row.parts.name || row.parts.avatar) return 'agent';
  return null;
}

const union = (sets: readonly Set<string>[]) => new Set(sets.flatMap((set) => Array.from(set)));
const hasTokenOutside = (tokens: Set<string>, known: Set<string>) => Array.from(tokens).some((t) => !known.has(t));

/**
 * A widget that names the author on every message ("Анна:", "Вы:") and shows both labels: a
 * line without a label there is a notice, not a message of an unknown side.
 */
function labelsEveryMessage(rows: readonly RowEvidence[], own: readonly (AuthorRole | null)[]): boolean {
  const sided = rows.filter((_, i) => own[i] === 'agent' || own[i] === 'customer');
  return (
    sided.some((row) => row.parts.you) &&
    sided.some((row) => row.parts.name) &&
    sided.every((row) => !row.hint && (row.parts.you || row.parts.name))
  );
}

/**
 * Roles for a list's rows. Rows that say nothing about their side take it from their class
 * signature: a row carrying a class no agent row has is the customer's (and the other way round).
 * A bare one-element row with no message classes is a notice.
 */
export function resolveRoles(rows: readonly RowEvidence[]): AuthorRole[] {
  const own = rows.map(ownRole);
  const agentTokens = union(rows.filter((_, i) => own[i] === 'agent').map((row) => row.tokens));
  const customerTokens = union(rows.filter((_, i) => own[i] === 'customer').map((row) => row.tokens));
  const structured = rows.filter((row, i) => !row.parts.leaf && own[i] !== 'system');
  const messageClasses = union(structured.map((row) => row.tokens));
  const labelsEveryLine = labelsEveryMessage(rows, own);
  return rows.map((row, i) => {
    const known = own[i];
    if (known) return known;
    if (labelsEveryLine) return 'system';
    if (row.parts.leaf && !Array.from(row.tokens).some((token) => messageClasses.has(token))) return 'system';
    const notAgent = agentTokens.size > 0 && hasTokenOutside(row.tokens, agentTokens);
    const notCustomer = customerTokens.size > 0 && hasTokenOutside(row.tokens, customerTokens);
    if (notAgent && !notCustomer) return 'customer';
    if (notCustomer && !notAgent) return 'agent';
    if (agentTokens.size > 0 && !notAgent) return 'agent';
    if (customerTokens.size > 0 && !notCustomer) return 'customer';
    return row.parts.leaf ? 'system' : 'unknown';
  });
}
