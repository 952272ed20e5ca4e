// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { DraftTab } from '@/components/workspace/drafts/DraftTab';
import { EMPTY_DRAFT, type DraftEditorState } from '@/components/workspace/drafts/draft-editor';
import type { RepoContext } from '@/lib/db/context';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { addManualFact } from '@/lib/db/repos/facts';
import { buildDraftContext } from '@/lib/drafts/context';
import { plainValue } from '@/lib/drafts/plain-value';
import { renderDraft } from '@/lib/drafts/render';
import { SCENARIO_IDS } from '@/lib/drafts/scenarios';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/schemas/common';
import type { FactRecord } from '@/lib/schemas/fact';
import { MAX_SHORT_TEXT } from '@/lib/schemas/limits';
import { fitText } from '@/lib/text/clean';
import { allPayloads, CANARY, type HostilePayload } from '../fixtures/hostile-corpus/corpus';
import { caseRecord, draftInput, facts as baseFacts } from '../fixtures/drafts/case';
import { hostileNodes } from '../helpers/hostile-nodes';
import { freshRepo } from '../helpers/repo';

vi.mock('@/lib/messaging/client', () => ({ sendMessage: async () => null }));

const corpus = allPayloads();
const canary = () => (globalThis as Record<string, unknown>)[CANARY];
const LOCALES = ['en', 'he', 'ru'] as const;
/** Direction overrides, embeddings and isolates; control characters other than a line break. */
const FORBIDDEN =
  /[\u202A-\u202E\u2066-\u2069]|(?![\n])\p{Cc}|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
/** Where the HTML tokenizer starts a tag, comment or declaration: plain text has none. */
const MARKUP_START = /<[A-Za-z!?/]/;
/** The longest draft any scenario renders from the fixture case, plus the payload values' bound. */
const MAX_DRAFT = 6_000;

/** Elements an HTML parser would build from the text, were someone to put it into innerHTML. */
function elementsIn(text: string): string[] {
  const box = document.createElement('div');

  box.innerHTML = text;
  return Array.from(box.querySelectorAll('*')).map((e) => e.tagName.toLowerCase());
}

/** The fixture case with every text a draft takes from case data set to one payload. */
function hostileInput(p: HostilePayload) {
  const hostile = (kind: FactRecord['kind']) => (f: FactRecord) => (f.kind === kind ? { ...f, value: p.text } : f);
  const facts = baseFacts
    .map(hostile('order-number'))
    .map(hostile('rep-name'))
    .map(hostile('promise'))
    .map(hostile('amount'))
    .map(hostile('ticket-number'))
    .map(hostile('tracking-number'));
  const record = {
    ...caseRecord,
    company: p.text,
    checklist: { ...caseRecord.checklist!, wantedDetails: p.text },
  };
  return draftInput({ bundle: { record, messages: [], evidence: [], facts } });
}

describe('every payload through buildDraftContext and renderDraft', () => {
  it.each(corpus.map((p) => [p.id, p] as const))(
    '%s as company, rep, order number, promise and amount: plain, bounded text in every draft',
    (_id, p) => {
      const context = buildDraftContext(hostileInput(p));
      expect(context.company).toBe(p.text.trim() || null);
      for (const scenario of SCENARIO_IDS)
        for (const locale of LOCALES)
          for (const length of ['short', 'long'] as const) {
            const name = `${locale}/${scenario}/${length}`;
            const { text } = renderDraft({ scenario, locale, length, form: 'feminine', context });
            expect(text, name).not.toMatch(FORBIDDEN);
            expect(text.length, name).toBeLessThan(MAX_DRAFT);
            expect(text, name).not.toMatch(MARKUP_START);
          }
      // The payload is still there to read, as text: the refund request names the order.
      const shown = plainValue(p.text);
      const refund = renderDraft({ scenario: 'refund', locale: 'en', length: 'short', form: 'neutral', context });
      if (shown !== '' && !/javascript:/i.test(shown)) expect(refund.text).toContain(shown);
      expect(canary()).toBeUndefined();
    },
  );

  it('control: the same checks catch a value that skipped plainValue', () => {
    const p = corpus.find((x) => x.id === 'img-onerror')!;
    const context = buildDraftContext(hostileInput(p));
    const { text } = renderDraft({ scenario: 'refund', locale: 'en', length: 'short', form: 'neutral', context });
    const unsafe = text.replace(plainValue(p.text), p.text);
    expect(elementsIn(unsafe)).toEqual(['img']);
    expect(`${text}\u202e`).toMatch(FORBIDDEN);
    expect(`${text}\u0085`).toMatch(FORBIDDEN);
  });
});

let repo: RepoContext;

function Harness({ caseId }: { caseId: string }) {
  const record = useLiveQuery(() => repo.db.cases.get(caseId), [caseId]);
  const [editor, setEditor] = useState<DraftEditorState>(EMPTY_DRAFT);
  return record ? <DraftTab repo={repo} record={record} editor={editor} onEditorChange={setEditor} /> : null;
}

function show(caseId: string, locale: Locale) {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext.Provider value={{ locale, dir: directionOf(locale), timeZone: 'Asia/Jerusalem' }}>
        <Harness caseId={caseId} />
      </LocaleContext.Provider>
    </I18nextProvider>,
  );
}

/** A stored case as the workspace has it: each value cleaned and cut to its field, as capture would. */
async function hostileCase(p: HostilePayload) {
  const value = fitText(p.text, MAX_SHORT_TEXT).trim() || 'x';
  const record = await createCase(repo, { title: value, company: value, site: 'acme.example', jurisdiction: 'IL' });
  for (const kind of ['order-number', 'rep-name', 'promise', 'amount'] as const)
    await addManualFact(repo, record.id, kind, value);
  await updateCase(repo, record.id, {
    checklist: {
      boughtFromSeller: 'yes',
      readTerms: 'yes',
      ruledOutOwnSide: 'yes',
      wanted: 'refund',
      acceptInstead: 'credit',
      wantedDetails: value,
      updatedAt: repo.now(),
    },
  });
  return record;
}

describe('the Draft tab shows a hostile case as inert text', () => {
  afterEach(cleanup);

  it.each(corpus.map((p, i) => [p.id, p, LOCALES[i % 3]!] as const))(
    '%s: no payload element in the tab, the canary unset, the draft plain',
    async (_id, p, locale) => {
      ({ repo } = await freshRepo());
      const record = await hostileCase(p);
      const { container } = show(record.id, locale);
      const box = await waitFor(
        () => {
          const area = container.querySelector<HTMLTextAreaElement>('.draft-text textarea');
          expect(area?.value ?? '').not.toBe('');
          return area!;
        },
        { timeout: 10_000 },
      );
      expect(hostileNodes(container)).toEqual([]);
      expect(box.value).not.toMatch(FORBIDDEN);
      expect(box.value).not.toMatch(MARKUP_START);
      expect(canary()).toBeUndefined();
    },
  );

  it('control: the tab check finds a payload rendered as HTML next to the tab', async () => {
    ({ repo } = await freshRepo());
    const p = corpus.find((x) => x.id === 'mxss-template')!;
    const record = await hostileCase(p);
    const { container } = show(record.id, 'en');
    await waitFor(() => expect(container.querySelector('.draft-text textarea')).not.toBeNull());
    const planted = document.createElement('div');

    planted.innerHTML = p.text;
    container.append(planted);
    expect(hostileNodes(container)).toEqual(expect.arrayContaining(['template', 'svg', 'style']));
  });
});
