import { collectRoots } from '../adapters/dom-roots';
import type { AdapterEnvironment, ChatAdapter, ReadMessage } from '../adapters/types';
import type { ObservedMessage } from '../messaging/schemas';
import { MAX_MESSAGE_TEXT, MAX_SHORT_TEXT } from '../schemas/limits';
import { cleanAndCap } from '../text/clean';
import { chooseSlot, keyerForSlot, type ListKeyer } from './list-slots';
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
  /** Which keys the list has (list-slots.ts). */
  slot: number;
  /** The text each key had as read, before cleaning. */
  raw: Map<string, string>;
  keysFor: ListKeyer;
  observer: MutationObserver;
  firstRead: boolean;
  readScheduled: boolean;
}

/** A read that a throwing widget turns into no messages (it is read again once watched). */
function readOrNothing(adapter: ChatAdapter, list: Element): readonly ReadMessage[] {
  try {
    return adapter.readTranscript(list);
  } catch {
    return [];
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
  let highestSlot = -1;
  const observedRoots = new WeakSet<Node>();
  const rootObservers: MutationObserver[] = [];
  let rescanScheduled = false;

  signal.addEventListener(
    'abort',
    () => {
      rootObservers.forEach((observer) => observer.disconnect());
      lists.forEach((watched) => watched.observer.disconnect());
    },
    { once: true },
  );

  function read(list: Element, watched: WatchedList) {
    watched.readScheduled = false;
    // A list taken off the page: its replacement (maybe holding its keys) is read instead.
    if (signal.aborted || !list.isConnected) return;
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
    if (later.length === 0 || readOrNothing(adapter, list).length > 0) return false;
    return later.some((next) =>
      next
        .detect(root, env)
        .some((other) => (other.contains(list) || list.contains(other)) && readOrNothing(next, other).length > 0),
    );
  }

  function insideKnownList(node: Node) {
    for (const list of lists.keys()) if (list.contains(node)) return true;
    return false;
  }

  function onRootMutations(records: MutationRecord[]) {
    if (records.some((record) => record.addedNodes.length > 0 && !insideKnownList(record.target))) scheduleRescan();
  }

  function observe(target: Node, callback: (records: MutationRecord[]) => void): MutationObserver {
    const observer = new MutationObserver(callback);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    return observer;
  }

  /** The slot for a list just found (list-slots.ts), judged by what its messages were delivered as. */
  function slotFor(adapter: ChatAdapter, list: Element): number {
    const taken = new Set([...lists].filter(([other]) => other.isConnected).map(([, watched]) => watched.slot));
    // Nothing delivered yet (the usual first list): no slot can match, so no read is spent.
    const messages = delivered.size > 0 ? readOrNothing(adapter, list) : [];
    const texts = messages.map((message) => cleanAndCap(message.text, MAX_MESSAGE_TEXT).text);
    const slot = chooseSlot(taken, highestSlot, (candidate) => {
      const keys = keyerForSlot(candidate)(messages);
      return keys.filter((key, i) => delivered.get(key) === texts[i]).length;
    });
    highestSlot = Math.max(highestSlot, slot);
    return slot;
  }

  /** Lists taken off the page are let go: a widget opened again is a new list (see slotFor). */
  function forgetDetachedLists() {
    for (const [list, watched] of lists) {
      if (list.isConnected) continue;
      watched.observer.disconnect();
      lists.delete(list);
    }
  }

  function rescan() {
    rescanScheduled = false;
    if (signal.aborted) return;
    forgetDetachedLists();
    for (const root of collectRoots(document, env)) {
      // MutationObserver does not see into shadow roots: watch each one for new lists.
      if (!observedRoots.has(root)) {
        observedRoots.add(root);
        rootObservers.push(observe(root, onRootMutations));
      }
      for (const [index, adapter] of adapters.entries()) {
        for (const list of adapter.detect(root, env)) {
          if (lists.has(list) || overlapsKnownList(list)) continue;
          if (laterAdapterReadsMore(adapter, list, adapters.slice(index + 1), root)) continue;
          const slot = slotFor(adapter, list);
          const watched: WatchedList = {
            adapter,
            slot,
            raw: new Map(),
            keysFor: keyerForSlot(slot),
            observer: observe(list, () => scheduleRead(list, watched)),
            firstRead: true,
            readScheduled: false,
          };
          lists.set(list, watched);
          options.onListFound?.(adapter.id);
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
