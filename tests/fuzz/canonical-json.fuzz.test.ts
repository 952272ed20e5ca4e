import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/integrity/canonical-json';
import { canonicalEventText, EVENT_HASH_VERSION } from '@/lib/integrity/chain';
import type { JsonValue } from '@/lib/schemas/common';
import { caseEventTypeSchema, type HashedEvent } from '@/lib/schemas/event';
import { fuzz, timeoutFor } from './harness';

/** The text, or the error's kind and message: both must be what `canonicalize` (the oracle) gives. */
function outcome(serialise: (value: unknown) => string | undefined, value: unknown): unknown {
  try {
    return { text: serialise(value) };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

function sameAsCanonicalize(value: unknown): void {
  expect(outcome(canonicalJson, value)).toEqual(outcome(canonicalize, value));
}

/** Keys whose UTF-16 order differs from code-point and locale order, astral and lone halves among them. */
const trickyKey = fc.constantFrom(
  '',
  'a',
  'B',
  'é',
  'e\u0301',
  '\u00e9',
  '10',
  '2',
  '\uFFFF',
  '\uE000',
  '\u{10000}',
  '\u{1F600}',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '"\\',
  'א',
  'я',
);
const key = fc.oneof(
  trickyKey,
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

/** Every number kind: -0, NaN, ±Infinity, subnormals, exponents at both ends, integers near 2^53. */
const number = fc.oneof(
  fc.double(),
  fc.constantFrom(
    -0,
    0,
    NaN,
    Infinity,
    -Infinity,
    1e21,
    1e-7,
    1e-6,
    123e-20,
    5e-324,
    Number.MAX_VALUE,
    2 ** 53,
    -(2 ** 53) - 2,
    0.1 + 0.2,
  ),
  fc.integer(),
);

/** Any value `canonicalize` may meet, JSON or not: holes, undefined, symbols, functions, Dates, boxed numbers, bigints. */
const anything = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    number,
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(null, true, false, undefined, Symbol('s'), () => 1),
    fc.date({ noInvalidDate: true }),
    number.map((n) => Object(n) as unknown),
    fc.bigInt(),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.sparseArray(tie('value'), { maxLength: 5 }),
    fc.dictionary(key, tie('value'), { maxKeys: 6 }),
  ),
})).value;

const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
const event: fc.Arbitrary<HashedEvent> = fc.record({
  caseId: fc.string({ unit: 'grapheme', maxLength: 30 }),
  seq: fc.nat(),
  at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  type: fc.constantFrom(...caseEventTypeSchema.options),
  payload: fc.dictionary(key, fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>, { maxKeys: 6 }),
  blobs: fc.array(fc.record({ itemId: fc.string({ maxLength: 30 }), sha256: hex, size: fc.nat() }), { maxLength: 3 }),
  prevHash: fc.option(hex),
});

describe('canonicalJson: the text canonicalize gives, for every input', () => {
  it(
    'on JSON values',
    () => {
      fuzz(
        'canonical-json/json',
        fc.property(fc.jsonValue(), (value) => {
          sameAsCanonicalize(value);
        }),
      );
    },
    timeoutFor(2),
  );

  it(
    'on any value, tricky keys and numbers included (same text, or the same error)',
    () => {
      fuzz(
        'canonical-json/any',
        fc.property(anything, (value) => {
          sameAsCanonicalize(value);
        }),
      );
    },
    timeoutFor(2),
  );

  it(
    'on events: the hashed text',
    () => {
      fuzz(
        'canonical-json/event',
        fc.property(event, (e) => {
          const hashed = { v: EVENT_HASH_VERSION, ...e };
          expect(outcome(() => canonicalEventText(e), null)).toEqual(outcome(canonicalize, hashed));
        }),
      );
    },
    timeoutFor(2),
  );
});
