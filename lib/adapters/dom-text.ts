export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of an element without the parts matched by `exclude` (names, times, buttons). */
export function textWithout(element: Element, exclude: string): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll(exclude).forEach((el) => el.remove());
  return clean(clone.textContent);
}

/** Text of the first match, or null when absent or empty. */
export function textOf(scope: Element, selector: string): string | null {
  return clean(scope.querySelector(selector)?.textContent) || null;
}

/** The outermost matches: a list nested in another list is not a second list. */
export function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
