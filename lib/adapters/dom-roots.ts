import type { AdapterEnvironment } from './types';

/** The document and every shadow root under it (open, and closed where the browser lets us), except ours. */
export function collectRoots(document: Document, env: AdapterEnvironment, limit = 5_000): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let index = 0; index < roots.length && roots.length < limit; index++) {
    const root = roots[index]!;
    const owner = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root as ShadowRoot).ownerDocument;
    const walker = owner.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Our own pill and toast are not a chat to record.
      if ((node as Element).localName.startsWith('paper-trail-')) continue;
      const shadow = env.shadowRootOf(node as Element);
      if (shadow && !roots.includes(shadow)) roots.push(shadow);
    }
  }
  return roots;
}
