import type { AuthorRole } from '../schemas/message';

/** A message as an adapter reads it from the DOM, before keys and times are added. */
export interface ReadMessage {
  /** The widget's own id for the message, when it has one. */
  widgetId: string | null;
  role: AuthorRole;
  authorName: string | null;
  text: string;
  widgetTimeText: string | null;
  /** The widget marks the author as a bot (role stays `agent`: the company's side). */
  bot?: boolean;
}

/** A read message with the key the recorder would store it under. */
export interface KeyedMessage extends ReadMessage {
  key: string;
}

export interface AdapterEnvironment {
  /** Opens closed shadow roots too, where the browser allows it (chrome.dom.openOrClosedShadowRoot). */
  shadowRootOf: (element: Element) => ShadowRoot | null;
}

export interface ObserveOptions {
  signal: AbortSignal;
  /** New or edited messages, in display order, each reported once per text. */
  onMessages: (messages: KeyedMessage[]) => void;
  /** Batches bursts of mutations into one read (default 100 ms through setTimeout). */
  delayMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

/** One chat widget family. The generic adapter handles widgets nobody wrote an adapter for. */
export interface ChatAdapter {
  id: string;
  label: string;
  /** The message lists of this widget under a root (document or shadow root), if any. */
  detect: (root: Document | ShadowRoot, env: AdapterEnvironment) => Element[];
  /** Every message currently rendered in a list, in display order. */
  readTranscript: (list: Element) => ReadMessage[];
  /** Reports messages that appear in (or change in) a list after the call, until `signal` aborts. */
  observe: (list: Element, options: ObserveOptions) => void;
  /** Puts text into the widget's composer (never sends it); false when no composer was found. */
  insertDraft: (list: Element, text: string) => boolean;
}
