/**
 * Which elements of a message list changed since they were last parsed: the reader keeps a
 * MutationObserver on each list it reads (attributes too: a class can carry the side) and drains
 * it at the start of every read, so a list that grew by one row costs one row's parsing, not a
 * serialisation of every row to spot the change.
 */
const observers = new WeakMap<Element, MutationObserver>();
const touched = new WeakSet<Element>();

function markUp(node: Node, list: Element) {
  for (
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el && el !== list;
    el = el.parentElement
  ) {
    touched.add(el);
  }
}

/**
 * Starts watching `list` (false: not watched before this read, so nothing is known about what
 * changed) or takes the changes queued since the last read (true).
 */
export function drainChanges(list: Element): boolean {
  const existing = observers.get(list);
  if (existing) {
    for (const record of existing.takeRecords()) markUp(record.target, list);
    return true;
  }
  const Observer = list.ownerDocument.defaultView?.MutationObserver;
  if (!Observer) return false;
  const observer = new Observer((records) => records.forEach((record) => markUp(record.target, list)));
  observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
  observers.set(list, observer);
  return false;
}

/** Whether `row` changed since it was last parsed; asking clears the mark. */
export function takeChanged(row: Element): boolean {
  return touched.delete(row);
}
