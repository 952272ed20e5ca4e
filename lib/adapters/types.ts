import type { AuthorRole } from '../schemas/message';

/** A message as an adapter reads it from the DOM, before keys and times are added. */
export interface ReadMessage {
  /** The widget's own id for the message, when it has one. */
  widgetId: string | null;
  role: AuthorRole;
  authorName: string | null;
  text: string;
  widgetTimeText: string | null;
}

export interface AdapterEnvironment {
  /** Opens closed shadow roots too, where the browser allows it (chrome.dom.openOrClosedShadowRoot). */
  shadowRootOf: (element: Element) => ShadowRoot | null;
}

/** One chat widget family. The generic adapter handles widgets nobody wrote an adapter for. */
export interface ChatAdapter {
  id: string;
  label: string;
  /** The message lists of this widget under a root (document or shadow root), if any. */
  detect: (root: Document | ShadowRoot, env: AdapterEnvironment) => Element[];
  /** Every message currently rendered in a list, in display order. */
  readTranscript: (list: Element) => ReadMessage[];
}
