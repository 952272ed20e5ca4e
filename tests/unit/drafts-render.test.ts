import { describe, expect, it } from 'vitest';
import { buildDraftContext, type DraftContext } from '@/lib/drafts/context';
import { MAX_VALUE_LENGTH, plainValue } from '@/lib/drafts/plain-value';
import { citationsFor, renderDraft } from '@/lib/drafts/render';
import { SCENARIO_IDS } from '@/lib/drafts/scenarios';
import { TEMPLATES } from '@/lib/drafts/templates';
import { draftInput } from '../fixtures/drafts/case';

const base = () => buildDraftContext(draftInput());

describe('renderDraft', () => {
  it('a missing slot is a visible, localized blank reported with its UTF-16 span', () => {
    const context: DraftContext = { ...base(), orderNumber: null, amount: null };
    for (const locale of ['en', 'he', 'ru'] as const) {
      const { text, blanks } = renderDraft({ scenario: 'refund', locale, length: 'short', form: 'feminine', context });
      const order = blanks.find((b) => b.slot === 'orderNumber');
      expect(order, locale).toBeDefined();
      expect(text.slice(order!.start, order!.end)).toBe(TEMPLATES[locale].blanks.orderNumber);
      // The amount sits in an optional part: dropped, not blank, not invented.
      expect(blanks.some((b) => b.slot === 'amount')).toBe(false);
      expect(text).not.toContain('449');
    }
    const en = renderDraft({ scenario: 'refund', locale: 'en', length: 'short', form: 'neutral', context });
    expect(en.text).toBe(
      'Hello. I am requesting a full refund for order [order number]. Please confirm the refund by 9 December 2026. If it is not confirmed by then, I will send a formal written complaint.',
    );
  });

  it('blank offsets stay right after astral characters and a dropped full stop', () => {
    const context: DraftContext = { ...base(), company: '🎧 Sound𝄞Hub', purchaseDate: null };
    const { text, blanks } = renderDraft({
      scenario: 'chargeback',
      locale: 'ru',
      length: 'long',
      form: 'neutral',
      context,
    });
    expect(blanks.map((b) => b.slot)).toEqual(['bank', 'purchaseDate', 'senderName']);
    for (const b of blanks) expect(text.slice(b.start, b.end)).toBe(TEMPLATES.ru.blanks[b.slot]);
  });

  it('hostile case text becomes plain, bounded text', () => {
    const huge = 'A'.repeat(100_000);
    const context: DraftContext = {
      ...base(),
      company: `<b onclick="x()">Evil</b>\u202EdliuG\u202C Corp<script>alert(1)</script>\u0000\u0007`,
      orderNumber: huge,
      promise: { text: `<img src=x onerror=alert(1)>refund\u2066 now\u2069\n\n\nplease`, madeAt: null, due: null },
    };
    const { text } = renderDraft({
      scenario: 'formal-complaint',
      locale: 'en',
      length: 'long',
      form: 'neutral',
      context,
    });
    expect(text).not.toMatch(/[<>\u202A-\u202E\u2066-\u2069]/);
    expect(text).not.toContain('\u0000');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('Evil dliuG Corp alert(1)');
    expect(text.length).toBeLessThan(3_000);
    expect(text).toContain(`${'A'.repeat(MAX_VALUE_LENGTH - 1)}…`);
    expect(text).not.toContain('A'.repeat(MAX_VALUE_LENGTH + 1));
  });

  it('every draft stays plain and bounded when every text slot is hostile', () => {
    const hostile = `<a href="javascript:x()">\u202E${'ז'.repeat(100_000)}</a>\u2066`;
    const context: DraftContext = {
      ...base(),
      company: hostile,
      orderNumber: hostile,
      ticketNumber: hostile,
      trackingNumber: hostile,
      rep: { name: hostile, at: null },
      promise: { text: hostile, madeAt: null, due: null },
      amount: hostile,
      details: hostile,
      senderName: hostile,
      bank: hostile,
    };
    for (const scenario of SCENARIO_IDS) {
      for (const locale of ['en', 'he', 'ru'] as const) {
        for (const length of ['short', 'long'] as const) {
          const { text } = renderDraft({ scenario, locale, length, form: 'neutral', context });
          const name = `${locale}/${scenario}/${length}`;
          expect(text.length, name).toBeLessThan(6_000);
          expect(text, name).not.toMatch(/[<>\u202A-\u202E\u2066-\u2069]|javascript/);
        }
      }
    }
  });

  it('cites only rules of the scenario (and of the remedy wanted, for whole-case letters)', () => {
    const context = base();
    expect(citationsFor('chargeback', context)).toEqual([
      'Payment Services Law 5779-2019, s.17 (in force 14 Oct 2020)',
    ]);
    expect(citationsFor('demand-letter', context)[0]).toBe('Consumer Protection Law 5741-1981, s.31A');
    expect(citationsFor('broken-promise', context)).toEqual([]);
    expect(citationsFor('refund', context)).not.toContain(
      'Consumer Protection (Cancellation of Transaction) Regulations 5771-2010, regs 2-6',
    );
    expect(citationsFor('formal-complaint', { ...context, remedy: null })).toEqual([]);
  });

  it('a remedy the user would accept instead is left out when it is the remedy wanted', () => {
    const context: DraftContext = { ...base(), remedy: 'refund', fallback: 'refund' };
    const { text } = renderDraft({ scenario: 'refund', locale: 'en', length: 'long', form: 'neutral', context });
    expect(text).not.toContain('As an alternative');
  });
});

describe('plainValue', () => {
  it.each([
    ['<p>Hello <i>there</i></p>', 'Hello there'],
    ['a\u202Eb\u2067c\u2069', 'abc'],
    ['  line\n\tbreaks  ', 'line breaks'],
    ['<!-- hidden -->shown', 'shown'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    // A quoted attribute value holding markup belongs to its tag; a tag left open loses its "<".
    ['<iframe srcdoc="<script>x()</script>"></iframe>ok', 'ok'],
    [`<p title='a>b'>hi</p>`, 'hi'],
    [
      'Refund <img src=x onerror="y()" alt="<p title=" for A-1',
      'Refund img src=x onerror="y()" alt="p title=" for A-1',
    ],
    ['<noscript><p title="</noscript><img src=x onerror=y()>"></noscript>', ''],
    ['<!doctype html><?xml?></', '!doctype html>?xml?>/'],
    // Found by fuzzing: removing one "<" must not leave another in front of a letter.
    ['<<A-1', 'A-1'],
    ['x <<<script', 'x script'],
  ])('%j → %j', (input, output) => {
    expect(plainValue(input)).toBe(output);
  });

  it('cuts long values with an ellipsis, never through a surrogate pair', () => {
    const value = `${'a'.repeat(9)}😀😀`;
    expect(plainValue(value, 10)).toBe(`${'a'.repeat(9)}…`);
    expect(plainValue('b'.repeat(1_000_000), 50)).toBe(`${'b'.repeat(50)}…`);
  });
});
