import { bubblesOf } from './bubbles';
import { isInitials, isMetaText, isYouLabel, looksLikeName, metaSaysYou, nameInMeta } from './patterns';
import { skipped, textElements, textWithout, visibleText } from './row-text';

const AUTHOR_SELECTOR = '[data-author], [class*="author" i]';
const NAME_SELECTOR = '[class*="name" i]';
const TIME_SELECTOR = 'time, [class*="time" i], [data-time]';
const AVATAR_SELECTOR = 'img, [role="img"], [class*="avatar" i]';

/** One row of a message list taken apart: the bubbles' text and what sits around them. */
export interface RowParts {
  /** One per message: a grouped row (one author, several bubbles) has several, each with its time. */
  bubbles: { text: string; time: string | null }[];
  name: string | null;
  /** An avatar (image, initials) before the bubble: the agent's side. */
  avatar: boolean;
  /** A "You" label in the row, or a time line that starts with one: the customer's side. */
  you: boolean;
  /** The text sits in one element with nothing around it (a notice, a separator, a bare bubble). */
  leaf: boolean;
}

/** One bubble of a group: its own time line if it has one, else the group's (on the last bubble). */
function bubbleParts(bubble: Element, exclude: readonly Element[], groupTime: string | null) {
  const leaves = textElements(bubble);
  const own = leaves.length > 1 ? findMeta(bubble, leaves) : null;
  const ownTime = own && !exclude.includes(own) ? visibleText(own) : null;
  return { text: textWithout(bubble, own ? [...exclude, own] : exclude), time: ownTime ?? groupTime };
}

/** The outermost element (below the row) whose whole text is a time line; the last one wins. */
function findMeta(row: Element, leaves: readonly Element[]): Element | null {
  const marked = Array.from(row.querySelectorAll(TIME_SELECTOR))
    .reverse()
    .find((el) => !skipped(el) && visibleText(el));
  if (marked) return marked;
  let meta: Element | null = null;
  for (const leaf of leaves) {
    let top: Element | null = null;
    for (let el: Element | null = leaf; el && el !== row; el = el.parentElement) {
      // "Name · time" only as one element of its own: around the bubble it would swallow it.
      const text = visibleText(el);
      if (isMetaText(text) || (el === leaf && nameInMeta(text) !== null)) top = el;
    }
    if (top && !(meta && top.contains(meta))) meta = top;
  }
  return meta;
}

/** "Dana", "Анна:": a name line without its trailing colon. */
const nameText = (element: Element) => visibleText(element).replace(/\s*:$/u, '');

/** The author's line: marked by class, or the first short line before the bubble, set apart from it. */
function findName(row: Element, rest: readonly Element[], meta: Element | null): Element | null {
  const usable = (el: Element) => !skipped(el) && el !== meta && !el.contains(meta);
  // An element the widget marks as the author is the author, whatever it says (a hostile or
  // very long name is still not message text); a looser "name" class must also read like one.
  const author = Array.from(row.querySelectorAll(AUTHOR_SELECTOR)).find(usable);
  if (author) return author;
  const marked = Array.from(row.querySelectorAll(NAME_SELECTOR)).find(
    (el) => usable(el) && looksLikeName(nameText(el)),
  );
  if (marked) return marked;
  const [first, next] = rest;
  if (!first || !next || first === row || first.contains(next) || next.contains(first)) return null;
  const sameKind =
    first.tagName === next.tagName &&
    first.getAttribute('class') === next.getAttribute('class') &&
    first.parentElement === next.parentElement;
  return !sameKind && looksLikeName(nameText(first)) ? first : null;
}

/** An image, a hidden decoration or printed initials before the bubble. */
function hasAvatar(row: Element, bodyStart: Element | undefined, initials: Element | undefined): boolean {
  if (initials) return true;
  for (const el of Array.from(row.querySelectorAll(`${AVATAR_SELECTOR}, [aria-hidden="true"]`))) {
    const length = (el.textContent ?? '').trim().length;
    const isAvatar = el.matches(AVATAR_SELECTOR) || el.querySelector('img') !== null || (length > 0 && length <= 3);
    // DOCUMENT_POSITION_FOLLOWING: the bubble comes after the avatar.
    if (isAvatar && (!bodyStart || el.compareDocumentPosition(bodyStart) & 4)) return true;
  }
  return false;
}

export function rowParts(row: Element): RowParts {
  const leaves = textElements(row);
  const meta = leaves.length > 1 ? findMeta(row, leaves) : null;
  const metaText = meta ? visibleText(meta) : null;
  let rest = leaves.filter((el) => !(meta && meta.contains(el)));
  const initials = rest.length > 1 && rest[0] !== row && isInitials(visibleText(rest[0]!)) ? rest[0] : undefined;
  if (initials) rest = rest.slice(1);
  let name = findName(row, rest, meta);
  const label = rest.find((el) => el !== row && isYouLabel(visibleText(el)));
  if (name && isYouLabel(visibleText(name))) name = null;
  const exclude = [meta, name, label, initials].filter((el): el is Element => el !== null && el !== undefined);
  const body = rest.filter((el) => !exclude.some((ex) => ex.contains(el)));
  const time = metaText || (meta?.getAttribute('datetime') ?? null);
  const grouped = bubblesOf(row, body, exclude);
  return {
    bubbles:
      grouped.length > 1
        ? grouped.map((bubble, k) => bubbleParts(bubble, exclude, k === grouped.length - 1 ? time : null))
        : [{ text: textWithout(row, exclude), time }],
    name: name ? nameText(name) : metaText ? nameInMeta(metaText) : null,
    avatar: hasAvatar(row, body[0], initials),
    you: label !== undefined || (metaText !== null && metaSaysYou(metaText)),
    leaf: leaves.length <= 1 && !meta,
  };
}
