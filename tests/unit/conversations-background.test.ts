import { describe, expect, it } from 'vitest';
import { guard } from '@/lib/background/guard';
import { handleChatHello, handleChatRecord } from '@/lib/background/handlers/chat';
import { handleAddConversation, handleRemoveConversation } from '@/lib/background/handlers/conversations';
import { handleEnableSite } from '@/lib/background/handlers/sites';
import { CHAT_SCRIPT_ID, MESSAGING_APP_SCRIPT_ID, MESSAGING_APP_SCRIPT_PATH } from '@/lib/background/registration';
import type { MessageSenderInfo } from '@/lib/background/ports';
import { DEFAULT_SETTINGS, settingsSchema } from '@/lib/schemas/settings';
import { contentSender, fakePorts, pageSender } from '../helpers/fake-ports';
import { freshRepo } from '../helpers/repo';

const WA = 'https://web.whatsapp.com/';
const SUPPORT = '15551230000@c.us';
const PERSONAL = '972501234567@c.us';

const observed = (key: string, text = 'Hello') => ({
  key,
  role: 'agent' as const,
  authorName: null,
  text,
  truncated: false,
  widgetTimeText: null,
  fromHistory: false,
  seenAt: 1,
});
const batch = (conversation: unknown, key = `id:false_${SUPPORT}_A`) => ({
  batchId: 'b1',
  adapter: 'whatsapp',
  messages: [observed(key)],
  ...(conversation === undefined ? {} : { conversation }),
});

async function setup(granted = ['*://web.whatsapp.com/*']) {
  const env = await freshRepo();
  const fake = fakePorts({ granted, manifestMatches: ['http://127.0.0.1/*'] });
  const deps = { ports: fake.ports, repo: async () => env.repo };
  const record = guard('chat.record', fake.ports, (data, sender) => handleChatRecord(deps, data, sender));
  const hello = guard('chat.hello', fake.ports, (data, sender) => handleChatHello(deps, data, sender));
  const add = guard('conversations.add', fake.ports, (data) => handleAddConversation(deps, data));
  const remove = guard('conversations.remove', fake.ports, (data) => handleRemoveConversation(deps, data));
  const enable = guard('sites.enable', fake.ports, (data) => handleEnableSite(deps, data));
  const call = <R>(
    h: (m: { data: unknown; sender: MessageSenderInfo }) => Promise<R>,
    data: unknown,
    sender: MessageSenderInfo,
  ) => h({ data, sender });
  return { ...env, ...fake, record, hello, add, remove, enable, call };
}

