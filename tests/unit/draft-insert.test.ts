// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { handleDraftInsert, pickDraftTab } from '@/lib/background/handlers/drafts';
import type { DraftTab } from '@/lib/background/ports';
import { genericAdapter } from '@/lib/adapters/generic';
import { INSERT_DRAFT, isInsertDraftMessage, MAX_DRAFT_TEXT } from '@/lib/messaging/frame-messages';
import { startRecorder } from '@/lib/recorder/recorder';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents } from '@/lib/db/repos/events';
import { listCaseDrafts, recordSentDraft } from '@/lib/db/repos/drafts';
import { fakePorts } from '../helpers/fake-ports';
import { freshRepo } from '../helpers/repo';

const tab = (id: number, url: string, extra: Partial<DraftTab> = {}): DraftTab => ({
  id,
  url,
  title: `tab ${id}`,
  active: false,
  lastAccessed: id,
  ...extra,
});

describe('the tab a draft goes to', () => {
  const shop = tab(3, 'https://help.acme.example/chat');
  const older = tab(2, 'https://www.acme.example/orders');
  const other = tab(4, 'https://other.example/');
  const workspace = tab(5, 'chrome-extension://ext-id/sidepanel.html', { active: true });
  it.each([
    ['the web page in front (side panel beside the chat)', [shop, { ...other, active: true }], 'acme.example', 4],
    ['the case site’s latest tab when the workspace is in front', [older, shop, other, workspace], 'acme.example', 3],
    ['none when the case has no site and no web page is in front', [shop, workspace], null, null],
    ['none when no tab is of the case’s site', [other, workspace], 'acme.example', null],
    ['never a browser page in front', [{ ...tab(6, 'chrome://settings'), active: true }, shop], 'acme.example', 3],
  ] as const)('%s', (_name, tabs, site, expected) => {
    expect(pickDraftTab(tabs, site)?.id ?? null).toBe(expected);
  });
});

describe('draft.insert in the background', () => {
  it('puts the text into the chosen tab and names it, or says why it could not', async () => {
    const { ports, tabs, inserts } = fakePorts({ chatBoxIn: [3] });
    tabs.push(
      tab(3, 'https://help.acme.example/chat'),
      tab(5, 'chrome-extension://ext-id/sidepanel.html', { active: true }),
    );
    expect(await handleDraftInsert({ ports }, { site: 'acme.example', text: 'Please refund order 1234.' })).toEqual({
      ok: true,
      result: 'inserted',
      tabTitle: 'tab 3',
    });
    expect(inserts).toEqual([{ tabId: 3, text: 'Please refund order 1234.' }]);
    expect(await handleDraftInsert({ ports }, { site: 'other.example', text: 'x' })).toEqual({
      ok: true,
      result: 'no-tab',
      tabTitle: null,
    });
    tabs.splice(0, 1, tab(3, 'https://help.acme.example/chat', { active: true }));
    const noBox = fakePorts({ chatBoxIn: [] });
    noBox.tabs.push(...tabs);
    expect(await handleDraftInsert({ ports: noBox.ports }, { site: null, text: 'x' })).toEqual({
      ok: true,
      result: 'no-chat-box',
      tabTitle: 'tab 3',
    });
  });
});

describe('the frame message', () => {
  it('accepts only its own shape and a bounded text', () => {
    expect(isInsertDraftMessage({ type: INSERT_DRAFT, text: 'hi' })).toBe(true);
    for (const bad of [
      null,
      'hi',
      { type: INSERT_DRAFT },
      { type: INSERT_DRAFT, text: '' },
      { type: INSERT_DRAFT, text: 'x'.repeat(MAX_DRAFT_TEXT + 1) },
      { type: 'other', text: 'hi' },
      { type: INSERT_DRAFT, text: 42 },
    ]) {
      expect(isInsertDraftMessage(bad)).toBe(false);
    }
  });
});

describe('the recorder fills the chat box of the list it watches', () => {
  const controllers: AbortController[] = [];
  afterEach(() => {
    controllers.forEach((c) => c.abort());
    document.body.innerHTML = '';
  });
  const start = () => {
    const controller = new AbortController();
    controllers.push(controller);
    return startRecorder({
      document,
      env: { shadowRootOf: (el: Element) => el.shadowRoot },
      adapters: [genericAdapter],
      outbox: { add: () => undefined },
      signal: controller.signal,
      now: () => 1000,
      setTimer: (callback, ms) => setTimeout(callback, ms),
    });
  };
  const chat = (composer: string) => `
    <div class="widget"><div role="log" aria-label="Chat">
      <div class="msg msg--agent"><span class="author-name">Dana</span><p>Hi, this is Dana.</p></div>
      <div class="msg msg--customer"><p>Hello</p></div>
    </div>${composer}</div>`;

  it('into a textarea, firing input, without sending', () => {
    document.body.innerHTML = `<input type="text" id="search">${chat('<textarea id="box"></textarea><button id="send">Send</button>')}`;
    let sent = false;
    document.getElementById('send')!.addEventListener('click', () => (sent = true));
    let inputs = 0;
    document.getElementById('box')!.addEventListener('input', () => inputs++);
    const recorder = start();
    expect(recorder.insertDraft('Please refund order 1234.')).toBe(true);
    expect((document.getElementById('box') as HTMLTextAreaElement).value).toBe('Please refund order 1234.');
    expect((document.getElementById('search') as HTMLInputElement).value).toBe('');
    expect(inputs).toBe(1);
    expect(sent).toBe(false);
  });

  it('into a contenteditable, as text (markup stays inert)', () => {
    document.body.innerHTML = chat('<div id="box" contenteditable="true"></div>');
    const recorder = start();
    expect(recorder.insertDraft('<img src=x onerror=alert(1)> order 1234')).toBe(true);
    const box = document.getElementById('box')!;
    expect(box.textContent).toBe('<img src=x onerror=alert(1)> order 1234');
    expect(box.querySelector('img')).toBeNull();
  });

  it('reports no box when the page has no chat, or after it stopped', () => {
    document.body.innerHTML = '<input type="text" id="search">';
    expect(start().insertDraft('hi')).toBe(false);
    expect((document.getElementById('search') as HTMLInputElement).value).toBe('');
    document.body.innerHTML = chat('<textarea id="box"></textarea>');
    const recorder = start();
    controllers.at(-1)!.abort();
    expect(recorder.insertDraft('hi')).toBe(false);
  });
});

describe('a sent draft', () => {
  it('is stored with the case and logged with its text', async () => {
    const { repo } = await freshRepo();
    const record = await createCase(repo, { title: 'Kettle', company: 'Acme', site: null });
    const draft = await recordSentDraft(
      repo,
      { caseId: record.id, scenario: 'refund', locale: 'en', length: 'short', text: 'Please refund order 1234.' },
      'inserted',
    );
    expect(draft.sentAt).toBe(repo.now());
    expect(await listCaseDrafts(repo, record.id)).toEqual([draft]);
    expect((await listCaseEvents(repo, record.id)).at(-1)).toMatchObject({
      type: 'draft.sent',
      payload: { draftId: draft.id, delivery: 'inserted', text: 'Please refund order 1234.' },
    });
    await expect(
      recordSentDraft(
        repo,
        { caseId: 'no-such-case', scenario: 'refund', locale: 'en', length: 'short', text: 'x' },
        'copied',
      ),
    ).rejects.toThrow();
    expect(await repo.db.drafts.count()).toBe(1);
  });
});
