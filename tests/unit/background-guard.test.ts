import { describe, expect, it } from 'vitest';
import { guard } from '@/lib/background/guard';
import { isQuotaError } from '@/lib/db/errors';
import { handleChatHello, handleChatPause, handleChatRecord } from '@/lib/background/handlers/chat';
import { handleDisableSite, handleEnableSite } from '@/lib/background/handlers/sites';
import { CHAT_SCRIPT_ID } from '@/lib/background/registration';
import type { MessageSenderInfo } from '@/lib/background/ports';
import { contentSender, fakePorts, pageSender } from '../helpers/fake-ports';
import { freshRepo } from '../helpers/repo';
import { en } from '@/lib/i18n/locales/en';
import { observedMessage } from '../helpers/observed-message';

const observed = (key: string, text = 'Hello') => observedMessage(key, text, { seenAt: Date.now() });

async function setup(options: Parameters<typeof fakePorts>[0] = { manifestMatches: ['http://127.0.0.1/*'] }) {
  const env = await freshRepo();
  const fake = fakePorts(options);
  const deps = { ports: fake.ports, repo: async () => env.repo };
  const record = guard('chat.record', fake.ports, (data, sender) => handleChatRecord(deps, data, sender));
  const hello = guard('chat.hello', fake.ports, (data, sender) => handleChatHello(deps, data, sender));
  const pause = guard('chat.pause', fake.ports, (data, sender) => handleChatPause(deps, data, sender));
  const call = <R>(
    handler: (m: { data: unknown; sender: MessageSenderInfo }) => Promise<R>,
    data: unknown,
    sender: MessageSenderInfo,
  ) => handler({ data, sender });
  return { ...env, ...fake, deps, record, hello, pause, call };
}

