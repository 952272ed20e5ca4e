import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftContext, GrammaticalForm } from '@/lib/drafts/context';
import { renderDraft } from '@/lib/drafts/render';
import { SCENARIO_IDS } from '@/lib/drafts/scenarios';
import type { DraftLength } from '@/lib/drafts/templates';
import { checkTone } from '@/lib/drafts/tone';
import { toneResultSchema } from '@/lib/drafts/tone/types';
import type { Locale } from '@/lib/schemas/common';
import { emptyContext } from '../fixtures/drafts/case';
import { fuzz, timeoutFor } from './harness';

/** Any string, biased to what pages put in case data: markup, bidi controls, surrogates, long runs. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '"',
        "'",
        '&',
        '\u202e',
        '\u2066',
        '\u200b',
        '\u0000',
        '\ud800',
        '=',
        '{',
        '}',
        '[',
        ']',
        'A-1',
        'דנה',
        'Ольга',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
  fc.nat({ max: 50_000 }).map((n) => 'x'.repeat(n)),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const contextArb: fc.Arbitrary<DraftContext> = fc
  .record({
    company: maybe(hostileText),
    orderNumber: maybe(hostileText),
    ticketNumber: maybe(hostileText),
    trackingNumber: maybe(hostileText),
    amount: maybe(hostileText),
    details: maybe(hostileText),
    senderName: maybe(hostileText),
    bank: maybe(hostileText),
    repName: maybe(hostileText),
    promise: maybe(hostileText),
  })
  .map((v) => ({
    ...emptyContext(),
    company: v.company,
    orderNumber: v.orderNumber,
    ticketNumber: v.ticketNumber,
    trackingNumber: v.trackingNumber,
    amount: v.amount,
    details: v.details,
    senderName: v.senderName,
    bank: v.bank,
    rep: v.repName === null ? null : { name: v.repName, at: null },
    promise: v.promise === null ? null : { text: v.promise, madeAt: null, due: null },
  }));

/** Control characters (but tab and line breaks), bidi overrides and isolates, lone surrogates. */
const FORBIDDEN = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u202a-\\u202e\\u2066-\\u2069]' +
    '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
);

describe('fuzz: the draft renderer on any case data', () => {
  it(
    'renders plain, bounded text with blanks inside it, in every scenario, language, length and form',
    () => {
      fuzz(
        'draft-renderer',
        fc.property(
          contextArb,
          fc.constantFrom(...SCENARIO_IDS),
          fc.constantFrom<Locale>('en', 'he', 'ru'),
          fc.constantFrom<DraftLength>('short', 'long'),
          fc.constantFrom<GrammaticalForm>('masculine', 'feminine', 'neutral'),
          (context, scenario, locale, length, form) => {
            const { text, blanks } = renderDraft({ scenario, locale, length, form, context });
            expect(text).not.toMatch(FORBIDDEN);
            // Nothing an HTML parser would start a tag on.
            expect(text).not.toMatch(/<[a-zA-Z!/?]/);
            expect(text.length).toBeLessThan(6_000);
            for (const blank of blanks) {
              expect(blank.start).toBeGreaterThanOrEqual(0);
              expect(blank.end).toBeLessThanOrEqual(text.length);
              expect(blank.end).toBeGreaterThan(blank.start);
            }
          },
        ),
      );
    },
    timeoutFor(5),
  );
});

describe('fuzz: the tone check on any text', () => {
  it(
    'never throws, gives a valid result, and every finding lies inside the text',
    () => {
      fuzz(
        'tone-check',
        fc.property(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 400 }),
            fc.string({ unit: 'binary', maxLength: 400 }),
            fc
              .array(
                fc.constantFrom(
                  'YOU',
                  'idiot',
                  '!!!',
                  'please refund',
                  'by 9 December',
                  'сука',
                  'блять',
                  'מבקש',
                  'אידיוט',
                  'sorry',
                  'maybe',
                  ' ',
                  '\n',
                  'ה',
                  'ו',
                ),
                { maxLength: 60 },
              )
              .map((words) => words.join(' ')),
          ),
          fc.option(fc.constantFrom<Locale>('en', 'he', 'ru'), { nil: undefined }),
          (text, locale) => {
            const result = checkTone(text, locale ? { locale } : {});
            expect(toneResultSchema.safeParse(result).success).toBe(true);
            for (const finding of result.findings) {
              expect(finding.start).toBeGreaterThanOrEqual(0);
              expect(finding.end).toBeGreaterThanOrEqual(finding.start);
              expect(finding.end).toBeLessThanOrEqual(text.length);
            }
            expect(checkTone(text, locale ? { locale } : {})).toEqual(result);
          },
        ),
      );
    },
    timeoutFor(5),
  );
});
