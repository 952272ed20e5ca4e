import { shadowRootOf } from './shadow-root-of';
import type { AdapterEnvironment } from './types';

/** What a content script gives adapters: closed shadow roots opened where Chrome allows it. */
export function browserAdapterEnvironment(): AdapterEnvironment {
  const chromeDom = (
    globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }
  ).chrome?.dom;
  return { shadowRootOf: (element: Element) => shadowRootOf(element, chromeDom?.openOrClosedShadowRoot) };
}
