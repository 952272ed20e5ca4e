// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { TranscriptTab } from '@/components/workspace/tabs/TranscriptTab';
import type { RepoContext } from '@/lib/db/context';
import { createI18n } from '@/lib/i18n/i18next';
import type { ChatMessageRecord } from '@/lib/schemas/message';
import { installTranscriptLayout, removeTranscriptLayout } from '../helpers/transcript-layout';
import { freshRepo } from '../helpers/repo';

const CASE_ID = 'case-00000001';
const COUNT = 10_000;
const VIEWPORT_PX = 600;
const ROW_PX = 80;

/**
 * 10,000 messages; some say "refund" (every 50th, in capitals), some hold a pointed Hebrew
 * "זִיכּוּי" (every 1,000th) and some "счёт" (every 2,500th), so each search has a known count.
 */
function seedMessage(i: number): ChatMessageRecord {
  let text = `Message number ${i} about the order.`;
  if (i % 50 === 0) text = `Your REFUND for order ${i} is approved.`;
  else if (i % 1000 === 1) text = 'הַזִּיכּוּי אֻשַּׁר';
  else if (i % 2500 === 2) text = 'Ваш счёт оплачен';
  return {
    id: `msg-${String(i).padStart(8, '0')}`,
    caseId: CASE_ID,
    site: 'acme.example',
    frameUrl: 'https://acme.example/',
    key: `k${i}`,
    seq: i,
    role: i % 2 === 0 ? 'agent' : 'customer',
    authorName: i % 2 === 0 ? 'Dana' : null,
    text,
    truncated: false,
    firstSeenAt: Date.UTC(2026, 10, 15, 9) + i * 60_000,
    widgetTimeText: null,
    fromHistory: i < 3,
    adapter: 'generic',
    hiddenAt: null,
    keyEvidence: false,
  };
}

beforeAll(() => installTranscriptLayout({ viewportPx: VIEWPORT_PX, rowPx: ROW_PX }));
afterAll(removeTranscriptLayout);

let repo: RepoContext;
beforeEach(async () => {
  ({ repo } = await freshRepo());
  await repo.db.messages.bulkAdd(Array.from({ length: COUNT }, (_, i) => seedMessage(i)));
});
afterEach(cleanup);

function renderTab() {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <LocaleContext.Provider value={{ locale: 'en', dir: 'ltr', timeZone: 'UTC' }}>
        <TranscriptTab repo={repo} caseId={CASE_ID} onError={(m) => expect.fail(m)} />
      </LocaleContext.Provider>
    </I18nextProvider>,
  );
}

const rows = (container: HTMLElement) => [...container.querySelectorAll('[data-testid="transcript-row"]')];

describe('the Transcript tab with 10,000 messages', () => {
  it('puts only a small window of rows in the DOM, numbered within all 10,000', async () => {
    const { container } = renderTab();
    await screen.findByTestId('transcript');
    const rendered = rows(container);
    // A 600 px view of 80 px rows holds 8; with overscan the window stays well under 50.
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(50);
    expect(container.querySelectorAll('.bubble').length).toBe(rendered.length);
    for (const row of rendered) expect(row.getAttribute('aria-setsize')).toBe(String(COUNT));
    // The list is as tall as all its rows, not as the rows in the DOM.
    const list = screen.getByTestId('transcript');
    expect(Number.parseFloat(list.style.blockSize)).toBeGreaterThan(COUNT * ROW_PX * 0.9);
  });

  it('opens at the newest message', async () => {
    const { container } = renderTab();
    await screen.findByTestId('transcript');
    await waitFor(() => expect(rows(container).map((r) => r.getAttribute('aria-posinset'))).toContain(String(COUNT)));
    expect(rows(container).map((r) => r.getAttribute('aria-posinset'))).not.toContain('1');
  });

  it('counts the messages a search finds, across all 10,000, and highlights them', async () => {
    const { container } = renderTab();
    await screen.findByTestId('transcript');
    const search = screen.getByRole('searchbox', { name: 'Search the transcript' });

    fireEvent.change(search, { target: { value: 'refund' } });
    await waitFor(() => expect(screen.getByTestId('transcript-count').textContent).toBe(`1 of ${COUNT / 50}`));
    // The first match (message 0, at the top) is scrolled into view and highlighted.
    await waitFor(() => expect(rows(container).map((r) => r.getAttribute('aria-posinset'))).toContain('1'));
    // Rendering after a search may take more than one commit (the list re-measures): wait for it.
    await waitFor(() => expect(container.querySelector('.bubble-current mark')?.textContent).toBe('REFUND'));
    expect(rows(container).length).toBeLessThan(50);

    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    await waitFor(() => expect(screen.getByTestId('transcript-count').textContent).toBe(`2 of ${COUNT / 50}`));
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    await waitFor(() => expect(screen.getByTestId('transcript-count').textContent).toBe(`1 of ${COUNT / 50}`));
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    await waitFor(() =>
      expect(screen.getByTestId('transcript-count').textContent).toBe(`${COUNT / 50} of ${COUNT / 50}`),
    );

    fireEvent.change(search, { target: { value: 'זיכוי' } });
    await waitFor(() => expect(screen.getByTestId('transcript-count').textContent).toBe(`1 of ${COUNT / 1000}`));
    fireEvent.change(search, { target: { value: 'СЧЕТ' } });
    await waitFor(() => expect(screen.getByTestId('transcript-count').textContent).toBe(`1 of ${COUNT / 2500}`));
    fireEvent.change(search, { target: { value: 'no such words' } });
    await waitFor(() => expect(screen.getByTestId('transcript-count').textContent).toBe('No matches'));
  });

  it('copies the search result as text and says how many messages it copied', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderTab();
    await screen.findByTestId('transcript');
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'СЧЁТ' } });
    await waitFor(() => expect(screen.getByTestId('transcript-count').textContent).toBe('1 of 4'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy matches as text' }));
      await Promise.resolve();
    });
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]![0];
    expect(copied.split('\n')).toEqual([
      'Times in UTC',
      '“from history”: already in the chat when recording began; the time is when Paper Trail first saw it.',
      '',
      '[2026-11-15 09:02, from history] Dana (agent): Ваш счёт оплачен',
      '[2026-11-17 02:42] Dana (agent): Ваш счёт оплачен',
      '[2026-11-18 20:22] Dana (agent): Ваш счёт оплачен',
      '[2026-11-20 14:02] Dana (agent): Ваш счёт оплачен',
      '',
    ]);
    expect(screen.getByTestId('transcript-copied').textContent).toBe('Copied 4 messages');
  });
});
