import { collectRoots } from '../adapters/dom-roots';
import type { AdapterEnvironment, ChatAdapter, ReadMessage } from '../adapters/types';
import type { ObservedMessage } from '../messaging/schemas';
import { MAX_MESSAGE_TEXT, MAX_SHORT_TEXT } from '../schemas/limits';
import { cleanAndCap } from '../text/clean';
import { createMessageKeyer } from './message-sequence';
import type { Outbox } from './outbox';

export interface RecorderOptions {
  document: Document;
  env: AdapterEnvironment;
  adapters: readonly ChatAdapter[];
  outbox: Pick<Outbox, 'add'>;
  signal: AbortSignal;
  now: () => number;
  setTimer: (callback: () => void, ms: number) => unknown;
  /** Called with the adapter in use whenever a new message list is found. */
  onListFound?: (adapterId: string) => void;
}

const READ_DELAY_MS = 150;
const RESCAN_DELAY_MS = 500;

const shortText = (text: string | null) => (text === null ? null : cleanAndCap(text, MAX_SHORT_TEXT).text);

interface WatchedList {
  adapter: ChatAdapter;
  /** Which key prefix the list has: 0 plain, n `list${n + 1}:`. */
  slot: number;
  /** The text each key had as read, before cleaning. */
  raw: Map<string, string>;
  keysFor: (messages: readonly ReadMessage[]) => string[];
  firstRead: boolean;
  readScheduled: boolean;
}

function readCount(adapter: ChatAdapter, list: Element): number {
  try {
    return adapter.readTranscript(list).length;
  } catch {
    return 0;
  }
}

/**
 * Finds message lists (in the document and in shadow roots, including ones attached later),
 * reads them when they change and hands new or edited messages to the outbox. Everything is
 * batched behind short timers, so a page that mutates thousands of times a second costs one
 * read per interval; everything stops when `signal` aborts.
 */
export interface Recorder {
  rescan: () => void;
  /**
   * Puts text into the chat box of the newest list still on the page, through its adapter (never
   * sends); false when no list here has a chat box.
   */
  insertDraft: (text: string) => boolean;
}

export function startRecorder(options: RecorderOptions): Recorder {
  const { document, env, adapters, outbox, signal, now, setTimer } = options;
  const lists = new Map<Element, WatchedList>();
  // The text last handed over for each key, across lists: a widget that re-renders its whole
  // container (a new list element, the same keys) sends only what changed.
  const delivered = new Map<string, string>();
  const observedRoots = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  let rescanScheduled = false;

  signal.addEventListener('abort', () => observers.forEach((observer) => observer.disconnect()), { once: true });

  function read(list: Element, watched: WatchedList) {
    watched.readScheduled = false;
    if (signal.aborted) return;
    let messages;
    try {
      messages = watched.adapter.readTranscript(list);
    } catch {
      return;
    }
    const keys = watched.keysFor(messages);
    const fresh: ObservedMessage[] = [];
    messages.forEach((message, index) => {
      const key = keys[index]!;
      // The same text as last read (usually the very same string): nothing to clean or compare.
      if (watched.raw.get(key) === message.text) return;
      watched.raw.set(key, message.text);
      const { text, truncated } = cleanAndCap(message.text, MAX_MESSAGE_TEXT);
      if (delivered.get(key) === text) return;
      delivered.set(key, text);
      fresh.push({
        key,
        role: message.role,
        authorName: shortText(message.authorName),
        text,
        truncated,
        widgetTimeText: shortText(message.widgetTimeText),
        fromHistory: watched.firstRead,
        seenAt: now(),
      });
    });
    watched.firstRead = false;
    if (fresh.length > 0) outbox.add(fresh);
  }

  function scheduleRead(list: Element, watched: WatchedList) {
    if (watched.readScheduled) return;
    watched.readScheduled = true;
    setTimer(() => read(list, watched), READ_DELAY_MS);
  }

  /** A list already watched, inside it or around it: taking it again would record it twice. */
  function overlapsKnownList(element: Element) {
    for (const list of lists.keys()) if (list.contains(element) || element.contains(list)) return true;
    return false;
  }

  /**
   * A vendor reader whose markers match a widget it does not really know (a look-alike hook such
   * as `data-qa="message-list"`) reads nothing there; a later adapter that reads messages from the
   * same list (or one inside or around it) takes it instead. An empty list stays with its reader.
   */
  function laterAdapterReadsMore(
    adapter: ChatAdapter,
    list: Element,
    later: readonly ChatAdapter[],
    root: Document | ShadowRoot,
  ): boolean {
    if (later.length === 0 || readCount(adapter, list) > 0) return false;
    return later.some((next) =>
      next
        .detect(root, env)
        .some((other) => (other.contains(list) || list.contains(other)) && readCount(next, other) > 0),
    );
  }

  function insideKnownList(node: Node) {
    for (const list of lists.keys()) if (list.contains(node)) return true;
    return false;
  }

  function onRootMutations(records: MutationRecord[]) {
    if (records.some((record) => record.addedNodes.length > 0 && !insideKnownList(record.target))) scheduleRescan();
  }

  function observe(target: Node, callback: (records: MutationRecord[]) => void) {
    const observer = new MutationObserver(callback);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  }

  /**
   * Keys for a newly found list. Lists on the page at the same time get keys of their own: the same
   * words in two widgets are two messages, and an edit in one must not be stored as an edit of the
   * other. A new list takes the first prefix no list on the page holds, so a widget closed and
   * opened again (a new list element) gets back the keys it had, also beside another widget.
   */
  function keysForNewList(): Pick<WatchedList, 'slot' | 'keysFor'> {
    const keyer = createMessageKeyer();
    const taken = new Set([...lists].filter(([list]) => list.isConnected).map(([, watched]) => watched.slot));
    let slot = 0;
    while (taken.has(slot)) slot++;
    if (slot === 0) return { slot, keysFor: keyer };
    const prefix = `list${slot + 1}:`;
    return { slot, keysFor: (messages) => keyer(messages).map((key) => prefix + key) };
  }

  function rescan() {
    rescanScheduled = false;
    if (signal.aborted) return;
    for (const root of collectRoots(document, env)) {
      // MutationObserver does not see into shadow roots: watch each one for new lists.
      if (!observedRoots.has(root)) {
        observedRoots.add(root);
        observe(root, onRootMutations);
      }
      for (const [index, adapter] of adapters.entries()) {
        for (const list of adapter.detect(root, env)) {
          if (lists.has(list) || overlapsKnownList(list)) continue;
          if (laterAdapterReadsMore(adapter, list, adapters.slice(index + 1), root)) continue;
          const watched: WatchedList = {
            adapter,
            raw: new Map(),
            ...keysForNewList(),
            firstRead: true,
            readScheduled: false,
          };
          lists.set(list, watched);
          options.onListFound?.(adapter.id);
          observe(list, () => scheduleRead(list, watched));
          read(list, watched);
        }
      }
    }
  }

  function scheduleRescan() {
    if (rescanScheduled || signal.aborted) return;
    rescanScheduled = true;
    setTimer(rescan, RESCAN_DELAY_MS);
  }

  rescan();
  function insertDraft(text: string): boolean {
    if (signal.aborted) return false;
    for (const [list, watched] of [...lists].reverse()) {
      if (!list.isConnected) continue;
      try {
        if (watched.adapter.insertDraft(list, text)) return true;
      } catch {
        // A widget that throws while we fill its box: try the next list, else report no box.
      }
    }
    return false;
  }

  return { rescan, insertDraft };
}
