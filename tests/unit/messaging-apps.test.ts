// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { messagingAppOfUrl, patternsCoverMessagingApp } from '@/lib/messaging-apps/apps';
import { readOpenConversation } from '@/lib/messaging-apps/conversation';
import { startConversationGate, type GateSession } from '@/lib/messaging-apps/gate';
import { keyBelongsTo } from '@/lib/messaging-apps/message-owner';
import { gatedOutbox } from '@/lib/messaging-apps/session-outbox';
import type { ObservedMessage } from '@/lib/messaging/schemas';
import { fixtureHtml, parsePage } from '../fixtures/adapters/load';

const WA = 'https://web.whatsapp.com/';
const waRow = (jid: string, id: string, text: string, out = false) =>
  `<div role="row"><div data-id="${out}_${jid}_${id}"><div class="${out ? 'message-out' : 'message-in'}"><div class="copyable-text" data-pre-plain-text="[10:00, 11/22/2025] X: "><span class="selectable-text">${text}</span></div></div></div></div>`;
const waPage = (title: string, rows: string) =>
  `<div id="side"><span dir="auto" title="Mom">Mom</span></div><div id="main"><header><span dir="auto">${title}</span></header><div role="application">${rows}</div></div>`;

describe('messaging apps', () => {
  it('are known by host, on http and https, and nowhere else', () => {
    expect(messagingAppOfUrl('https://web.whatsapp.com/')?.id).toBe('whatsapp');
    expect(messagingAppOfUrl('http://web.whatsapp.com/')?.id).toBe('whatsapp');
    expect(messagingAppOfUrl('https://web.telegram.org/k/#@acme')?.id).toBe('telegram');
    expect(messagingAppOfUrl('https://web.whatsapp.com.evil.test/')).toBeNull();
    expect(messagingAppOfUrl('https://www.whatsapp.com/')).toBeNull();
    expect(messagingAppOfUrl('chrome://extensions')).toBeNull();
  });

  it('refuse site-wide patterns that would cover them', () => {
    expect(patternsCoverMessagingApp(['*://whatsapp.com/*', '*://*.whatsapp.com/*'])?.id).toBe('whatsapp');
    expect(patternsCoverMessagingApp(['*://*.telegram.org/*'])?.id).toBe('telegram');
    expect(patternsCoverMessagingApp(['*://*/*'])?.id).toBe('whatsapp');
    expect(patternsCoverMessagingApp(['*://shop.test/*', 'http://127.0.0.1/*'])).toBeNull();
  });
});

describe('reading the open conversation', () => {
  it('WhatsApp: the chat jid from the messages’ data-id, the title from the header', () => {
    const doc = parsePage(fixtureHtml('whatsapp'));
    expect(readOpenConversation(doc, WA)).toEqual({
      app: 'whatsapp',
      id: '15551230000@c.us',
      title: 'Acme Store Support',
    });
  });

  it('WhatsApp: two chats’ messages at once (mid-swap) is no conversation; no #main is none', () => {
    const mixed = waPage('Acme', waRow('1@c.us', 'A', 'x') + waRow('2@c.us', 'B', 'y'));
    expect(readOpenConversation(parsePage(mixed), WA)).toBeNull();
    expect(readOpenConversation(parsePage('<div id="side"></div>'), WA)).toBeNull();
  });

  it('WhatsApp: opaque message ids fall back to the title', () => {
    const doc = parsePage(waPage('Acme', '<div role="row"><div data-id="a3b2c4d500998877"></div></div>'));
    expect(readOpenConversation(doc, WA)).toEqual({ app: 'whatsapp', id: 'name:Acme', title: 'Acme' });
  });

  it('Telegram K: the header’s peer id wins over the hash; the hash alone still works', () => {
    const doc = parsePage(fixtureHtml('telegram'));
    expect(readOpenConversation(doc, 'https://web.telegram.org/k/#@romashka_support')).toEqual({
      app: 'telegram',
      id: '-1001234567890',
      title: 'Поддержка Ромашка',
    });
    expect(readOpenConversation(parsePage('<div></div>'), 'https://web.telegram.org/k/#@acme_help')?.id).toBe(
      '@acme_help',
    );
    expect(readOpenConversation(parsePage('<div></div>'), 'https://web.telegram.org/k/')).toBeNull();
  });

  it('Telegram A: the peer id is the hash (thread dropped), the title the header’s', () => {
    const doc = parsePage(
      '<div class="MiddleHeader"><div class="ChatInfo"><div class="fullName">Acme</div></div></div>',
    );
    expect(readOpenConversation(doc, 'https://web.telegram.org/a/#-100777_12')).toEqual({
      app: 'telegram',
      id: '-100777',
      title: 'Acme',
    });
  });

  it('is self-contained, so the popup can run it in the tab through executeScript', () => {
    const doc = parsePage(fixtureHtml('whatsapp'));
    // What executeScript does: only the function's source crosses, nothing it closes over.
    const rebuilt = new Function(`return (${readOpenConversation.toString()})`)() as typeof readOpenConversation;
    expect(rebuilt(doc, WA)?.id).toBe('15551230000@c.us');
  });
});

