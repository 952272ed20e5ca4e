import { describe, expect, it } from 'vitest';
import type { ReadMessage } from '@/lib/adapters/types';
import { keyMessages } from '@/lib/recorder/message-keys';
import { createMessageKeyer } from '@/lib/recorder/message-sequence';

const row = (widgetId: string | null, text: string): ReadMessage => ({
  widgetId,
  role: 'agent',
  authorName: null,
  text,
  widgetTimeText: null,
});

describe('keys when a page repeats a widget id within one list', () => {
  const read = [row('m1', 'Hello'), row('m1', 'Your refund is approved'), row('m2', 'Bye')];

  it('keyMessages: a repeated id is no id, so the two rows stay two messages; a unique id is kept', () => {
    const keys = keyMessages(read);
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe('id:m2');
  });

  it('the recorder keyer: distinct keys on the first read and on later reads', () => {
    const keysFor = createMessageKeyer();
    expect(new Set(keysFor(read)).size).toBe(3);
    const later = keysFor([...read, row('m1', 'A third row with the same id')]);
    expect(new Set(later).size).toBe(4);
  });

  it('ids equal in their first 200 characters count as repeated (the key keeps 200)', () => {
    const long = 'x'.repeat(200);
    expect(new Set(keyMessages([row(`${long}a`, 'one'), row(`${long}b`, 'two')])).size).toBe(2);
  });
});
