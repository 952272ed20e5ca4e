import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDraftContext, type GrammaticalForm } from '@/lib/drafts/context';
import { renderDraft } from '@/lib/drafts/render';
import { SCENARIO_IDS } from '@/lib/drafts/scenarios';
import type { DraftLength } from '@/lib/drafts/templates';
import type { Locale } from '@/lib/schemas/common';
import { draftInput, emptyContext } from '../fixtures/drafts/case';

/**
 * Golden drafts: every scenario × language × length × grammatical form rendered from the case
 * fixture (tests/fixtures/drafts/case.ts) at a frozen time, compared byte for byte with
 * tests/fixtures/drafts/golden/<locale>/<scenario>.<length>.<form>.txt; and, in the neutral form,
 * from a case where nothing is known (every slot a blank or dropped) to
 * tests/fixtures/drafts/golden/empty/<locale>/<scenario>.<length>.txt. After a deliberate change
 * of templates or renderer, regenerate with
 * `UPDATE_DRAFTS_GOLDEN=1 npx vitest run tests/unit/drafts-golden.test.ts` and read the diff.
 */
const GOLDEN = new URL('../fixtures/drafts/golden/', import.meta.url);
const LOCALES: readonly Locale[] = ['en', 'he', 'ru'];
const LENGTHS: readonly DraftLength[] = ['short', 'long'];
const FORMS: readonly GrammaticalForm[] = ['masculine', 'feminine', 'neutral'];

const cases = LOCALES.flatMap((locale) =>
  SCENARIO_IDS.flatMap((scenario) =>
    LENGTHS.flatMap((length) => FORMS.map((form) => ({ locale, scenario, length, form }))),
  ),
);
const fileOf = ({ locale, scenario, length, form }: (typeof cases)[number]) =>
  new URL(`${locale}/${scenario}.${length}.${form}.txt`, GOLDEN);

const emptyCases = LOCALES.flatMap((locale) =>
  SCENARIO_IDS.flatMap((scenario) => LENGTHS.map((length) => ({ locale, scenario, length }))),
);
const emptyFileOf = ({ locale, scenario, length }: (typeof emptyCases)[number]) =>
  new URL(`empty/${locale}/${scenario}.${length}.txt`, GOLDEN);

function renderEmpty(c: (typeof emptyCases)[number]): string {
  return `${renderDraft({ ...c, form: 'neutral', context: emptyContext() }).text}\n`;
}

function render(c: (typeof cases)[number]): string {
  const context = buildDraftContext(draftInput({ locale: c.locale }));
  return `${renderDraft({ ...c, context }).text}\n`;
}

describe('draft golden files', () => {
  if (process.env.UPDATE_DRAFTS_GOLDEN) {
    it('writes the golden files', () => {
      for (const locale of LOCALES) mkdirSync(new URL(`${locale}/`, GOLDEN), { recursive: true });
      for (const c of cases) writeFileSync(fileOf(c), render(c));
      for (const locale of LOCALES) mkdirSync(new URL(`empty/${locale}/`, GOLDEN), { recursive: true });
      for (const c of emptyCases) writeFileSync(emptyFileOf(c), renderEmpty(c));
    });
    return;
  }

  it('has exactly one golden file per template and form', () => {
    const files = LOCALES.flatMap((locale) => readdirSync(new URL(`${locale}/`, GOLDEN)).map((f) => `${locale}/${f}`));
    expect(files.sort()).toEqual(cases.map((c) => `${c.locale}/${c.scenario}.${c.length}.${c.form}.txt`).sort());
    expect(cases.length).toBe(3 * 13 * 2 * 3);
    const empty = LOCALES.flatMap((locale) =>
      readdirSync(new URL(`empty/${locale}/`, GOLDEN)).map((f) => `${locale}/${f}`),
    );
    expect(empty.sort()).toEqual(emptyCases.map((c) => `${c.locale}/${c.scenario}.${c.length}.txt`).sort());
  });

  it.each(cases)('$locale $scenario $length $form', (c) => {
    expect(render(c)).toBe(readFileSync(fileOf(c), 'utf8'));
  });

  it.each(emptyCases)('nothing known: $locale $scenario $length', (c) => {
    expect(renderEmpty(c)).toBe(readFileSync(emptyFileOf(c), 'utf8'));
  });
});
