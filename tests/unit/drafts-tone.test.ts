import { describe, expect, it } from 'vitest';
import { buildDraftContext, type GrammaticalForm } from '@/lib/drafts/context';
import { renderDraft } from '@/lib/drafts/render';
import { SCENARIO_IDS } from '@/lib/drafts/scenarios';
import type { DraftLength } from '@/lib/drafts/templates';
import { checkTone } from '@/lib/drafts/tone';
import type { Locale } from '@/lib/schemas/common';
import { caseRecord, draftInput } from '../fixtures/drafts/case';

const LOCALES: readonly Locale[] = ['en', 'he', 'ru'];
const LENGTHS: readonly DraftLength[] = ['short', 'long'];
const FORMS: readonly GrammaticalForm[] = ['masculine', 'feminine', 'neutral'];

/** The full fixture case, and the same case with nothing known: every slot a blank. */
const CASES = {
  full: (locale: Locale) => draftInput({ locale }),
  empty: (locale: Locale) =>
    draftInput({
      locale,
      bundle: {
        record: { ...caseRecord, company: '', purchaseDate: null, deliveryDate: null, checklist: undefined },
        messages: [],
        evidence: [],
        facts: [],
      },
    }),
};

const rendered = Object.entries(CASES).flatMap(([caseName, input]) =>
  LOCALES.flatMap((locale) => {
    const context = buildDraftContext(input(locale));
    return SCENARIO_IDS.flatMap((scenario) =>
      LENGTHS.flatMap((length) =>
        FORMS.map((form) => ({
          name: `${caseName} ${locale} ${scenario} ${length} ${form}`,
          locale,
          text: renderDraft({ scenario, locale, length, form, context }).text,
        })),
      ),
    );
  }),
);

describe('every rendered template is polite and firm by the tone check', () => {
  it('covers both cases × 3 languages × 13 scenarios × 2 lengths × 3 forms', () => {
    expect(rendered).toHaveLength(2 * 3 * SCENARIO_IDS.length * 2 * 3);
  });

  it.each(rendered)('$name', ({ text, locale }) => {
    const result = checkTone(text, { locale });
    const findings = result.findings.map((f) => `${f.kind}: «${text.slice(f.start, f.end)}»`);
    expect({ verdict: result.verdict, findings }).toMatchObject({ verdict: 'polite-and-firm' });
  });
});
