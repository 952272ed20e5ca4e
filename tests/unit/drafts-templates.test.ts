import { describe, expect, it } from 'vitest';
import { buildDraftContext, type GrammaticalForm } from '@/lib/drafts/context';
import { renderDraft } from '@/lib/drafts/render';
import { SCENARIO_IDS } from '@/lib/drafts/scenarios';
import { SLOT_NAMES } from '@/lib/drafts/slots';
import { parseTemplate, slotsOf, TemplateSyntaxError } from '@/lib/drafts/template-syntax';
import { TEMPLATES, type DraftLength } from '@/lib/drafts/templates';
import { enTemplates } from '@/lib/drafts/templates/en';
import { templateProblems } from '@/lib/drafts/validate';
import type { Locale } from '@/lib/schemas/common';
import { draftInput, emptyContext } from '../fixtures/drafts/case';

const LOCALES: readonly Locale[] = ['en', 'he', 'ru'];
const LENGTHS: readonly DraftLength[] = ['short', 'long'];
const FORMS: readonly GrammaticalForm[] = ['masculine', 'feminine', 'neutral'];

const all = LOCALES.flatMap((locale) =>
  SCENARIO_IDS.flatMap((scenario) =>
    LENGTHS.flatMap((length) => FORMS.map((form) => ({ locale, scenario, length, form }))),
  ),
);

describe('draft templates', () => {
  it('parse, and name only slots of the DraftContext schema', () => {
    expect(templateProblems(TEMPLATES)).toEqual([]);
  });

  it('a template naming an unknown slot is reported with the template and the slot', () => {
    const broken = {
      ...enTemplates,
      scenarios: { ...enTemplates.scenarios, refund: { short: 'Refund {orderNumbr} by {replyBy}.', long: 'x' } },
    };
    expect(templateProblems({ en: broken })).toEqual([
      { template: 'en/refund/short', slot: 'orderNumbr', message: 'unknown slot "orderNumbr"' },
    ]);
  });

  it('a template that does not parse is reported', () => {
    const broken = {
      ...enTemplates,
      scenarios: { ...enTemplates.scenarios, chargeback: { short: '[[ {amount}', long: 'x' } },
    };
    expect(templateProblems({ he: broken })).toEqual([
      { template: 'he/chargeback/short', slot: null, message: expect.stringContaining('never closed') },
    ]);
  });

  it('the syntax: slots, three-way choices, optional parts', () => {
    const nodes = parseTemplate('A {company}{~m|f|n {amount}}[[ b {orderNumber}[[ c {rule}]]]]');
    expect(slotsOf(nodes)).toEqual(['company', 'amount', 'orderNumber', 'rule']);
    expect(() => parseTemplate('{~a|b}')).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('{not a slot}')).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('a ]] b')).toThrow(TemplateSyntaxError);
  });

  it('every template uses the slots it needs: a date to answer by', () => {
    for (const locale of LOCALES) {
      for (const scenario of SCENARIO_IDS) {
        for (const length of LENGTHS) {
          const slots = slotsOf(parseTemplate(TEMPLATES[locale].scenarios[scenario][length]));
          expect(slots, `${locale}/${scenario}/${length}`).toContain('replyBy');
        }
      }
    }
    // Every slot has a blank label in every language.
    for (const locale of LOCALES) expect(Object.keys(TEMPLATES[locale].blanks).sort()).toEqual([...SLOT_NAMES].sort());
  });

  it.each(['full', 'empty'] as const)(
    'render cleanly with a %s context: no syntax, no "undefined", no stray spacing',
    (kind) => {
      const base = kind === 'full' ? buildDraftContext(draftInput()) : emptyContext();
      for (const c of all) {
        const { text, blanks } = renderDraft({ ...c, context: base });
        const name = `${c.locale}/${c.scenario}/${c.length}/${c.form}`;
        expect(text, name).not.toMatch(/undefined|null|NaN|\{|\}|\[\[|\]\]|\|/);
        expect(text, name).not.toMatch(/ {2}|\n{3}|^[ \t]|[ \t]$| [.,:;]|\.\.|!/m);
        expect(text, name).not.toMatch(/[A-Z]{4,}/); // no capitals for emphasis
        if (kind === 'full')
          expect(blanks.map((b) => b.slot).sort(), name).toEqual(
            // Only what case data can never hold stays blank in the full fixture.
            blanks
              .map((b) => b.slot)
              .filter((s) => s === 'senderName' || s === 'bank')
              .sort(),
          );
        for (const blank of blanks)
          expect(text.slice(blank.start, blank.end), name).toBe(TEMPLATES[c.locale].blanks[blank.slot]);
      }
    },
  );

  it('Hebrew and Russian follow the grammatical form; English does not change', () => {
    const context = buildDraftContext(draftInput());
    const text = (locale: Locale, scenario: (typeof SCENARIO_IDS)[number], form: GrammaticalForm) =>
      renderDraft({ scenario, locale, length: 'long', form, context }).text;
    expect(text('he', 'refund', 'masculine')).toContain('אני מבקש החזר');
    expect(text('he', 'refund', 'feminine')).toContain('אני מבקשת החזר');
    expect(text('he', 'refund', 'neutral')).toContain('אבקש החזר');
    expect(text('he', 'refund', 'neutral')).not.toMatch(/מבקש|\//);
    expect(text('ru', 'replacement', 'masculine')).toContain('я купил у вас товар');
    expect(text('ru', 'replacement', 'feminine')).toContain('я купила у вас товар');
    expect(text('ru', 'replacement', 'neutral')).toContain('у вас был куплен товар');
    expect(text('ru', 'replacement', 'neutral')).not.toMatch(/купил|купила|\(а\)/);
    for (const scenario of SCENARIO_IDS) {
      expect(text('en', scenario, 'masculine')).toBe(text('en', scenario, 'neutral'));
      expect(text('en', scenario, 'feminine')).toBe(text('en', scenario, 'neutral'));
    }
  });
});
