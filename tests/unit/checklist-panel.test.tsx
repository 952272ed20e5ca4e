// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { ChecklistPanel } from '@/components/workspace/checklist/ChecklistPanel';
import type { RepoContext } from '@/lib/db/context';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents } from '@/lib/db/repos/events';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/schemas/common';
import { freshRepo } from '../helpers/repo';

let repo: RepoContext;
let errors: (string | null)[];

beforeEach(async () => {
  ({ repo } = await freshRepo());
  errors = [];
});
afterEach(cleanup);

function Live({ caseId }: { caseId: string }) {
  const record = useLiveQuery(() => repo.db.cases.get(caseId), [caseId]);
  return record ? <ChecklistPanel repo={repo} record={record} onError={(m) => errors.push(m)} /> : null;
}

function show(caseId: string, locale: Locale = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext.Provider value={{ locale, dir: directionOf(locale), timeZone: 'Asia/Jerusalem' }}>
        <Live caseId={caseId} />
      </LocaleContext.Provider>
    </I18nextProvider>,
  );
}

const panel = (container: HTMLElement) => container.querySelector<HTMLDetailsElement>('details.checklist')!;

describe('Before you contact support', () => {
  it('is open on a new case, gives advice on a "no", and saves the answers with the case and its log', async () => {
    const record = await createCase(repo, { title: 'Kettle', company: 'Acme', site: null });
    const { container } = show(record.id);
    await screen.findByText('Before you contact support');
    expect(panel(container).open).toBe(true);

    const seller = screen.getByRole('group', { name: /buy from this company itself/ });
    expect(seller.querySelector('[role="note"]')).toBeNull();
    fireEvent.click(seller.querySelector<HTMLInputElement>('input[value="no"]')!);
    expect(seller.querySelector('[role="note"]')!.textContent).toMatch(/marketplace or reseller/);
    const terms = screen.getByRole('group', { name: /order terms/ });
    fireEvent.click(terms.querySelector<HTMLInputElement>('input[value="yes"]')!);
    expect(terms.querySelector('[role="note"]')).toBeNull();

    fireEvent.change(screen.getByLabelText('What exactly do you want?'), { target: { value: 'refund' } });
    fireEvent.change(screen.getByLabelText('What would you accept instead?'), { target: { value: 'credit' } });
    fireEvent.change(screen.getByLabelText('In your own words (optional)'), {
      target: { value: 'Money back to my card' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save answers' }));

    await waitFor(async () => expect((await repo.db.cases.get(record.id))!.checklist).toBeDefined());
    expect((await repo.db.cases.get(record.id))!.checklist).toEqual({
      boughtFromSeller: 'no',
      readTerms: 'yes',
      ruledOutOwnSide: null,
      wanted: 'refund',
      acceptInstead: 'credit',
      wantedDetails: 'Money back to my card',
      updatedAt: repo.now(),
    });
    const events = await listCaseEvents(repo, record.id);
    expect(events.at(-1)).toMatchObject({
      type: 'case.updated',
      payload: { changes: { checklist: { wanted: 'refund' } } },
    });
    await waitFor(() => expect(panel(container).open).toBe(false));
    expect(container.querySelector('summary')!.textContent).toContain(
      'You want: A full refund · instead: Store credit',
    );
    expect(errors.filter(Boolean)).toEqual([]);
  });

  it('"Answer later" closes it without inventing answers; it opens closed next time', async () => {
    const record = await createCase(repo, { title: 'Kettle', company: 'Acme', site: null });
    const first = show(record.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Answer later' }));
    await waitFor(async () => expect((await repo.db.cases.get(record.id))!.checklist?.wanted).toBeNull());
    first.unmount();
    const { container } = show(record.id);
    await screen.findByText('Not answered yet');
    expect(panel(container).open).toBe(false);
    expect(screen.queryByRole('button', { name: 'Answer later' })).toBeNull();
  });

  it('asks in Hebrew and in Russian', async () => {
    const record = await createCase(repo, { title: 'Kettle', company: 'Acme', site: null });
    const he = show(record.id, 'he');
    await screen.findByText('לפני שפונים לשירות הלקוחות');
    expect(screen.getByLabelText('מה בדיוק אתם רוצים?')).toBeTruthy();
    he.unmount();
    show(record.id, 'ru');
    await screen.findByText('Прежде чем обращаться в поддержку');
    expect(screen.getAllByRole('option', { name: 'Полный возврат денег' })).toHaveLength(2);
  });
});
