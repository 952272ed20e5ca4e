import { clean } from '../dom-text';
import { isMetaText, isYouLabel, metaSaysYou } from './patterns';

/** Never message text: decorations, controls and anything the widget hides from readers. */
const SKIPPED =
  'script, style, template, noscript, button, svg, textarea, input, select, [aria-hidden="true"], [hidden]';
const NAME_SELECTOR = '[data-author], [class*="author" i], [class*="name" i]';
const TIME_SELECTOR = 'time, [class*="time" i], [data-time]';
const AVATAR_SELECTOR = 'img, [role="img"], [class*="avatar" i]';
/** Rows are small; anything larger than this is read by its first elements only. */
const MAX_ELEMENTS = 80;

/** One row of a message list taken apart: the bubble's text and what sits around it. */
export interface RowParts {
  text: string;
  name: string | null;
  time: string | null;
  /** An avatar (image, initials hidden from screen readers) before the bubble: the agent's side. */
  avatar: boolean;
  /** A "You" label in the row, or a time line that starts with one: the customer's side. */
  you: boolean;
  /** The text sits in one element with nothing around it (a notice, a separator, a bare bubble). */
  leaf: boolean;
}

function skipped(element: Element): boolean {
  return element.matches(SKIPPED);
}

/** Elements that carry text, in order, without the skipped subtrees. */
function textElements(row: Element): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    if (found.length >= MAX_ELEMENTS || skipped(element)) return;
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 3 && node.nodeValue?.trim() && found[found.length - 1] !== element) found.push(element);
      else if (node.nodeType === 1) visit(node as Element);
    }
  };
  visit(row);
  return found;
}

/** Text of `element` without skipped subtrees and without `exclude`d elements. */
function textWithout(element: Element, exclude: readonly Element[]): string {
  let text = '';
  const visit = (el: Element) => {
    if (skipped(el) || exclude.includes(el)) return;
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) text += node.nodeValue ?? '';
      else if (node.nodeType === 1) visit(node as Element);
    }
  };
  visit(element);
  return clean(text);
}

const visibleText = (element: Element) => textWithout(element, []);

/** The outermost element (below the row) whose whole text is a time line; the last one wins. */
function findMeta(row: Element, candidates: readonly Element[]): Element | null {
  const marked = Array.from(row.querySelectorAll(TIME_SELECTOR)).find((el) => !skipped(el) && visibleText(el));
  if (marked) return marked;
  let meta: Element | null = null;
  for (const leaf of candidates) {
    let top: Element | null = null;
    for (let el: Element | null = leaf; el && el !== row; el = el.parentElement) {
      if (isMetaText(visibleText(el))) top = el;
    }
    if (top && !(meta && top.contains(meta))) meta = top;
  }
  return meta;
}

/** "Dana", "Анна:": a name line without its trailing colon. */
const nameText = (element: Element) => visibleText(element).replace(/\s*:$/u, '');

/** A short line naming someone: no sentence punctuation, a few words, no digits. */
function looksLikeName(text: string): boolean {
  return text.length > 0 && text.length <= 40 && text.split(' ').length <= 4 && !/[.!?…,;:"«»\d]/u.test(text);
}

/** The author's line: marked by class, or the first short line before the bubble, set apart from it. */
function findName(row: Element, leaves: readonly Element[], meta: Element | null): Element | null {
  const marked = Array.from(row.querySelectorAll(NAME_SELECTOR)).find(
    (el) => !skipped(el) && el !== meta && !el.contains(meta) && looksLikeName(nameText(el)),
  );
  if (marked) return marked;
  const rest = leaves.filter((el) => !(meta && meta.contains(el)));
  const [first, next] = rest;
  if (!first || !next || first === row || first.contains(next) || next.contains(first)) return null;
  const sameKind =
    first.tagName === next.tagName &&
    first.getAttribute('class') === next.getAttribute('class') &&
    first.parentElement === next.parentElement;
  return !sameKind && looksLikeName(nameText(first)) ? first : null;
}

function hasAvatar(row: Element, bodyStart: Element | undefined): boolean {
  for (const el of Array.from(row.querySelectorAll(`${AVATAR_SELECTOR}, [aria-hidden="true"]`))) {
    const initials = (el.textContent ?? '').trim().length;
    const isAvatar = el.matches(AVATAR_SELECTOR) || el.querySelector('img') !== null || (initials > 0 && initials <= 3);
    // DOCUMENT_POSITION_FOLLOWING: the bubble comes after the avatar.
    if (isAvatar && (!bodyStart || el.compareDocumentPosition(bodyStart) & 4)) return true;
  }
  return false;
}

export function rowParts(row: Element): RowParts {
  const leaves = textElements(row);
  const meta = leaves.length > 1 ? findMeta(row, leaves) : null;
  const metaText = meta ? visibleText(meta) : null;
  let name = findName(row, leaves, meta);
  let you = metaText !== null && metaSaysYou(metaText);
  const label = leaves.find((el) => isYouLabel(visibleText(el)) && el !== row);
  if (label) you = true;
  if (name && isYouLabel(visibleText(name))) name = null;
  const exclude = [meta, name, label].filter((el): el is Element => el !== null && el !== undefined);
  const text = textWithout(row, exclude);
  const body = leaves.find((el) => !exclude.some((ex) => ex.contains(el)));
  return {
    text,
    name: name ? nameText(name) : null,
    time: metaText || (meta?.getAttribute('datetime') ?? null),
    avatar: hasAvatar(row, body),
    you,
    leaf: leaves.length <= 1 && !meta,
  };
}