describe('whose messages a key can be', () => {
  it('WhatsApp: the jid inside the message id must be the conversation’s', () => {
    const chat = { app: 'whatsapp' as const, id: '1@c.us' };
    expect(keyBelongsTo(chat, 'id:true_1@c.us_AAA')).toBe(true);
    expect(keyBelongsTo(chat, 'id:false_2@c.us_AAA')).toBe(false);
    expect(keyBelongsTo(chat, 'fp:abc:1')).toBe(false);
    expect(keyBelongsTo({ app: 'whatsapp', id: 'name:Acme' }, 'id:a3b2c4')).toBe(true);
  });

  it('Telegram: the peer inside the key must be the conversation’s', () => {
    const chat = { app: 'telegram' as const, id: '-100777' };
    expect(keyBelongsTo(chat, 'id:tg:-100777:5')).toBe(true);
    expect(keyBelongsTo(chat, 'id:tg:424242:5')).toBe(false);
    expect(keyBelongsTo(chat, 'id:tga:5')).toBe(true);
  });
});

const observed = (key: string): ObservedMessage => ({
  key,
  role: 'agent',
  authorName: null,
  text: 'hi',
  truncated: false,
  widgetTimeText: null,
  fromHistory: false,
  seenAt: 1,
});

describe('the gated outbox', () => {
  it('passes messages only while the chosen chat is open and each message is its own', () => {
    const sent: string[] = [];
    let open = true;
    let restarts = 0;
    const session = { stillOpen: () => open, restart: () => void restarts++ };
    const outbox = gatedOutbox({ app: 'whatsapp', id: '1@c.us' }, session, {
      add: (ms) => sent.push(...ms.map((m) => m.key)),
    });
    outbox.add([observed('id:true_1@c.us_A')]);
    outbox.add([observed('id:true_1@c.us_B'), observed('id:false_2@c.us_C')]);
    open = false;
    outbox.add([observed('id:true_1@c.us_D')]);
    expect(sent).toEqual(['id:true_1@c.us_A']);
    expect(restarts).toBe(1);
  });
});

describe('the conversation gate', () => {
  function harness(allowed: string[]) {
    document.body.innerHTML = waPage('Acme', waRow('1@c.us', 'A', 'support'));
    const controller = new AbortController();
    const sessions: { id: string; session: GateSession }[] = [];
    const timers: (() => void)[] = [];
    const gate = startConversationGate({
      document,
      href: () => WA,
      allowed: new Set(allowed),
      signal: controller.signal,
      setTimer: (callback) => timers.push(callback),
      onEnter: (conversation, session) => sessions.push({ id: conversation.id, session }),
    });
    const open = (title: string, jid: string) => {
      document.querySelector('#main')!.innerHTML =
        `<header><span dir="auto">${title}</span></header><div role="application">${waRow(jid, 'X', 'hi')}</div>`;
    };
    return { gate, sessions, open, controller };
  }

  it('starts a session for a chosen chat, ends it on switching away, starts anew on coming back', () => {
    const { gate, sessions, open, controller } = harness(['1@c.us']);
    expect(sessions.map((s) => s.id)).toEqual(['1@c.us']);
    open('Mom', '2@c.us');
    // The DOM swapped in place: the old session reads the page again before anything is sent.
    expect(sessions[0]!.session.stillOpen()).toBe(false);
    expect(sessions[0]!.session.signal.aborted).toBe(true);
    gate.check();
    expect(sessions).toHaveLength(1);
    open('Acme', '1@c.us');
    gate.check();
    expect(sessions.map((s) => s.id)).toEqual(['1@c.us', '1@c.us']);
    expect(sessions[1]!.session.stillOpen()).toBe(true);
    controller.abort();
    expect(sessions[1]!.session.signal.aborted).toBe(true);
  });

  it('control: with the personal chat chosen instead, the support chat gets no session', () => {
    const { sessions, open, gate } = harness(['2@c.us']);
    expect(sessions).toEqual([]);
    open('Mom', '2@c.us');
    gate.check();
    expect(sessions.map((s) => s.id)).toEqual(['2@c.us']);
  });
});
