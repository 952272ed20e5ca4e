/** The rows of a message list, in display order, and the widget's ids for them. */

/** A wrapper of messages rather than one message: a list, or several children of one tag. */
function looksLikeMessageContainer(element: Element): boolean {
  if (element.matches('ul, ol, [role="list"]')) return true;
  const children = Array.from(element.children);
  if (children.length < 2) return false;
  const firstTag = children[0]!.tagName;
  return children.filter((child) => child.tagName === firstTag).length >= children.length * 0.8;
}

/**
 * The wrapper inside `container` that holds the rows: its only child, or the one structured child
 * beside bare lines (a "Today" separator above a column of messages).
 */
function innerContainer(container: Element): Element | null {
  const children = Array.from(container.children);
  if (children.length === 1) return looksLikeMessageContainer(children[0]!) ? children[0]! : null;
  const structured = children.filter((child) => child.childElementCount > 0);
  if (children.length > 3 || structured.length !== 1) return null;
  const inner = structured[0]!;
  const rows = Array.from(inner.children);
  return rows.length >= 2 && rows.filter((row) => row.childElementCount > 0).length * 2 >= rows.length ? inner : null;
}

const ORDER_ATTRIBUTES = ['data-index', 'data-item-index', 'aria-rowindex', 'aria-posinset'];
/** Rows beyond this many (from the end) are not read: a chat's newest messages are at the bottom. */
const MAX_ROWS = 600;

function orderOf(row: Element): number | null {
  for (const name of ORDER_ATTRIBUTES) {
    const value = row.getAttribute(name) ?? row.firstElementChild?.getAttribute(name);
    if (value !== null && value !== undefined && /^\d+$/.test(value)) return Number(value);
  }
  return null;
}

/**
 * Descends through single-child wrappers to the element whose children are the messages, and
 * returns the visible ones in display order: a virtual list's recycled rows carry their index
 * (`data-index`, `aria-rowindex`), which is not their DOM order.
 */
export function rowsOf(list: Element): Element[] {
  let container = list;
  for (let next = innerContainer(container); next; next = innerContainer(container)) container = next;
  const rows = Array.from(container.children)
    .slice(-MAX_ROWS)
    .filter((row) => !row.hasAttribute('hidden') && row.getAttribute('aria-hidden') !== 'true');
  // Every row must carry its index; most lists have none, so stop at the first row without one
  // (this runs on every read of up to MAX_ROWS rows).
  const ordered: { row: Element; order: number }[] = [];
  for (const row of rows) {
    const order = orderOf(row);
    if (order === null) return rows;
    ordered.push({ row, order });
  }
  if (rows.length > 1) return ordered.sort((a, b) => a.order - b.order).map(({ row }) => row);
  return rows;
}

/** `data-id`, `data-msg-id`, `data-message-id`…; not test hooks (`data-testid`), which repeat. */
const ID_ATTRIBUTE = /^data-(?!test)[\w-]*id$/i;

/** The widget's id for one row (unique or not); it depends on the row's markup only. */
export function idOf(row: Element): string | null {
  for (let el: Element | null = row, depth = 0; el && depth < 3; el = el.firstElementChild, depth++) {
    for (const attr of Array.from(el.attributes)) {
      if (ID_ATTRIBUTE.test(attr.name) && attr.value.trim()) return attr.value.trim();
    }
  }
  return null;
}

/** The widget's ids for a list's rows (`idOf` of each): an id that repeats within the list is no id. */
export function uniqueIds(ids: readonly (string | null)[]): (string | null)[] {
  const counts = new Map<string, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return ids.map((id) => (id && counts.get(id) === 1 ? id : null));
}