describe('messages from content scripts', () => {
  it('commits a valid batch and acknowledges its keys', async () => {
    const { call, record, db } = await setup();
    const reply = await call(
      record,
      { batchId: 'b1', adapter: 'generic', messages: [observed('k1')] },
      contentSender('http://127.0.0.1:5000/chat'),
    );
    expect(reply).toMatchObject({ ok: true, acknowledged: ['k1'] });
    expect(await db.messages.count()).toBe(1);
    expect((await db.cases.toArray())[0]?.site).toBe('127.0.0.1');
  });

  it.each([
    ['a missing field', { batchId: 'b', adapter: 'generic', messages: [{ key: 'k' }] }],
    ['a wrong role', { batchId: 'b', adapter: 'generic', messages: [{ ...observed('k'), role: 'robot' }] }],
    ['no messages', { batchId: 'b', adapter: 'generic', messages: [] }],
    ['a string', 'hello'],
    ['null', null],
  ])('rejects a payload with %s, logs why and stores nothing', async (_label, data) => {
    const { call, record, db, logs, session } = await setup();
    const reply = await call(record, data, contentSender('http://127.0.0.1:5000/'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await db.messages.count()).toBe(0);
    expect(logs.at(-1)).toMatch(/rejected chat.record .*invalid-payload/);
    expect(session.get('rejections')).toHaveLength(1);
  });

  it('records a chat in a frame whose address is longer than the stored field, with the address cut', async () => {
    const { call, record, db } = await setup();
    const url = `http://127.0.0.1:5000/chat?${'q=1&'.repeat(5_000)}`;
    const reply = await call(
      record,
      { batchId: 'b', adapter: 'generic', messages: [observed('k')] },
      contentSender(url),
    );
    expect(reply).toMatchObject({ ok: true, acknowledged: ['k'] });
    expect((await db.messages.toArray())[0]?.frameUrl).toBe(url.slice(0, 8192));
  });

  it('refuses text with NUL or an unpaired surrogate clearly: the recorder never sends it', async () => {
    const { call, record, db } = await setup();
    for (const text of ['order\u0000A-1', 'refund \uD83D']) {
      const reply = await call(
        record,
        { batchId: 'b', adapter: 'generic', messages: [observed('k', text)] },
        contentSender('http://127.0.0.1/'),
      );
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload', message: expect.stringMatching(/control character|surrogate/) },
      });
    }
    expect(await db.messages.count()).toBe(0);
  });

  it('rejects more than 1 MB of text before parsing', async () => {
    const { call, record, db } = await setup();
    const big = Array.from({ length: 6 }, (_, i) => observed(`k${i}`, 'x'.repeat(190_000)));
    const reply = await call(
      record,
      { batchId: 'b', adapter: 'generic', messages: big },
      contentSender('http://127.0.0.1/'),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await db.messages.count()).toBe(0);
  });

  it.each([
    ['another extension', { ...contentSender('http://127.0.0.1/'), id: 'someone-else' }],
    ['an extension page', pageSender],
    ['a sender without a tab', { id: 'ext-id', url: 'http://127.0.0.1/' }],
  ])('rejects a content-script message forged by %s', async (_label, sender) => {
    const { call, record } = await setup();
    const reply = await call(record, { batchId: 'b', adapter: 'generic', messages: [observed('k')] }, sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forged-sender' } });
  });

  it('refuses to record when the tab’s top-level site is not enabled, even from an enabled frame origin', async () => {
    const { call, record, hello, db } = await setup();
    const fromVendorFrame = contentSender('http://other.test/shop', 'http://127.0.0.1:5000/widget');
    expect(await call(hello, { frameKind: 'iframe', adapter: null, shadowRoots: 0 }, fromVendorFrame)).toMatchObject({
      ok: true,
      recording: false,
    });
    const reply = await call(record, { batchId: 'b', adapter: 'generic', messages: [observed('k')] }, fromVendorFrame);
    expect(reply).toMatchObject({ ok: false, error: { code: 'site-not-enabled' } });
    expect(await db.messages.count()).toBe(0);
  });

  it('turns a storage failure into a clear rejection, never a crash', async () => {
    const { call, record, db } = await setup();
    db.messages.hook('creating', () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const reply = await call(
      record,
      { batchId: 'b', adapter: 'generic', messages: [observed('k')] },
      contentSender('http://127.0.0.1/'),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });

  it('recognises quota errors wrapped by Dexie', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('nope'))).toBe(false);
  });

  it('recognises the errors Chromium 150 gave on a real full disk (e2e/quota.spec.ts)', () => {
    const blobs = new DOMException('Failed to write blobs (IOError)', 'DataError');
    expect(
      isQuotaError({ name: 'AbortError', message: 'DataError Failed to write blobs (IOError)', inner: blobs }),
    ).toBe(true);
    const commit = new DOMException('Encountered disk full while committing transaction.', 'QuotaExceededError');
    expect(isQuotaError({ name: 'AbortError', inner: commit })).toBe(true);
    // Dexie reopening the database the failure closed, while the disk is still full:
    const reopen = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    expect(isQuotaError({ name: 'UnknownError', message: reopen.message, inner: reopen })).toBe(true);
    expect(isQuotaError(new DOMException('Internal error.', 'UnknownError'))).toBe(false);
    // A DataError of another kind is a bug of ours (a bad key), not a full disk.
    expect(isQuotaError({ name: 'DataError', message: 'Failed to execute put: invalid key' })).toBe(false);
  });
});

