import { readOpenConversation, type OpenConversation } from './conversation';

export interface GateSession {
  signal: AbortSignal;
  /**
   * Reads the page again, synchronously: call it right before handing messages on. False ends
   * the session (the conversation changed, or the page is mid-swap); the gate then looks again
   * and starts a fresh session, which re-reads everything, if the chosen chat is still open.
   */
  stillOpen: () => boolean;
  /** Ends the session and looks again (messages of another chat were seen in the list). */
  restart: () => void;
}

export interface ConversationGateOptions {
  document: Document;
  /** The page's address now (the Telegram peer lives in its hash). */
  href: () => string;
  /** Ids of the conversations the user chose, for this app. */
  allowed: ReadonlySet<string>;
  signal: AbortSignal;
  setTimer: (callback: () => void, ms: number) => unknown;
  /** The user opened a chosen conversation: record it until `session.signal` aborts (they left it). */
  onEnter: (conversation: OpenConversation, session: GateSession) => void;
  read?: (doc: Document, href: string) => OpenConversation | null;
}

const CHECK_DELAY_MS = 50;

/**
 * Watches which conversation is open in a messaging app (the app swaps the DOM in place and
 * may change only the hash) and runs a recording session only while it is one the user chose.
 * Leaving it aborts the session at once; coming back starts a new one.
 */
export function startConversationGate(options: ConversationGateOptions): { check: () => void } {
  const { document, href, allowed, signal, setTimer } = options;
  const read = options.read ?? readOpenConversation;
  let session: { id: string; controller: AbortController } | null = null;
  let scheduled = false;

  const current = () => {
    try {
      return read(document, href());
    } catch {
      return null;
    }
  };

  function check() {
    scheduled = false;
    if (signal.aborted) return;
    const open = current();
    if (session && open?.id === session.id) return;
    session?.controller.abort();
    session = null;
    if (!open || !allowed.has(open.id)) return;
    const controller = new AbortController();
    const mine = { id: open.id, controller };
    session = mine;
    const restart = () => {
      controller.abort();
      if (session === mine) session = null;
      schedule();
    };
    const stillOpen = () => {
      if (controller.signal.aborted) return false;
      if (current()?.id === open.id) return true;
      restart();
      return false;
    };
    options.onEnter(open, { signal: controller.signal, stillOpen, restart });
  }

  function schedule() {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    setTimer(check, CHECK_DELAY_MS);
  }

  const observer = new MutationObserver(schedule);
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-id', 'data-peer-id', 'title'],
  });
  const view = document.defaultView;
  view?.addEventListener('hashchange', check);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      view?.removeEventListener('hashchange', check);
      session?.controller.abort();
      session = null;
    },
    { once: true },
  );
  check();
  return { check };
}
