import type { AuthorRole } from '../../schemas/message';

export type Side = 'left' | 'right';

/** How far (share of the list's width) a row's text must lean to one side to count as on it. */
const LEAN = 0.12;

/** The box of a row's text, not of its elements (a block spans the list whatever its text). */
function textBox(row: Element): { left: number; right: number } | null {
  const range = row.ownerDocument.createRange();
  range.selectNodeContents(row);
  const rect = range.getBoundingClientRect?.();
  range.detach?.();
  return rect && rect.width > 0 ? { left: rect.left, right: rect.right } : null;
}

/**
 * The side of the list (`frame`: its box) a row's text sits on, from layout: null where the text
 * is centred or spans the list, undefined where there is no layout to tell (a collapsed widget, a
 * hidden row, a test DOM) — an answer that may change, so not one to keep.
 */
export function sideWithin(row: Element, frame: DOMRect): Side | null | undefined {
  if (frame.width <= 0) return undefined;
  const box = textBox(row);
  if (!box) return undefined;
  const lean = (box.left - frame.left - (frame.right - box.right)) / frame.width;
  if (lean > LEAN) return 'right';
  if (lean < -LEAN) return 'left';
  return null;
}

export function sideOf(row: Element, list: Element): Side | null {
  return sideWithin(row, list.getBoundingClientRect()) ?? null;
}

/** The list's writing direction: in a right-to-left chat the customer's own messages sit on the left. */
function isRightToLeft(list: Element): boolean {
  const view = list.ownerDocument.defaultView;
  return view?.getComputedStyle(list).direction === 'rtl';
}

/**
 * Which side is the customer's: learned from rows whose role is known (the side most of them sit
 * on), else the side where messenger-style widgets put the user's own (right, or left in RTL).
 */
function customerSide(roles: readonly AuthorRole[], sides: readonly (Side | null)[], list: Element): Side {
  let votes = 0;
  roles.forEach((role, i) => {
    const side = sides[i];
    if (!side || (role !== 'agent' && role !== 'customer')) return;
    const customerOnRight = (role === 'customer') === (side === 'right');
    votes += customerOnRight ? 1 : -1;
  });
  if (votes !== 0) return votes > 0 ? 'right' : 'left';
  return isRightToLeft(list) ? 'left' : 'right';
}

/**
 * Rows that neither attributes, labels, avatars nor class signatures placed (`placeable`: unknown,
 * or taken for a notice only because they are bare) take their side from where they sit, when the
 * list puts messages on both sides; a centred notice stays what it was. Layout is read only when
 * such rows exist (reading it makes the page lay out).
 */
export function placeBySide(
  rows: readonly Element[],
  roles: readonly AuthorRole[],
  placeable: readonly boolean[],
  list: Element,
  sideAt: (i: number) => Side | null = (i) => sideOf(rows[i]!, list),
): AuthorRole[] {
  if (!placeable.includes(true)) return [...roles];
  const sides = rows.map((_, i) => sideAt(i));
  // A list whose messages all sit on one side (lines, a ragged column) says nothing by layout.
  if (!sides.includes('left') || !sides.includes('right')) return [...roles];
  const customer = customerSide(roles, sides, list);
  return roles.map((role, i) => {
    const side = sides[i];
    if (!placeable[i] || !side) return role;
    return side === customer ? 'customer' : 'agent';
  });
}
