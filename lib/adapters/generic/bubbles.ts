import { skipped, visibleText } from './row-text';

/** Tags that split one message into lines or runs, never one message from the next. */
const INSIDE_A_MESSAGE = new Set([
  'P',
  'LI',
  'SPAN',
  'B',
  'I',
  'EM',
  'STRONG',
  'A',
  'CODE',
  'PRE',
  'BR',
  'SMALL',
  'MARK',
  'U',
  'S',
]);
/** Classes that name a paragraph or a line of one message (`intercom-block-paragraph`). */
const PARAGRAPH_CLASS = /paragraph|block|line|para\b/i;

/**
 * The bubbles of a grouped row: one author's consecutive messages in one wrapper, each in an
 * element of the same tag and class. A row with one bubble (or paragraphs in one) is one message.
 */
export function bubblesOf(row: Element, body: readonly Element[], exclude: readonly Element[]): Element[] {
  const first = body[0];
  for (let el: Element | null = first ?? null; el && el !== row; el = el.parentElement) {
    const parent = el.parentElement;
    const className = el.getAttribute('class') ?? '';
    if (!parent || INSIDE_A_MESSAGE.has(el.tagName) || !className || PARAGRAPH_CLASS.test(className)) continue;
    const shape = `${el.tagName}.${className}`;
    const siblings = Array.from(parent.children).filter(
      (sibling) =>
        `${sibling.tagName}.${sibling.getAttribute('class')}` === shape &&
        !skipped(sibling) &&
        !exclude.some((ex) => ex === sibling || ex.contains(sibling)) &&
        visibleText(sibling) !== '',
    );
    if (siblings.length < 2) continue;
    return body.every((leaf) => siblings.some((bubble) => bubble.contains(leaf))) ? siblings : [];
  }
  return [];
}
