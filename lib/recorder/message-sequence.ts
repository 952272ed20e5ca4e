import type { ReadMessage } from '../adapters/types';
import { fingerprint, keyMessages, withUniqueWidgetIds } from './message-keys';

/** Messages of one list remembered for alignment; older ones can no longer come back into view. */
const HISTORY_CAP = 5_000;

interface Seen {
  base: string;
  key: string;
}

const widgetKey = (message: ReadMessage) => (message.widgetId ? `id:${message.widgetId.slice(0, 200)}` : null);
const baseOf = (message: ReadMessage) =>
  widgetKey(message) ?? `${message.role}|${message.authorName ?? ''}|${message.text}`;

/** Length of the run where `bases` from `from` matches `history` from `at`. */
function runLength(history: readonly Seen[], at: number, bases: readonly string[], from: number): number {
  let n = 0;
  while (at + n < history.length && from + n < bases.length && history[at + n]!.base === bases[from + n]) n++;
  return n;
}

/** Index of the first place not before `value` (places ascend). */
function firstAtOrAfter(places: readonly number[], value: number): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (places[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The strongest tie between this read and what was seen: the longest run of messages in the same
 * order (the latest place on a tie). Runs are measured only where they start, so a long overlap
 * costs one pass.
 */
function bestAnchor(
  history: readonly Seen[],
  placesOf: (base: string) => readonly number[],
  bases: readonly string[],
  limit: number,
): { from: number; at: number } | null {
  let best: { from: number; at: number; run: number } | null = null;
  for (let from = 0; from < bases.length; from++) {
    // Nothing can beat a run to the end of this read, or one reaching the newest message seen
    // (the usual case: the read overlaps what was seen, then new messages follow).
    if (best && (best.run >= bases.length - from || best.at + best.run === limit)) break;
    const places = placesOf(bases[from]!);
    for (let k = firstAtOrAfter(places, limit) - 1; k >= 0; k--) {
      const at = places[k]!;
      if (from > 0 && at > 0 && history[at - 1]!.base === bases[from - 1]) continue;
      const run = runLength(history, at, bases, from);
      if (!best || run > best.run) best = { from, at, run };
      if (run >= bases.length - from) break;
    }
  }
  return best && { from: best.from, at: best.at };
}

/**
 * Keys for a list read again and again, where rows without the widget's id may leave the DOM at
 * the top (a virtualised list, a capped read window) or come back (scrolled up, older history
 * loaded), while new ones arrive at the bottom. Each read is aligned with the messages seen
 * before: a message keeps its key however many earlier duplicates have left, and a new one — even
 * with the same text as an earlier one — gets the next occurrence number. The first read gives
 * the same keys as `keyMessages`. What cannot be told apart: a window of identical messages
 * sliding by one (the widget's id is the only cure).
 */
export function createMessageKeyer(): (messages: readonly ReadMessage[]) => string[] {
  let history: Seen[] = [];
  /** Where each base was seen, ascending. */
  let places = new Map<string, number[]>();
  const occurrences = new Map<string, number>();

  const remember = (base: string, key: string) => {
    const at = places.get(base);
    if (at) at.push(history.length);
    else places.set(base, [history.length]);
    history.push({ base, key });
  };

  const fresh = (message: ReadMessage, base: string): string => {
    let key = widgetKey(message);
    if (!key) {
      const occurrence = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, occurrence);
      key = `fp:${fingerprint(base)}:${occurrence}`;
    }
    remember(base, key);
    return key;
  };

  const trim = () => {
    if (history.length <= HISTORY_CAP * 1.2) return;
    const kept = history.slice(-HISTORY_CAP);
    history = [];
    places = new Map();
    for (const seen of kept) remember(seen.base, seen.key);
  };

  return (read) => {
    const messages = withUniqueWidgetIds(read);
    const bases = messages.map(baseOf);
    if (history.length === 0) {
      const keys = keyMessages(messages);
      keys.forEach((key, i) => {
        if (!messages[i]!.widgetId) occurrences.set(bases[i]!, (occurrences.get(bases[i]!) ?? 0) + 1);
        remember(bases[i]!, key);
      });
      return keys;
    }
    // Messages first seen in this read sit at `limit` and beyond: never matched in the same read.
    const limit = history.length;
    const none: readonly number[] = [];
    const placesOf = (base: string) => places.get(base) ?? none;
    const keys: (string | null)[] = messages.map(() => null);
    const tie = bestAnchor(history, placesOf, bases, limit);
    if (tie) {
      // From the tie on, in step with what was seen; before it, backwards (scrolled back up).
      let next = tie.at;
      for (let i = tie.from; i < bases.length; i++) {
        const seen = placesOf(bases[i]!);
        const at = seen[firstAtOrAfter(seen, next)];
        if (at === undefined || at >= limit) continue;
        keys[i] = history[at]!.key;
        next = at + 1;
      }
      let previous = tie.at - 1;
      for (let i = tie.from - 1; i >= 0; i--) {
        const seen = placesOf(bases[i]!);
        const at = seen[firstAtOrAfter(seen, previous + 1) - 1];
        if (at === undefined) continue;
        keys[i] = history[at]!.key;
        previous = at - 1;
      }
    }
    const result = keys.map((key, i) => key ?? fresh(messages[i]!, bases[i]!));
    trim();
    return result;
  };
}
