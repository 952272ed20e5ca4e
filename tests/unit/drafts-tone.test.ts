import { describe, expect, it } from 'vitest';
import { buildDraftContext, type GrammaticalForm } from '@/lib/drafts/context';
import { renderDraft } from '@/lib/drafts/render';
import { SCENARIO_IDS } from '@/lib/drafts/scenarios';
import type { DraftLength } from '@/lib/drafts/templates';
import { checkTone } from '@/lib/drafts/tone';
import type { Locale } from '@/lib/schemas/common';
import { draftInput, emptyContext } from '../fixtures/drafts/case';

const LOCALES: readonly Locale[] = ['en', 'he', 'ru'];
const LENGTHS: readonly DraftLength[] = ['short', 'long'];
const FORMS: readonly GrammaticalForm[] = ['masculine', 'feminine', 'neutral'];

/**
 * Every template, rendered from a full case and from a case where nothing is known, in every
 * language, length and form, is polite and firm by the tone check, with no finding at all.
 */
describe('drafts pass their own tone check', () => {
  it.each(LOCALES)('%s', (locale) => {
    const contexts = { full: buildDraftContext(draftInput({ locale })), empty: emptyContext() };
    const failures: string[] = [];
    for (const [kind, context] of Object.entries(contexts)) {
      for (const scenario of SCENARIO_IDS) {
        for (const length of LENGTHS) {
          for (const form of FORMS) {
            const { text } = renderDraft({ scenario, locale, length, form, context });
            const result = checkTone(text, { locale });
            if (result.verdict !== 'polite-and-firm' || result.findings.length > 0) {
              const found = result.findings.map((f) => `${f.kind} "${text.slice(f.start, f.end)}"`).join(', ');
              failures.push(`${kind} ${locale}/${scenario}/${length}/${form}: ${result.verdict} ${found}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
