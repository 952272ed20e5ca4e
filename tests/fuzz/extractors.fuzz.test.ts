import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractFacts,
  normaliseAmount,
  normaliseOrderNumber,
  normaliseTrackingNumber,
  currencyCode,
  type ExtractedFact,
  type ExtractOptions,
} from '@/lib/extract';
import { collapseSpaces } from '@/lib/extract/text';
import { deadlineSchema, factKindSchema } from '@/lib/schemas/fact';
import { createTally, fuzz, timeoutFor } from './harness';
import { fuzzText, nearMissText } from './text-arbitraries';

const options: fc.Arbitrary<ExtractOptions> = fc.record(
  {
    locale: fc.constantFrom('en-US', 'en-GB', 'he', 'ru-RU', 'xx', '', 'en-US-u-ca-hebrew'),
    dateOrder: fc.constantFrom('dmy' as const, 'mdy' as const),
    referenceDate: fc.constantFrom('2026-11-22', '2024-02-29', '1999-12-31', 'not a date', '2026-13-45'),
  },
  { requiredKeys: [] },
);

const SEPARATORS = /[ \u00A0\u202F]/g;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset that falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

function validCalendarDate(value: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = m[1] === '-' ? 2024 : Number(m[1]); // a leap year: "--02-29" is a date without a year
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What the span holds must be what the fact says, kind by kind (see ExtractedFact.value). */
function spanProblem(text: string, fact: ExtractedFact, options: ExtractOptions): string | null {
  const span = text.slice(fact.start, fact.end);
  switch (fact.kind) {
    case 'order-number':
    case 'ticket-number':
      if (!/^[A-Za-z0-9]+(?:[-‐‑–][A-Za-z0-9]+)*$/.test(span)) return `identifier span "${span}"`;
      return fact.value === normaliseOrderNumber(span) ? null : `identifier value ≠ span "${span}"`;
    case 'tracking-number':
      if (!/^[0-9A-Z]{8,40}$/.test(fact.value)) return `tracking value "${fact.value}" is not [0-9A-Z]`;
      return fact.value === normaliseTrackingNumber(span) ? null : `tracking value ≠ span "${span}"`;
    case 'amount': {
      // The number runs from the first digit to the last; the rest, trimmed, is the currency.
      const first = span.search(/\d/);
      const last = span.length - 1 - [...span].reverse().join('').search(/\d/);
      if (first < 0) return `amount span without digits "${span}"`;
      const number = span.slice(first, last + 1);
      const currency = (span.slice(0, first) + span.slice(last + 1)).replace(SEPARATORS, '');
      const want = `${normaliseAmount(number)} ${currencyCode(currency)}`;
      return fact.value === want ? null : `amount "${fact.value}" but span "${span}" reads "${want}"`;
    }
    case 'date': {
      if (!validCalendarDate(fact.value)) return `date value "${fact.value}" is not a calendar date`;
      const runs = (span.match(/\d+/g) ?? []).map(Number);
      const [, year, , day] = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(fact.value)!;
      if (!runs.includes(Number(day))) return `date "${fact.value}": day not in span "${span}"`;
      const yearWritten = runs.some((n) => n > 31 || /\d{4}/.test(span));
      if (options.referenceDate === undefined && year !== '-' && yearWritten) {
        if (!runs.includes(Number(year)) && !runs.includes(Number(year) % 100)) return `date year not in "${span}"`;
      }
      return null;
    }
    case 'rep-name':
      return fact.value === span ? null : `name "${fact.value}" ≠ span "${span}"`;
    case 'promise':
      if (fact.value !== collapseSpaces(span).slice(0, 200)) return `promise value ≠ span "${span}"`;
      return deadlineSchema.safeParse(fact.deadline).success
        ? null
        : `promise deadline ${JSON.stringify(fact.deadline)}`;
  }
}

const EXCLUSIVE = new Set(['order-number', 'ticket-number', 'tracking-number', 'amount', 'date']);

/** Every invariant of one extraction; the first broken one, or null. */
export function extractionProblem(text: string, opts: ExtractOptions, facts: readonly ExtractedFact[]): string | null {
  let previousStart = -1;
  for (const fact of facts) {
    if (!factKindSchema.safeParse(fact.kind).success) return `unknown kind ${fact.kind}`;
    if (!Number.isInteger(fact.start) || !Number.isInteger(fact.end)) return 'span not integer';
    if (!(fact.start >= 0 && fact.start < fact.end && fact.end <= text.length))
      return `span ${fact.start}-${fact.end} outside`;
    if (splitsPair(text, fact.start) || splitsPair(text, fact.end))
      return `span ${fact.start}-${fact.end} splits a surrogate pair`;
    if (!(fact.confidence >= 0 && fact.confidence <= 1)) return `confidence ${fact.confidence}`;
    if (fact.value.length === 0) return 'empty value';
    if (fact.start < previousStart) return 'not sorted by start';
    previousStart = fact.start;
    const problem = spanProblem(text, fact, opts);
    if (problem) return `${fact.kind}: ${problem}`;
  }
  for (const group of [(f: ExtractedFact) => EXCLUSIVE.has(f.kind), (f: ExtractedFact) => f.kind === 'rep-name']) {
    const members = facts.filter(group);
    for (let i = 1; i < members.length; i++) {
      if (members[i]!.start < members[i - 1]!.end) return `overlapping ${members[i - 1]!.kind} and ${members[i]!.kind}`;
    }
  }
  return null;
}

describe('fuzz: extractors', () => {
  it(
    'never throw; every span lies in the text and holds what its fact says; deterministic',
    () => {
      const tally = createTally();
      fuzz(
        'extractors',
        fc.property(fuzzText, options, nearMissText, (text, opts, other) => {
          const facts = extractFacts(text, opts);
          for (const fact of facts) tally.add(`${fact.kind} facts`);
          if (facts.length === 0) tally.add('texts without facts');
          expect(extractionProblem(text, opts, facts)).toBeNull();
          // Regexes with lastIndex are module state: another text in between must change nothing.
          extractFacts(other, opts);
          expect(extractFacts(text, opts)).toEqual(facts);
        }),
      );
      tally.print('extractors');
    },
    timeoutFor(5),
  );

  it('the invariants catch a fact whose span does not hold its value', () => {
    const text = 'Your order #AB-12345 will arrive';
    const [fact] = extractFacts(text);
    expect(fact).toMatchObject({ kind: 'order-number', value: 'AB-12345' });
    expect(extractionProblem(text, {}, [fact!])).toBeNull();
    expect(extractionProblem(text, {}, [{ ...fact!, start: fact!.start + 1 }])).toMatch(/identifier/);
    expect(extractionProblem(text, {}, [{ ...fact!, end: text.length + 1 }])).toMatch(/outside/);
  });
});
