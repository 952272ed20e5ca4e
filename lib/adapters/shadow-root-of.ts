/**
 * An element's shadow root, closed ones included where the browser offers a way
 * (`chrome.dom.openOrClosedShadowRoot`). Chrome's call throws for anything that is not an
 * HTMLElement (an `<svg>` icon, MathML), so those are asked the open way only; nothing here may
 * throw into the page.
 */
export function shadowRootOf(
  element: Element,
  openOrClosed: ((element: HTMLElement) => ShadowRoot | null) | undefined,
): ShadowRoot | null {
  const open = element.shadowRoot;
  if (open || !openOrClosed) return open;
  const view = element.ownerDocument.defaultView;
  if (!view || !(element instanceof view.HTMLElement)) return null;
  try {
    return openOrClosed(element) ?? null;
  } catch {
    return null;
  }
}
