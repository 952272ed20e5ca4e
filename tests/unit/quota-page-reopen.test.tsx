// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessage } from '@/components/common/error-message';
import { PageShell } from '@/components/common/PageShell';
import { AddFactForm } from '@/components/workspace/facts/AddFactForm';
import { useCaseFacts } from '@/components/workspace/facts/use-case-facts';
import type { RepoContext } from '@/lib/db/context';
import { getRepoContext } from '@/lib/db/instance';
import { createCase } from '@/lib/db/repos/cases';
import { en } from '@/lib/i18n/locales/en';
import { installQuota } from '../helpers/quota';

afterEach(cleanup);

/** Another tab's view, mounted when the user opens it. */
function FactCount({ repo, caseId }: { repo: RepoContext; caseId: string }) {
  const facts = useCaseFacts(repo, caseId);
  return <p data-testid="count">{facts?.length}</p>;
}

/** A workspace-like page: the facts form and the live list of the case's facts. */
function FactsPage({ repo, caseId, errors }: { repo: RepoContext; caseId: string; errors: string[] }) {
  const { t } = useTranslation();
  const facts = useCaseFacts(repo, caseId);
  const [more, setMore] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setMore(true)}>
        More
      </button>
      {more && <FactCount repo={repo} caseId={caseId} />}
      <AddFactForm repo={repo} caseId={caseId} onError={(e) => errors.push(errorMessage(e, t))} />
      <ul data-testid="facts">
        {facts?.map(({ fact }) => (
          <li key={fact.id}>{fact.value}</li>
        ))}
      </ul>
    </>
  );
}

describe('an open page after a full disk', () => {
  it('works again once space returns, without a reload, and its live query shows fresh data', async () => {
    const shared = await getRepoContext();
    const acme = await createCase(shared, { title: 'Acme', company: 'Acme', site: 'acme.example' });
    const quota = await installQuota(shared.db, 'disk');
    const errors: string[] = [];
    render(<PageShell>{(repo) => <FactsPage repo={repo} caseId={acme.id} errors={errors} />}</PageShell>);

    const field = await screen.findByLabelText(en.facts.add.value);
    const submit = screen.getByRole('button', { name: en.facts.add.submit });
    const facts = screen.getByTestId('facts');
    const add = async (value: string) => {
      fireEvent.change(field, { target: { value } });
      fireEvent.click(submit);
    };
    await add('A-1');
    await waitFor(() => expect(facts.textContent).toBe('A-1'));

    // The disk fills: the write fails…
    quota.fill();
    await add('A-2');
    await waitFor(() => expect(errors).toEqual([en.errors.storageFull]));
    // …Chromium closes the connection, and opening it again fails while the disk is full
    // (e2e/quota.spec.ts). Dexie's onclose handler does exactly this close.
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    });
    shared.db.close({ disableAutoOpen: false });
    for (let attempt = 2; attempt <= 4; attempt++) {
      fireEvent.click(submit);
      await waitFor(() => expect(errors).toEqual(Array(attempt).fill(en.errors.storageFull)));
      expect(shared.db.isOpen()).toBe(false);
    }
    expect(open).toHaveBeenCalled();
    expect((field as HTMLInputElement).value).toBe('A-2');

    // Space is freed: the same click saves, and the list (subscribed before it all) shows it.
    open.mockRestore();
    quota.free();
    fireEvent.click(submit);
    await waitFor(() => expect((field as HTMLInputElement).value).toBe(''));
    expect(errors).toHaveLength(4);
    await waitFor(() => expect([...facts.children].map((li) => li.textContent)).toEqual(['A-1', 'A-2']));
    expect(shared.db.isOpen()).toBe(true);
  });

  it('a view opened while the disk is full shows its data once the next action opens the database again', async () => {
    const shared = await getRepoContext();
    const acme = await createCase(shared, { title: 'Acme 2', company: 'Acme', site: 'acme.example' });
    const quota = await installQuota(shared.db, 'disk');
    const errors: string[] = [];
    render(<PageShell>{(repo) => <FactsPage repo={repo} caseId={acme.id} errors={errors} />}</PageShell>);
    const field = await screen.findByLabelText(en.facts.add.value);
    const submit = screen.getByRole('button', { name: en.facts.add.submit });
    fireEvent.change(field, { target: { value: 'B-1' } });
    fireEvent.click(submit);
    await waitFor(() => expect(screen.getByTestId('facts').textContent).toBe('B-1'));

    quota.fill();
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    });
    shared.db.close({ disableAutoOpen: false });
    // Another tab of the page is opened: its query cannot run (the open fails, quietly for it).
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    await waitFor(() => expect(open).toHaveBeenCalled());
    fireEvent.change(field, { target: { value: 'B-2' } });
    fireEvent.click(submit);
    await waitFor(() => expect(errors).toEqual([en.errors.storageFull]));
    expect(screen.getByTestId('count').textContent).toBe('');

    open.mockRestore();
    quota.free();
    fireEvent.click(submit);
    await waitFor(() => expect((field as HTMLInputElement).value).toBe(''));
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('2'));
    expect(screen.getByTestId('facts').textContent).toBe('B-1B-2');
  });
});
