import { createMessageKeyer } from '../recorder/message-sequence';
import type { KeyedMessage, ObserveOptions, ReadMessage } from './types';

/**
 * Watches one message list and reports each message once (again only when its text changes):
 * messages already rendered when it starts are known, not reported. Mutations are batched
 * into one read per `delayMs`; a read that throws is skipped, never thrown into the page.
 */
export function observeList(
  readTranscript: (list: Element) => ReadMessage[],
  list: Element,
  options: ObserveOptions,
): void {
  const { signal, onMessages, delayMs = 100 } = options;
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  if (signal.aborted) return;
  const known = new Map<string, string>();
  const keysFor = createMessageKeyer();
  let scheduled = false;

  function read(): KeyedMessage[] {
    const messages = readTranscript(list);
    const keys = keysFor(messages);
    return messages.map((message, index) => ({ ...message, key: keys[index]! }));
  }

  function check() {
    scheduled = false;
    if (signal.aborted) return;
    let messages: KeyedMessage[];
    try {
      messages = read();
    } catch {
      return;
    }
    const fresh = messages.filter((message) => {
      if (known.get(message.key) === message.text) return false;
      known.set(message.key, message.text);
      return true;
    });
    if (fresh.length > 0) onMessages(fresh);
  }

  try {
    for (const message of read()) known.set(message.key, message.text);
  } catch {
    // An unreadable list now may become readable: the first mutation reads it again.
  }
  // The list's own window: a same-origin frame's list is watched with that frame's observer.
  const Observer = list.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer(() => {
    if (scheduled) return;
    scheduled = true;
    setTimer(check, delayMs);
  });
  observer.observe(list, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
