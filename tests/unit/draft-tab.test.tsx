// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { DraftTab } from '@/components/workspace/drafts/DraftTab';
import { citationSentence } from '@/components/workspace/drafts/cite-rule';
import { addSentence, EMPTY_DRAFT, type DraftEditorState } from '@/components/workspace/drafts/draft-editor';
import type { RepoContext } from '@/lib/db/context';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { addManualFact, confirmFact } from '@/lib/db/repos/facts';
import { listCaseEvents } from '@/lib/db/repos/events';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import { ruleById } from '@/lib/rights/dataset';
import type { Locale } from '@/lib/schemas/common';
import { freshRepo } from '../helpers/repo';

const sent = vi.hoisted(() => ({ calls: [] as unknown[], reply: null as unknown }));
vi.mock('@/lib/messaging/client', () => ({
  sendMessage: async (name: string, data: unknown) => {
    sent.calls.push({ name, data });
    return sent.reply;
  },
}));

let repo: RepoContext;
beforeEach(async () => {
  ({ repo } = await freshRepo());
  sent.calls = [];
  sent.reply = { ok: true, result: 'inserted', tabTitle: 'Acme help' };
});
afterEach(cleanup);

function Harness({ caseId, start = EMPTY_DRAFT }: { caseId: string; start?: DraftEditorState }) {
  const record = useLiveQuery(() => repo.db.cases.get(caseId), [caseId]);
  const [editor, setEditor] = useState<DraftEditorState>(start);
  return record ? <DraftTab repo={repo} record={record} editor={editor} onEditorChange={setEditor} /> : null;
}

function show(caseId: string, locale: Locale = 'en', start?: DraftEditorState) {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext.Provider value={{ locale, dir: directionOf(locale), timeZone: 'Asia/Jerusalem' }}>
        <Harness caseId={caseId} start={start} />
      </LocaleContext.Provider>
    </I18nextProvider>,
  );
}

async function acmeCase() {
  const record = await createCase(repo, {
    title: 'Kettle',
    company: 'Acme Home',
    site: 'acme.example',
    jurisdiction: 'IL',
  });
  const order = await addManualFact(repo, record.id, 'order-number', 'NW-50412');
  await confirmFact(repo, order.id);
  await updateCase(repo, record.id, {
    checklist: {
      boughtFromSeller: 'yes',
      readTerms: 'yes',
      ruledOutOwnSide: 'yes',
      wanted: 'refund',
      acceptInstead: 'credit',
      wantedDetails: '',
      updatedAt: repo.now(),
    },
  });
  return record;
}

const textBox = () => document.querySelector<HTMLTextAreaElement>('.draft-text textarea')!;

describe('Draft tab', () => {
  it('suggests the first request for the remedy the user wants, filled from the case, and judges it polite and firm', async () => {
    const record = await acmeCase();
    show(record.id);
    await screen.findByText(/Nothing sent yet/);
    expect((screen.getByLabelText('Message') as HTMLSelectElement).value).toBe('refund');
    expect(textBox().value).toContain('NW-50412');
    expect(textBox().value).not.toMatch(/undefined|null|NaN/);
    await screen.findByText('Polite and firm: good to send.');
  });

  it('checks the tone of what the user writes, live, with the words and a better way', async () => {
    const record = await acmeCase();
    show(record.id);
    await screen.findByText('Polite and firm: good to send.');
    fireEvent.change(textBox(), { target: { value: 'YOU PEOPLE ARE USELESS!!! Refund me or you will regret it' } });
    await screen.findByText('Too harsh: this could hurt your case.');
    const findings = screen.getByRole('region', { name: 'Tone check' });
    expect(within(findings).getAllByText('Shouting').length).toBeGreaterThan(0);
    expect(within(findings).getByText('Threat')).toBeTruthy();
    fireEvent.change(textBox(), {
      target: { value: 'Sorry to bother you, sorry, maybe if possible could you look at it?' },
    });
    await screen.findByText('Too meek: it is easy to ignore.');
  });

  it('keeps the user’s edits when a citation is added, and asks before a template change replaces them', async () => {
    const record = await acmeCase();
    const rule = ruleById('il.cancel.distance-goods')!;
    const sentence = citationSentence(rule, 'en')!;
    expect(sentence).toContain(rule.citation);
    show(record.id, 'en', addSentence(EMPTY_DRAFT, sentence));
    await screen.findByText('Polite and firm: good to send.');
    expect(textBox().value.endsWith(sentence)).toBe(true);
    fireEvent.change(textBox(), { target: { value: `${textBox().value}\nMy own line.` } });
    fireEvent.change(screen.getByLabelText('Length'), { target: { value: 'long' } });
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(textBox().value).toContain('My own line.');
    expect((screen.getByLabelText('Length') as HTMLSelectElement).value).toBe('short');
    fireEvent.change(screen.getByLabelText('Length'), { target: { value: 'long' } });
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(textBox().value).not.toContain('My own line.'));
    expect(textBox().value).toContain('Subject:');
  });

  it('puts the draft into the chat box and keeps it with the case as sent', async () => {
    const record = await acmeCase();
    show(record.id);
    await screen.findByText('Polite and firm: good to send.');
    const text = textBox().value;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Put into the chat box' })));
    await screen.findByText(/It is in the chat box on “Acme help”/);
    expect(sent.calls).toEqual([{ name: 'draft.insert', data: { site: 'acme.example', text } }]);
    const drafts = await repo.db.drafts.toArray();
    expect(drafts).toMatchObject([{ caseId: record.id, scenario: 'refund', locale: 'en', length: 'short', text }]);
    expect((await listCaseEvents(repo, record.id)).at(-1)).toMatchObject({
      type: 'draft.sent',
      payload: { delivery: 'inserted' },
    });
    await screen.findByText('Sent in this case');
  });

  it('where no chat box can be reached, says so and stores nothing', async () => {
    sent.reply = { ok: true, result: 'no-chat-box', tabTitle: 'Acme help' };
    const record = await acmeCase();
    show(record.id);
    await screen.findByText('Polite and firm: good to send.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Put into the chat box' })));
    await screen.findByText(/cannot reach a chat box on that page/);
    expect(await repo.db.drafts.count()).toBe(0);
  });

  it('writes in Hebrew, right to left, in the chosen grammatical form', async () => {
    const record = await acmeCase();
    show(record.id, 'he');
    await screen.findByText('מנומס ותקיף: אפשר לשלוח.');
    expect(textBox().dir).toBe('rtl');
    fireEvent.change(screen.getByLabelText('לשון הכתיבה'), { target: { value: 'feminine' } });
    await waitFor(() => expect(textBox().value).toMatch(/מבקשת/));
    fireEvent.change(screen.getByLabelText('לשון הכתיבה'), { target: { value: 'masculine' } });
    await waitFor(() => expect(textBox().value).toMatch(/מבקש(?!ת)/));
  });
});