describe('enabling sites', () => {
  it('registers the chat script with frame options for granted sites only', async () => {
    const { deps, registered, granted, repo } = await setup({});
    const patterns = ['*://acme.example/*', '*://*.acme.example/*'];
    await expect(handleEnableSite(deps, { site: 'acme.example', patterns })).rejects.toMatchObject({
      code: 'permission-missing',
    });
    patterns.forEach((p) => granted.add(p));
    await handleEnableSite(deps, { site: 'acme.example', patterns });
    expect(registered.get(CHAT_SCRIPT_ID)).toMatchObject({
      matches: patterns,
      allFrames: true,
      matchOriginAsFallback: true,
    });
    expect((await repo.db.settings.get('settings'))?.autoCaptureSites.map((s) => s.site)).toEqual(['acme.example']);
    await handleDisableSite(deps, { site: 'acme.example' });
    expect(registered.has(CHAT_SCRIPT_ID)).toBe(false);
  });

  it('rejects site messages sent from web pages', async () => {
    const { ports } = fakePorts();
    const handler = guard('sites.enable', ports, async () => ({ ok: true as const, site: 'x' }));
    const reply = await handler({
      data: { site: 'acme.example', patterns: ['*://acme.example/*'] },
      sender: contentSender('https://acme.example/'),
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forged-sender' } });
  });
});

describe('site access taken back in the browser menu while a page records', () => {
  it('refuses the next batch from the script still running there, and keeps what was stored', async () => {
    const patterns = ['*://acme.example/*', '*://*.acme.example/*'];
    const { call, record, hello, deps, granted, db } = await setup({ granted: patterns });
    await handleEnableSite(deps, { site: 'acme.example', patterns });
    const sender = contentSender('https://acme.example/help');
    const batch = (key: string) => ({ batchId: key, adapter: 'generic', messages: [observed(key)] });
    expect(await call(record, batch('k1'), sender)).toMatchObject({ ok: true, acknowledged: ['k1'] });

    // The browser withdrew access; the setting is still on and the old script still sends.
    patterns.forEach((p) => granted.delete(p));
    expect(await call(record, batch('k2'), sender)).toMatchObject({ ok: false, error: { code: 'site-not-enabled' } });
    expect(await call(hello, { frameKind: 'top', adapter: null, shadowRoots: 0 }, sender)).toMatchObject({
      recording: false,
    });
    expect((await db.messages.toArray()).map((m) => m.key)).toEqual(['k1']);

    // Given back: recorded again, nothing lost before and nothing doubled.
    patterns.forEach((p) => granted.add(p));
    expect(await call(record, batch('k1'), sender)).toMatchObject({ ok: true });
    expect(await call(record, batch('k3'), sender)).toMatchObject({ ok: true });
    expect((await db.messages.toArray()).map((m) => m.key).sort()).toEqual(['k1', 'k3']);
  });
});

describe('pausing a tab from the pill', () => {
  it('acknowledges and drops what the tab sends while paused, and records again on resume', async () => {
    const { call, record, hello, pause, db } = await setup();
    const sender = contentSender('http://127.0.0.1:5000/chat');
    const greeting = await call(hello, { frameKind: 'top', adapter: null, shadowRoots: 0 }, sender);
    expect(greeting).toMatchObject({
      ok: true,
      recording: true,
      paused: false,
      pill: { pause: 'Pause', storageFull: en.pill.storageFull },
    });

    expect(await call(pause, { paused: true }, sender)).toMatchObject({ ok: true, paused: true });
    const frame = contentSender('http://127.0.0.1:5000/chat', 'http://127.0.0.1:6000/widget');
    expect(await call(hello, { frameKind: 'iframe', adapter: null, shadowRoots: 0 }, frame)).toMatchObject({
      paused: true,
      pill: null,
    });
    const dropped = await call(record, { batchId: 'b1', adapter: 'generic', messages: [observed('k1')] }, frame);
    expect(dropped).toMatchObject({ ok: true, caseId: null, acknowledged: ['k1'] });
    expect(await db.messages.count()).toBe(0);

    await call(pause, { paused: false }, sender);
    await call(record, { batchId: 'b2', adapter: 'generic', messages: [observed('k2')] }, frame);
    expect(await db.messages.count()).toBe(1);
  });

  it('refuses a pause from a site that is not enabled', async () => {
    const { call, pause, session } = await setup();
    const reply = await call(pause, { paused: true }, contentSender('https://other.example/'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'site-not-enabled' } });
    expect([...session.keys()].some((key) => key.startsWith('paused:'))).toBe(false);
  });
});
