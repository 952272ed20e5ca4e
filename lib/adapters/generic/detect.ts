import { outermost } from '../dom-text';
import { isMetaText } from './patterns';

const ARIA_LISTS = '[role="log"], [aria-live="polite"], [aria-live="assertive"]';
/** Elements looked at per root, and leaves per row: detection runs on every rescan of a page. */
const MAX_ELEMENTS = 20_000;
const MAX_ROWS_CHECKED = 12;
const MAX_LEAVES_PER_ROW = 30;
const MAX_VISITED_PER_ROW = 120;
const MIN_ROWS = 3;
/** Nodes all time-leaf checks of one `detect` call may visit: a huge page stops the structure search. */
const VISIT_BUDGET = 60_000;
/** A list whose last few rows show no time at all is not a chat (or not one this search can see). */
const UNTIMED_GIVE_UP = 4;

let budget = 0;

/** A row that looks like a message: some element in it holds only a time line ("10:03", "2 min ago"). */
function hasTimeLeaf(row: Element): boolean {
  const walker = row.ownerDocument.createTreeWalker(row, 1);
  let visited = 0;
  let leaves = 0;
  for (let node = walker.nextNode(); node && visited < MAX_VISITED_PER_ROW; node = walker.nextNode(), visited++) {
    if (--budget < 0) return false;
    const el = node as Element;
    if (el.tagName === 'TIME') return true;
    if (el.childElementCount > 0) continue;
    if (++leaves > MAX_LEAVES_PER_ROW) return false;
    if (isMetaText((el.textContent ?? '').trim())) return true;
  }
  return false;
}

/** Several children of one shape, most of the recent ones with a time line: a message list. */
function looksLikeMessageList(element: Element): boolean {
  // A virtual list keeps spare pooled rows hidden (empty ones at first): they say nothing.
  const children = Array.from(element.children).filter((child) => !child.hasAttribute('hidden'));
  if (children.length < MIN_ROWS) return false;
  const recent = children.slice(-MAX_ROWS_CHECKED);
  const tag = recent[recent.length - 1]!.tagName;
  const sameShape = recent.filter((child) => child.tagName === tag);
  if (sameShape.length < recent.length * 0.8) return false;
  const needed = Math.max(MIN_ROWS, Math.ceil(sameShape.length * 0.4));
  let timed = 0;
  for (let i = sameShape.length - 1, checked = 1; i >= 0; i--, checked++) {
    if (hasTimeLeaf(sameShape[i]!)) timed++;
    if (timed >= needed) return true;
    if (timed + i < needed || (timed === 0 && checked >= UNTIMED_GIVE_UP)) return false;
  }
  return false;
}

/** Message lists under a root: ARIA logs and live regions, and lists found by their structure. */
export function detectLists(root: Document | ShadowRoot): Element[] {
  const found = Array.from(root.querySelectorAll(ARIA_LISTS));
  const owner = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const walker = owner.createTreeWalker(root, 1);
  budget = VISIT_BUDGET;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_ELEMENTS && budget > 0; node = walker.nextNode(), seen++) {
    const element = node as Element;
    if (
      element.childElementCount >= MIN_ROWS &&
      !found.some((list) => list.contains(element)) &&
      looksLikeMessageList(element)
    ) {
      found.push(element);
    }
  }
  return outermost(found);
}
