// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { RightsTab } from '@/components/workspace/tabs/RightsTab';
import type { RepoContext } from '@/lib/db/context';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { formatCalendarDate } from '@/lib/i18n/format';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import { ruleById } from '@/lib/rights/dataset';
import type { CaseRecord } from '@/lib/schemas/case';
import type { Locale } from '@/lib/schemas/common';
import { freshRepo } from '../helpers/repo';

// The repo's clock: 22 Nov 2026, 09:00 UTC (11:00 in Jerusalem).
let repo: RepoContext;
let errors: string[];

beforeEach(async () => {
  ({ repo } = await freshRepo());
  errors = [];
});
afterEach(cleanup);

function show(record: CaseRecord, locale: Locale = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext.Provider value={{ locale, dir: directionOf(locale), timeZone: 'Asia/Jerusalem' }}>
        <RightsTab repo={repo} record={record} onError={(m) => errors.push(m)} />
      </LocaleContext.Provider>
    </I18nextProvider>,
  );
}

async function israeliCase(deliveryDate: string | null = null): Promise<CaseRecord> {
  const record = await createCase(repo, { title: 'Kettle', company: 'Acme', site: null, jurisdiction: 'IL' });
  return deliveryDate ? updateCase(repo, record.id, { deliveryDate }) : record;
}

const ruleCard = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-rule-id="${id}"]`);

describe('Rights tab', () => {
  it('shows the Israeli rules in English and in Hebrew, with citation and date checked', async () => {
    const record = await israeliCase();
    const rule = ruleById('il.cancel.distance-goods')!;
    const en = show(record, 'en');
    await screen.findByText('Your rights: Israel');
    const card = ruleCard(en.container, rule.id)!;
    expect(card.textContent).toContain(rule.summary.en);
    expect(card.textContent).toContain(rule.citation);
    expect(card.textContent).toContain(`checked ${formatCalendarDate('2026-11-22', 'en')}`);
    expect(card.querySelector('a')).toBeNull(); // no official address is certain for Israel
    expect(screen.getByText(/Information, not legal advice/)).toBeTruthy();
    en.unmount();

    const he = show(record, 'he');
    await screen.findByText('הזכויות שלכם: ישראל');
    expect(ruleCard(he.container, rule.id)!.textContent).toContain(rule.summary.he);
    expect(screen.getByText(/מידע כללי, לא ייעוץ משפטי/)).toBeTruthy();
  });

  it('never states an unverified rule as fact', async () => {
    const { container } = show(await israeliCase());
    await screen.findByText('Your rights: Israel');
    const card = ruleCard(container, 'il.escalate.small-claims')!;
    expect(card.className).toContain('rule-unconfirmed');
    expect(card.textContent).toContain('Not confirmed — check the official source');
    const verified = ruleCard(container, 'il.cancel.distance-goods')!;
    expect(verified.textContent).not.toContain('Not confirmed');
  });

  it('gives a link only where the rule has an official source', async () => {
    const record = await createCase(repo, { title: 'Boots', company: 'Shop', site: null, jurisdiction: 'UK' });
    const { container } = show(record);
    await screen.findByText('Your rights: United Kingdom');
    for (const card of container.querySelectorAll<HTMLElement>('[data-rule-id]')) {
      const source = ruleById(card.dataset.ruleId!)!.source;
      const link = card.querySelector('a');
      expect(link?.getAttribute('href') ?? null).toBe(source ?? null);
    }
  });

  it('searches the rules of every jurisdiction', async () => {
    const { container } = show(await israeliCase());
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'issuer LIABLE seller' } });
    await waitFor(() => expect(ruleCard(container, 'uk.card.section-75')).not.toBeNull());
    expect(screen.getByRole('status').textContent).toMatch(/rules? found/);
  });

  it('works out the last day to cancel from the delivery date, with days left', async () => {
    // Delivered 15 Nov: 14 days → 29 Nov; today in Jerusalem is 22 Nov → 7 days left.
    const { container } = show(await israeliCase('2026-11-15'));
    await screen.findByText('Your rights: Israel');
    const deadline = container.querySelector<HTMLElement>('[data-deadline-id="il.cancel.distance-goods#withdrawal"]')!;
    expect(deadline.textContent).toContain(formatCalendarDate('2026-11-29', 'en'));
    expect(deadline.textContent).toContain('Last day to cancel');
    expect(deadline.textContent).toContain('7 days left');
  });

  it('says which date is missing instead of inventing one', async () => {
    const { container } = show(await israeliCase());
    await screen.findByText('Your rights: Israel');
    expect(container.querySelector('[data-deadline-id]')).toBeNull();
    expect(screen.getByText(/Add the delivery date to see: .*Last day to cancel/)).toBeTruthy();
  });

  it('asks for the jurisdiction when neither the case nor the settings have one, and saves it to the case', async () => {
    const record = await createCase(repo, { title: 'Phone', company: 'Telco', site: null });
    show(record);
    const prompt = await screen.findByText(/Which country’s consumer law applies/);
    expect(prompt).toBeTruthy();
    expect(document.querySelector('[data-rule-id]')).toBeNull();
    const select = within(document.querySelector<HTMLElement>('.jurisdiction-choice')!).getByRole('combobox');
    fireEvent.change(select, { target: { value: 'RU' } });
    await waitFor(async () => expect((await repo.db.cases.get(record.id))?.jurisdiction).toBe('RU'));
    const events = await repo.db.events.where('caseId').equals(record.id).toArray();
    expect(events.map((e) => e.type)).toContain('case.updated');
    expect(errors).toEqual([]);
  });
});
