import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/integrity/canonical-json';

function outcome(serialise: (value: unknown) => string | undefined, value: unknown): unknown {
  try {
    return { text: serialise(value) };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const circular: Record<string, unknown> = { a: 1 };
circular.self = circular;
const shared = { x: 1 };
// eslint-disable-next-line no-sparse-arrays
const sparse = [, 1, , 2];
let deep: unknown = 'bottom';
for (let i = 0; i < 2_000; i++) deep = i % 2 ? [deep] : { k: deep };

/** Each edge case the brief names, against the oracle; the fuzz targets cover the rest. */
const cases: [string, unknown][] = [
  ['-0', -0],
  ['-0 inside', { a: [-0, 0] }],
  ['large and small exponents', [1e21, 1e20, 1e-7, 1e-6, 5e-324, Number.MAX_VALUE, -1.5e300, 123456789012345680000]],
  ['NaN', { a: NaN }],
  ['Infinity', [Infinity]],
  ['-Infinity', -Infinity],
  ['escapes', '"\\\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029</script>é😀'],
  ['lone high surrogate', 'a\uD800b'],
  ['lone low surrogate', '\uDC00'],
  ['lone surrogate in a key', { '\uD800': 1 }],
  ['UTF-16 key order', { '\uFFFF': 1, '\u{1F600}': 2, é: 3, z: 4, A: 5, '10': 6, '9': 7, '': 8 }],
  ['undefined, symbol and function values', { a: undefined, b: Symbol('s'), c: () => 1, d: 1 }],
  ['undefined, symbol and function items', [undefined, Symbol('s'), () => 1, 1]],
  ['holes', sparse],
  ['toJSON', { at: new Date(0), custom: { toJSON: () => ({ b: 1, a: [2] }) } }],
  ['boxed values', [Object(1), Object('s'), Object(true)]],
  ['bigint', { n: 1n }],
  ['circular', circular],
  ['shared, not circular', [shared, shared, { shared }]],
  ['undefined alone', undefined],
  ['deep nesting', deep],
];

describe('canonicalJson on edge cases', () => {
  it.each(cases)('%s: the text or error canonicalize gives', (_, value) => {
    expect(outcome(canonicalJson, value)).toEqual(outcome(canonicalize, value));
  });

  it('orders keys by UTF-16 code units and writes numbers as JCS does', () => {
    expect(canonicalJson({ '\uFFFF': 1, '\u{1F600}': -0, b: 1e21, a: 1e-7 })).toBe(
      '{"a":1e-7,"b":1e+21,"\u{1F600}":0,"\uFFFF":1}',
    );
  });
});
