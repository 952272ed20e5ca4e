import { clean } from '../dom-text';

/** Never message text: decorations, controls and anything the widget hides from readers. */
const SKIPPED =
  'script, style, template, noscript, button, svg, textarea, input, select, [aria-hidden="true"], [hidden]';
/** Rows are small; anything larger than this is read by its first text elements only. */
const MAX_ELEMENTS = 80;

export function skipped(element: Element): boolean {
  return element.matches(SKIPPED);
}

/** Elements that carry text of their own, in document order, without the skipped subtrees. */
export function textElements(row: Element): Element[] {
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

/** Text of `element` without skipped subtrees and without the `exclude`d elements. */
export function textWithout(element: Element, exclude: readonly Element[]): string {
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

export const visibleText = (element: Element) => textWithout(element, []);
