import { describe, expect, it } from 'vitest';
import {
  RIGHTS_RULES,
  RightsDataError,
  ruleById,
  rulesByTopic,
  rulesFor,
  searchRules,
  validateRules,
} from '@/lib/rights/dataset';
import { displayRule, isShownAsFact, ruleSchema, rightsTopicSchema, type RightsRuleInput } from '@/lib/rights/rule';
import { jurisdictionSchema } from '@/lib/schemas/common';

const HEBREW = /[\u05d0-\u05ea]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** A well-formed rule to break in the controls. */
const good: RightsRuleInput = {
  id: 'il.test.control',
  jurisdiction: 'IL',
  topic: 'cancel-distance',
  summary: { en: 'A test rule.', he: 'כלל לבדיקה.', ru: 'Проверочное правило.' },
  periods: { withdrawal: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'delivery' } },
  exceptions: [],
  citation: 'Test Law, s.1',
  lastChecked: '2026-11-22',
  status: 'verified',
  basis: 'law-text',
};

describe('rights dataset', () => {
  it('holds at least 40 rules, every one valid against the schema', () => {
    expect(RIGHTS_RULES.length).toBeGreaterThanOrEqual(40);
    for (const rule of RIGHTS_RULES) expect(ruleSchema.safeParse(rule).success, rule.id).toBe(true);
  });

  it('covers all six jurisdictions', () => {
    for (const jurisdiction of jurisdictionSchema.options) {
      expect(rulesFor(jurisdiction).length, jurisdiction).toBeGreaterThanOrEqual(5);
    }
  });

  it('has escalation rules in every jurisdiction, and every topic somewhere', () => {
    for (const jurisdiction of jurisdictionSchema.options) {
      expect(
        rulesFor(jurisdiction).some((r) => r.topic === 'escalation'),
        jurisdiction,
      ).toBe(true);
    }
    for (const topic of rightsTopicSchema.options) expect(rulesByTopic(topic).length, topic).toBeGreaterThan(0);
  });

  it('gives every text in English, Hebrew and Russian, in the right script', () => {
    for (const rule of RIGHTS_RULES) {
      const texts = [rule.summary, ...rule.exceptions, ...(rule.varies ? [rule.varies] : [])];
      for (const text of texts) {
        expect(text.en.trim(), rule.id).not.toBe('');
        expect(text.en, rule.id).not.toMatch(HEBREW);
        expect(text.he, rule.id).toMatch(HEBREW);
        expect(text.ru, rule.id).toMatch(CYRILLIC);
      }
    }
  });

  it('has unique ids that start with the jurisdiction', () => {
    const ids = RIGHTS_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RIGHTS_RULES) expect(rule.id.startsWith(`${rule.jurisdiction.toLowerCase()}.`)).toBe(true);
  });

  it('cites every rule and dates its check', () => {
    for (const rule of RIGHTS_RULES) {
      expect(rule.citation.length, rule.id).toBeGreaterThan(3);
      expect(rule.lastChecked, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('links only to https addresses', () => {
    const linked = RIGHTS_RULES.filter((r) => r.source !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    for (const rule of linked) expect(new URL(rule.source!).protocol, rule.id).toBe('https:');
  });

  it('marks the facts the research left unverified, and never shows them as fact', () => {
    const unverified = [
      'il.escalate.small-claims', // current limit not confirmed
      'eu.card.merchant-dispute',
      'us.card.fraud-cap',
      'us.escalate.small-claims',
      'ru.defect.repair-time',
      'ua.cancel.distance',
    ];
    for (const id of unverified) {
      const rule = ruleById(id);
      expect(rule, id).toBeDefined();
      expect(rule!.status, id).toBe('unverified');
      expect(isShownAsFact(rule!), id).toBe(false);
      expect(displayRule(rule!, 'he').shownAsFact, id).toBe(false);
    }
    for (const rule of RIGHTS_RULES) expect(isShownAsFact(rule)).toBe(rule.status === 'verified');
  });

  it('leaves out what the research found is not law', () => {
    // Israel: a right to get a recording of your call was only proposed, never enacted.
    expect(RIGHTS_RULES.some((r) => /call recording|recording of (the|your) call/i.test(r.summary.en))).toBe(false);
    expect(RIGHTS_RULES.some((r) => r.citation.includes('Debit Cards Law'))).toBe(false); // repealed 2020
  });

  it('keeps numbers as data', () => {
    const il = ruleById('il.cancel.distance-goods')!;
    expect(il.periods?.withdrawal).toEqual({ unit: 'days', amount: 14, dayKind: 'calendar', from: 'delivery' });
    const fee = ruleById('il.refund.cancellation-fee')!;
    expect(fee.percentages?.fee).toBe(5);
    expect(fee.amounts?.['fee-cap']).toEqual({ value: 100, currency: 'ILS' });
    expect(ruleById('il.phone.six-minutes')!.minutes?.['human-answer']).toBe(6);
  });

  it('gives a UI the text of one locale with status and date', () => {
    const shown = displayRule(ruleById('uk.card.section-75')!, 'ru');
    expect(shown.summary).toMatch(CYRILLIC);
    expect(shown.exceptions[0]).toMatch(CYRILLIC);
    expect(shown.shownAsFact).toBe(true);
    expect(shown.lastChecked).toBe('2026-11-22');
    expect(shown.source).toBe('https://www.legislation.gov.uk/ukpga/1974/39/section/75');
  });
});

describe('searchRules', () => {
  it('finds a rule by a word in each language', () => {
    const ids = (q: string) => searchRules(q).map((r) => r.id);
    expect(ids('CHARGEBACK')).toContain('eu.card.merchant-dispute');
    expect(ids('טכנאי')).toContain('il.subs.technician');
    expect(ids('Роспотребнадзор')).toContain('ru.escalate.court-regulator');
  });

  it('ignores niqqud and reads ё as е', () => {
    expect(searchRules('טֶכְנַאי').map((r) => r.id)).toContain('il.subs.technician');
    expect(searchRules('ещё до 12 месяцев').map((r) => r.id)).toContain('uk.cancel.cooling-off');
    expect(searchRules('еще до 12 месяцев').map((r) => r.id)).toContain('uk.cancel.cooling-off');
  });

  it('needs every word, finds nothing for an empty query', () => {
    expect(searchRules('   ')).toEqual([]);
    expect(searchRules('Rospotrebnadzor nonsenseword')).toEqual([]);
    expect(searchRules('14 days withdraw').every((r) => /14/.test(r.summary.en))).toBe(true);
  });

  it('filters by jurisdiction and topic', () => {
    expect(rulesFor('UA').every((r) => r.jurisdiction === 'UA')).toBe(true);
    expect(rulesByTopic('phone-service').map((r) => r.jurisdiction)).toEqual(
      expect.arrayContaining(['IL', 'EU', 'UK']),
    );
  });
});

describe('validateRules (controls)', () => {
  it('accepts the control rule as written', () => {
    expect(validateRules([good])).toHaveLength(1);
  });

  it('names the broken rule: missing Russian text', () => {
    const broken = { ...good, summary: { ...good.summary, ru: 'no Cyrillic here' } };
    expect(() => validateRules([good, { ...broken, id: 'il.test.broken' }])).toThrow(/il\.test\.broken.*summary\.ru/);
  });

  it('rejects a source that is not https', () => {
    expect(() => validateRules([{ ...good, source: 'http://example.gov/law' }])).toThrow(/il\.test\.control.*source/);
  });

  it('rejects an id of another jurisdiction, a repeated id, and a verified rule with no basis', () => {
    expect(() => validateRules([{ ...good, id: 'uk.test.control' }])).toThrow(RightsDataError);
    expect(() => validateRules([good, good])).toThrow(/il\.test\.control appears twice/);
    expect(() => validateRules([{ ...good, basis: 'none' }])).toThrow(/basis/);
    expect(validateRules([{ ...good, basis: 'none', status: 'unverified' }])).toHaveLength(1);
  });

  it('rejects a bad period and an unknown currency', () => {
    expect(() =>
      validateRules([{ ...good, periods: { x: { unit: 'days', amount: 0, dayKind: 'calendar', from: 'delivery' } } }]),
    ).toThrow(/periods\.x/);
    expect(() => validateRules([{ ...good, amounts: { cap: { value: 5, currency: 'XYZ' as 'EUR' } } }])).toThrow(
      /amounts\.cap/,
    );
  });
});
