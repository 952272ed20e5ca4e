import { describe, expect, it } from 'vitest';
import { chooseSlot, keyerForSlot } from '@/lib/recorder/list-slots';
import type { ReadMessage } from '@/lib/adapters/types';

const message = (text: string, widgetId: string | null = null): ReadMessage => ({
  role: 'agent',
  authorName: null,
  text,
  widgetTimeText: null,
  widgetId,
});

describe('key slots of the lists on one page', () => {
  it('slot 0 keeps plain keys; slot n prefixes list(n+1)', () => {
    const messages = [message('Hello', 'm5')];
    expect(keyerForSlot(0)(messages)).toEqual(['id:m5']);
    expect(keyerForSlot(1)(messages)).toEqual(['list2:id:m5']);
    expect(keyerForSlot(4)(messages)).toEqual(['list5:id:m5']);
  });

  it('takes the free slot where the most messages were delivered as they read now', () => {
    const counts: Record<number, number> = { 0: 1, 1: 3, 2: 0 };
    expect(chooseSlot(new Set(), 1, (slot) => counts[slot] ?? 0)).toBe(1);
    // A slot a list on the page holds is never taken, however well it matches.
    expect(chooseSlot(new Set([1]), 1, (slot) => counts[slot] ?? 0)).toBe(0);
  });

  it('takes the first free slot when nothing matches, and looks one past the highest used', () => {
    const asked: number[] = [];
    expect(
      chooseSlot(new Set([0, 2]), 2, (slot) => {
        asked.push(slot);
        return 0;
      }),
    ).toBe(1);
    expect(asked).toEqual([1, 3]);
    expect(chooseSlot(new Set([0, 1]), 1, () => 0)).toBe(2);
    expect(chooseSlot(new Set(), -1, () => 0)).toBe(0);
  });
});
