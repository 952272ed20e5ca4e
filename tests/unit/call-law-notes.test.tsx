// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { UseInDraftContext } from '@/components/workspace/drafts/draft-editor';
import { CallLawNotes } from '@/components/workspace/evidence/CallLawNotes';
import type { RightsRule } from '@/lib/rights/rule';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { createI18n } from '@/lib/i18n/i18next';
import { freshRepo } from '../helpers/repo';

afterEach(cleanup);
const MIN = 60_000;

async function caseIn(jurisdiction: 'IL' | 'US' | null) {
  const { repo } = await freshRepo();
  const record = await createCase(repo, { title: 'Cellcom', company: 'Cellcom', site: 'cellcom.example' });
  if (jurisdiction) await updateCase(repo, record.id, { jurisdiction });
  return { repo, caseId: record.id };
}

const show = (node: React.ReactNode, locale: 'en' | 'he' = 'en') =>
  render(<I18nextProvider i18n={createI18n(locale)}>{node}</I18nextProvider>);

describe('the call log says what the law makes of the wait', () => {
  it('in Israel, a wait of 8:12 is over the 6 minutes and past the callback point, each with its citation', async () => {
    const { repo, caseId } = await caseIn('IL');
    show(<CallLawNotes repo={repo} caseId={caseId} waitedMs={8 * MIN + 12_000} />);
    const notes = await screen.findByTestId('call-law-notes');
    expect(notes.textContent).toContain('You waited 8:12 for a person; the law sets 6 minutes');
    expect(notes.textContent).toContain('past 3 minutes the law says you must be offered a callback');
    expect(notes.textContent).toContain('s.18B');
  });

  it('puts the rule broken into the draft, leaving the call form open', async () => {
    const { repo, caseId } = await caseIn('IL');
    const added: { id: string; stay: boolean | undefined }[] = [];
    const add = (rule: RightsRule, options?: { stay?: boolean }) => added.push({ id: rule.id, stay: options?.stay });
    show(
      <UseInDraftContext.Provider value={add}>
        <CallLawNotes repo={repo} caseId={caseId} waitedMs={8 * MIN} />
      </UseInDraftContext.Provider>,
    );
    const [first] = await screen.findAllByRole('button', { name: 'Use in draft' });
    fireEvent.click(first!);
    expect(added).toEqual([{ id: expect.stringMatching(/^il\./), stay: true }]);
    expect(screen.getAllByRole('button', { name: 'Added to the draft' })[0]!.hasAttribute('disabled')).toBe(true);
  });

  it('in Hebrew too', async () => {
    const { repo, caseId } = await caseIn('IL');
    show(<CallLawNotes repo={repo} caseId={caseId} waitedMs={8 * MIN} />, 'he');
    expect((await screen.findByTestId('call-law-notes')).textContent).toContain('חיכיתם');
  });

  it('says nothing for a short wait, where the law sets no time, or when the country is unknown', async () => {
    for (const [jurisdiction, waited] of [
      ['IL', 2 * MIN],
      ['US', 60 * MIN],
      [null, 60 * MIN],
    ] as const) {
      const { repo, caseId } = await caseIn(jurisdiction);
      const view = show(<CallLawNotes repo={repo} caseId={caseId} waitedMs={waited} />);
      // Long enough for the case and settings to load (the positive cases above show it renders then).
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(screen.queryByTestId('call-law-notes')).toBeNull();
      view.unmount();
    }
  });
});
