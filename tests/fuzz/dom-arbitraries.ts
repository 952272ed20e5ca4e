/** Chat-like DOM trees and mutation sequences for the adapter fuzz target. */
import fc from 'fast-check';
import { anyUnit } from './text-arbitraries';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202Egnp.exe',
  '\u200B\u200D\uFEFF',
  'a\u0000b\u0007c\u009F',
  '\uD800 lone high',
  'lone low \uDC00',
  '😀👩‍👩‍👧 שלום مرحبا Привет',
  '10:03',
  '2 min ago',
  'Agent is typing…',
  'Today',
  'You',
  '   ',
  '',
];

/** Message text: words, hostile markup, controls, lone surrogates, times, empty. */
export const messageText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Hello',
      'Thanks',
      'Order 5531209 will arrive by Friday',
      'שלום, הזמנה 7788',
      'Спасибо, заказ 12345',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

export interface RowSpec {
  role: 'agent' | 'customer' | 'system' | 'none';
  name: string | null;
  time: string | null;
  text: string;
  id: string | null;
  hidden: 'no' | 'hidden' | 'display' | 'aria';
  wrap: number;
}

export const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  role: fc.constantFrom('agent' as const, 'customer' as const, 'system' as const, 'none' as const),
  name: fc.option(fc.oneof(fc.constantFrom('Dana', 'Анна', 'דנה', 'Support Bot'), messageText), { nil: null }),
  time: fc.option(fc.constantFrom('10:01', '9:58 AM', '2 min ago', 'yesterday', '25.11.2026 10:00'), {
    nil: null,
    freq: 4,
  }),
  text: messageText,
  id: fc.option(fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6'), { nil: null, freq: 2 }),
  hidden: fc.constantFrom(
    'no' as const,
    'no' as const,
    'no' as const,
    'no' as const,
    'hidden' as const,
    'display' as const,
    'aria' as const,
  ),
  wrap: fc.nat({ max: 2 }),
});

export type ListShape = 'role-log' | 'aria-live' | 'plain-ul' | 'divs';

export interface TreeSpec {
  shape: ListShape;
  rows: RowSpec[];
  /** How many wrappers around the list, and whether it sits in a shadow root (open or closed). */
  depth: number;
  shadow: 'none' | 'open' | 'closed';
}

export const treeSpec: fc.Arbitrary<TreeSpec> = fc.record({
  shape: fc.constantFrom('role-log' as const, 'aria-live' as const, 'plain-ul' as const, 'divs' as const),
  rows: fc.array(rowSpec, { maxLength: 8 }),
  depth: fc.nat({ max: 3 }),
  shadow: fc.constantFrom('none' as const, 'none' as const, 'open' as const, 'closed' as const),
});

export type Step =
  | { op: 'append'; row: RowSpec }
  | { op: 'remove'; at: number }
  | { op: 'edit'; at: number; text: string }
  | { op: 'recycle'; at: number; text: string; id: string | null }
  | { op: 'reorder'; at: number; to: number }
  | { op: 'hide'; at: number }
  | { op: 'rerender' }
  | { op: 'reopen'; at: number }
  | { op: 'nest'; at: number }
  | { op: 'new-list'; tree: TreeSpec }
  | { op: 'settle' };

const at = fc.nat({ max: 40 });
export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('append' as const), row: rowSpec }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), at }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('edit' as const), at, text: messageText }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('recycle' as const),
      at,
      text: messageText,
      id: fc.option(fc.constantFrom('m1', 'm7', 'm8'), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reorder' as const), at, to: at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('hide' as const), at }) },
  { weight: 1, arbitrary: fc.constant({ op: 'rerender' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reopen' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nest' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('new-list' as const), tree: treeSpec }) },
  { weight: 3, arbitrary: fc.constant({ op: 'settle' as const }) },
);
