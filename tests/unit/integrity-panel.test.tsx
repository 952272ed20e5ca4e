// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { IntegrityPanel } from '@/components/workspace/IntegrityPanel';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { listCaseEvents } from '@/lib/db/repos/events';
import { createI18n } from '@/lib/i18n/i18next';
import { freshRepo } from '../helpers/repo';

afterEach(cleanup);

async function caseWithLog() {
  const env = await freshRepo();
  const created = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  await updateCase(env.repo, created.id, { status: 'waiting' });
  await updateCase(env.repo, created.id, { status: 'resolved' });
  return { ...env, caseId: created.id };
}

function panel(repo: Awaited<ReturnType<typeof caseWithLog>>['repo'], caseId: string, hold = false) {
  return (
    <I18nextProvider i18n={createI18n('en')}>
      <IntegrityPanel repo={repo} caseId={caseId} caseTitle="Acme" hold={hold} />
    </I18nextProvider>
  );
}

describe('the integrity panel', () => {
  it('says it is checking, then that the log is intact, with its root hash', async () => {
    const { repo, caseId } = await caseWithLog();
    render(panel(repo, caseId));
    expect(screen.getByRole('status').textContent).toContain('Checking the evidence log…');
    await screen.findByText('Evidence log intact: 3 events.');
    expect(screen.queryByRole('status')).toBeNull();
    const events = await listCaseEvents(repo, caseId);
    expect(screen.getByTestId('root-hash').textContent).toBe(events[2]!.hash);
  });

  it('says as loudly as before when the log does not verify', async () => {
    const { repo, caseId } = await caseWithLog();
    const events = await listCaseEvents(repo, caseId);
    await repo.db.events.update(events[1]!.id, { payload: { status: 'open' } });
    const { container } = render(panel(repo, caseId));
    await screen.findByText('The evidence log does not verify: 1 problem.');
    expect(container.querySelector('.integrity-broken')).not.toBeNull();
  });

  it('re-checks when the log changes while it is shown', async () => {
    const { repo, caseId } = await caseWithLog();
    render(panel(repo, caseId));
    await screen.findByText('Evidence log intact: 3 events.');
    const events = await listCaseEvents(repo, caseId);
    await repo.db.events.update(events[0]!.id, { at: events[0]!.at + 1 });
    await screen.findByText('The evidence log does not verify: 1 problem.');
  });

  it('does not start while held (the transcript still opening), then checks', async () => {
    const { repo, caseId } = await caseWithLog();
    const { rerender } = render(panel(repo, caseId, true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('status').textContent).toContain('Checking');
    rerender(panel(repo, caseId, false));
    await waitFor(() => expect(screen.getByText('Evidence log intact: 3 events.')).toBeTruthy());
  });
});