describe('messaging-app conversations in the background', () => {
  it('records a chosen conversation into its own case, named after it and the app', async () => {
    const { call, add, record, db, registered, injected } = await setup();
    expect(
      await call(add, { app: 'whatsapp', conversationId: SUPPORT, title: 'Acme Support' }, pageSender),
    ).toMatchObject({
      ok: true,
    });
    // The app gets its own top-frame script, never the site chat script; open tabs start at once.
    expect(registered.get(MESSAGING_APP_SCRIPT_ID)).toMatchObject({
      matches: ['*://web.whatsapp.com/*'],
      allFrames: false,
    });
    expect(registered.has(CHAT_SCRIPT_ID)).toBe(false);
    expect(injected).toEqual([
      { patterns: ['*://web.whatsapp.com/*'], file: MESSAGING_APP_SCRIPT_PATH, allFrames: false },
    ]);
    const reply = await call(record, batch({ app: 'whatsapp', id: SUPPORT }), contentSender(WA));
    expect(reply).toMatchObject({ ok: true, acknowledged: [`id:false_${SUPPORT}_A`] });
    const again = await call(
      record,
      batch({ app: 'whatsapp', id: SUPPORT }, `id:true_${SUPPORT}_B`),
      contentSender(WA),
    );
    expect(again).toMatchObject({ ok: true });
    const cases = await db.cases.toArray();
    expect(cases.map((c) => [c.title, c.site])).toEqual([['Acme Support · WhatsApp', 'whatsapp.com']]);
    expect(await db.messages.count()).toBe(2);
  });

  it('refuses a batch of a conversation not chosen, one without a conversation, and from a frame', async () => {
    const { call, add, record, db } = await setup();
    await call(add, { app: 'whatsapp', conversationId: SUPPORT, title: 'Acme Support' }, pageSender);
    const personal = await call(record, batch({ app: 'whatsapp', id: PERSONAL }), contentSender(WA));
    expect(personal).toMatchObject({ ok: false, error: { code: 'conversation-not-recorded' } });
    const none = await call(record, batch(undefined), contentSender(WA));
    expect(none).toMatchObject({ ok: false, error: { code: 'conversation-not-recorded' } });
    const otherApp = await call(record, batch({ app: 'telegram', id: SUPPORT }), contentSender(WA));
    expect(otherApp).toMatchObject({ ok: false, error: { code: 'conversation-not-recorded' } });
    const frame = await call(record, batch({ app: 'whatsapp', id: SUPPORT }), {
      ...contentSender(WA, 'https://web.whatsapp.com/frame'),
      frameId: 3,
    });
    expect(frame).toMatchObject({ ok: false, error: { code: 'conversation-not-recorded' } });
    expect(await db.messages.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('control: the same personal batch is stored once that conversation is chosen', async () => {
    const { call, add, record, db } = await setup();
    await call(add, { app: 'whatsapp', conversationId: PERSONAL, title: 'Mom' }, pageSender);
    expect(await call(record, batch({ app: 'whatsapp', id: PERSONAL }), contentSender(WA))).toMatchObject({ ok: true });
    expect(await db.messages.count()).toBe(1);
  });

  it('stops taking batches once the conversation is removed; adding it back continues its case', async () => {
    const { call, add, remove, record, db, registered, injected } = await setup();
    await call(add, { app: 'whatsapp', conversationId: SUPPORT, title: 'Acme Support' }, pageSender);
    await call(record, batch({ app: 'whatsapp', id: SUPPORT }), contentSender(WA));
    await call(remove, { app: 'whatsapp', conversationId: SUPPORT }, pageSender);
    expect(registered.has(MESSAGING_APP_SCRIPT_ID)).toBe(false);
    // Open tabs of the app get a fresh copy too, which finds nothing to record and replaces the old one.
    expect(injected).toHaveLength(2);
    const after = await call(
      record,
      batch({ app: 'whatsapp', id: SUPPORT }, `id:true_${SUPPORT}_C`),
      contentSender(WA),
    );
    expect(after).toMatchObject({ ok: false, error: { code: 'conversation-not-recorded' } });
    expect(await db.messages.count()).toBe(1);
  });

  it('never records a messaging app per site: site-wide enabling is refused, hello lists conversations', async () => {
    const { call, enable, hello, add } = await setup([
      '*://whatsapp.com/*',
      '*://*.whatsapp.com/*',
      '*://web.whatsapp.com/*',
    ]);
    const refused = await call(
      enable,
      { site: 'whatsapp.com', patterns: ['*://whatsapp.com/*', '*://*.whatsapp.com/*'] },
      pageSender,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const hi = { frameKind: 'top', adapter: null, shadowRoots: 0 };
    expect(await call(hello, hi, contentSender(WA))).toMatchObject({ ok: true, recording: false, conversations: [] });
    await call(add, { app: 'whatsapp', conversationId: SUPPORT, title: 'Acme Support' }, pageSender);
    expect(await call(hello, hi, contentSender(WA))).toMatchObject({
      ok: true,
      recording: true,
      conversations: [SUPPORT],
    });
    expect(await call(hello, { ...hi, frameKind: 'iframe' }, contentSender(WA))).toMatchObject({ recording: false });
  });

  it('refuses to add a conversation without the app’s access', async () => {
    const { call, add, db } = await setup([]);
    const reply = await call(add, { app: 'whatsapp', conversationId: SUPPORT, title: 'Acme' }, pageSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'permission-missing' } });
    expect(await db.settings.count()).toBe(0);
  });
});

describe('settings with recorded conversations', () => {
  it('reads settings saved before the list existed as an empty list, keeping everything else', () => {
    const { recordedConversations: _dropped, ...older } = {
      ...DEFAULT_SETTINGS,
      autoCaptureSites: [{ site: 'acme.example', patterns: ['*://acme.example/*'], enabledAt: 5 }],
    };
    const parsed = settingsSchema.parse(older);
    expect(parsed.recordedConversations).toEqual([]);
    expect(parsed.autoCaptureSites).toHaveLength(1);
  });

  it('validates each entry: a known app, an id, a title; a case id defaults to none', () => {
    const entry = { app: 'whatsapp', conversationId: SUPPORT, title: 'Acme', addedAt: 1 };
    expect(
      settingsSchema.parse({ ...DEFAULT_SETTINGS, recordedConversations: [entry] }).recordedConversations[0]?.caseId,
    ).toBeNull();
    for (const bad of [
      { ...entry, app: 'signal' },
      { ...entry, conversationId: '' },
      { ...entry, title: '' },
      { ...entry, conversationId: 'a\u0000b' },
    ]) {
      expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, recordedConversations: [bad] }).success).toBe(false);
    }
  });
});
