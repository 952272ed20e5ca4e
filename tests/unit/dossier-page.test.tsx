// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { DossierBody } from '@/components/dossier/DossierPage';
import type { RepoContext } from '@/lib/db/context';
import { createCase } from '@/lib/db/repos/cases';
import { recordMessages } from '@/lib/db/repos/messages';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import { en } from '@/lib/i18n/locales/en';
import { he } from '@/lib/i18n/locales/he';
import { ru } from '@/lib/i18n/locales/ru';
import { ruleById } from '@/lib/rights/dataset';
import { cleanText } from '@/lib/text/clean';
import type { Locale } from '@/lib/schemas/common';
import { allPayloads, CANARY } from '../fixtures/hostile-corpus/corpus';
import { freshRepo } from '../helpers/repo';

let repo: RepoContext;
beforeEach(async () => {
  ({ repo } = await freshRepo());
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function seedCase(lines: [string, string | null, string][], jurisdiction: 'IL' | null = 'IL') {
  const record = await createCase(repo, { title: 'Kettle refund', company: 'Acme', site: 'acme.test', jurisdiction });
  await recordMessages(repo, {
    caseId: record.id,
    site: 'acme.test',
    frameUrl: 'https://acme.test/help',
    adapter: 'generic',
    messages: lines.map(([role, authorName, text], i) => ({
      key: `id:${i}`,
      role: role as 'agent' | 'customer',
      authorName,
      text,
      truncated: false,
      widgetTimeText: null,
      fromHistory: false,
      seenAt: repo.now(),
    })),
  });
  return record;
}

function show(caseId: string, locale: Locale = 'en', query = '') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext.Provider value={{ locale, dir: directionOf(locale), timeZone: 'Asia/Jerusalem' }}>
        <DossierBody repo={repo} homeCountry={null} search={`?case=${caseId}${query}`} />
      </LocaleContext.Provider>
    </I18nextProvider>,
  );
}

const sectionIds = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('section[data-section]')].map((s) => s.dataset.section);

describe('dossier page', () => {
  it('shows the case’s transcript with names and first-seen times, and its root hash', async () => {
    const record = await seedCase([
      ['agent', 'Dana', 'I approved a refund for order A-10042.'],
      ['customer', null, 'Thank you.'],
    ]);
    const { container } = show(record.id);
    const transcript = await screen.findByTestId('dossier-transcript');
    expect(transcript.textContent).toContain('I approved a refund for order A-10042.');
    expect(within(transcript).getByText('Dana')).toBeTruthy();
    expect(transcript.textContent).toContain('(Support)');
    expect(transcript.textContent).toContain('Customer');
    expect(transcript.textContent).toMatch(/first seen 22 Nov 2026, 11:00/);
    expect(container.textContent).toContain('All times are in the time zone Asia/Jerusalem.');
    expect(screen.getByTestId('dossier-root-hash').textContent).toMatch(/^[0-9a-f]{64}$/);
    // Facts found in the chat reach the summary.
    expect(container.querySelector('[data-section="summary"]')!.textContent).toContain('A-10042');
  });

  it('changes the sections when another receiver is picked, and prints on Print', async () => {
    const record = await seedCase([['agent', 'Dana', 'Hello']]);
    const { container } = show(record.id);
    await screen.findByTestId('dossier-transcript');
    expect(sectionIds(container)).toContain('timeline');
    fireEvent.change(screen.getByLabelText(en.dossier.variantLabel), { target: { value: 'bank' } });
    expect(sectionIds(container)).toEqual([
      'summary',
      'law',
      'deadlines',
      'transcript',
      'calls',
      'drafts',
      'screenshots',
      'integrity',
    ]);
    expect(container.querySelector('[data-section="law"] li')!.getAttribute('data-rule-id')).toMatch(/^il\.card\./);
    const print = vi.fn();
    vi.stubGlobal('print', print); // happy-dom has no window.print
    fireEvent.click(screen.getByRole('button', { name: en.dossier.print }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('picks the paper size from the query and the menu; the controls are marked not to print', async () => {
    const record = await seedCase([['agent', 'Dana', 'Hello']]);
    const { container } = show(record.id, 'en', '&paper=letter&variant=small-claims');
    await screen.findByTestId('dossier-transcript');
    expect(container.querySelector('main')!.className).toContain('dossier-paper-letter');
    expect(sectionIds(container).slice(0, 3)).toEqual(['summary', 'drafts', 'evidence-list']);
    fireEvent.change(screen.getByLabelText(en.dossier.paperLabel), { target: { value: 'a4' } });
    expect(container.querySelector('main')!.className).toContain('dossier-paper-a4');
    expect(screen.getByRole('group', { name: en.dossier.controls }).className).toContain('no-print');
  });

  it('never states an unverified rule', async () => {
    const record = await seedCase([['agent', 'Dana', 'Hello']]);
    const { container } = show(record.id, 'en', '&variant=small-claims');
    await screen.findByTestId('dossier-transcript');
    const rule = ruleById('il.escalate.small-claims')!;
    const item = container.querySelector(`[data-rule-id="${rule.id}"]`)!;
    expect(item.textContent).toContain(rule.citation);
    expect(item.textContent).toContain('Not confirmed');
    expect(container.textContent).not.toContain(rule.summary.en);
  });

  it('is written in Hebrew and in Russian', async () => {
    const record = await seedCase([['agent', 'דנה', 'אישרתי זיכוי על הזמנה 7781234.']]);
    const hePage = show(record.id, 'he');
    await screen.findByTestId('dossier-transcript');
    expect(screen.getByRole('heading', { level: 2, name: he.dossier.sections.summary })).toBeTruthy();
    expect(screen.getByRole('button', { name: he.dossier.print })).toBeTruthy();
    expect(hePage.container.textContent).toContain(he.dossier.law.disclaimer);
    hePage.unmount();
    show(record.id, 'ru');
    await screen.findByTestId('dossier-transcript');
    expect(screen.getByRole('heading', { level: 2, name: ru.dossier.sections.transcript })).toBeTruthy();
  });

  it('says so when the case does not exist', async () => {
    show('no-such-case');
    expect(await screen.findByText(en.case.notFound)).toBeTruthy();
  });

  it('shows hostile chat text as text', async () => {
    // As the recorder stores them: cleaned (lone surrogates and the like replaced).
    const payloads = allPayloads()
      .filter((p) => p.text.length < 5000)
      .map((p) => cleanText(p.text))
      .filter((text) => text.length > 0);
    const record = await seedCase(payloads.map((text) => ['agent', text.slice(0, 100), text]));
    const { container } = show(record.id);
    const transcript = await screen.findByTestId('dossier-transcript');
    expect(transcript.querySelectorAll('li').length).toBe(payloads.length);
    expect(container.querySelector('script, iframe, object, embed, [onerror], [onload], a[href]')).toBeNull();
    expect((globalThis as Record<string, unknown>)[CANARY]).toBeUndefined();
  });
});
