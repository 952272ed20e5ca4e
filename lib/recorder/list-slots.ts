import type { ReadMessage } from '../adapters/types';
import { createMessageKeyer } from './message-sequence';

export type ListKeyer = (messages: readonly ReadMessage[]) => string[];

/**
 * Keys of a list in a slot: slot 0 has plain keys, slot n has `list${n + 1}:` before each (the
 * keys a second and third list on the page have had since lists got keys of their own).
 */
export function keyerForSlot(slot: number): ListKeyer {
  const keyer = createMessageKeyer();
  if (slot === 0) return keyer;
  const prefix = `list${slot + 1}:`;
  return (messages) => keyer(messages).map((key) => prefix + key);
}

/**
 * The slot for a list just found. Lists on the page at the same time need slots of their own: the
 * same words (or widget ids) in two widgets are two messages, and an edit in one is no edit of the
 * other. Among the free slots (up to one past the highest ever used) the list takes the one under
 * whose keys most of its messages were already delivered, word for word: the widget it was before
 * it closed or re-rendered, whichever other widgets came and went. A list that matches nowhere
 * takes the first free slot.
 */
export function chooseSlot(
  taken: ReadonlySet<number>,
  highestUsed: number,
  deliveredIn: (slot: number) => number,
): number {
  let best = -1;
  let bestCount = 0;
  for (let slot = 0; slot <= highestUsed + 1; slot++) {
    if (taken.has(slot)) continue;
    const count = deliveredIn(slot);
    if (count > bestCount) {
      best = slot;
      bestCount = count;
    }
  }
  if (best >= 0) return best;
  let slot = 0;
  while (taken.has(slot)) slot++;
  return slot;
}
