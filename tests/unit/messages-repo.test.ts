import { describe, expect, it } from 'vitest';
import { createCase, findOrCreateCaseForSite } from '@/lib/db/repos/cases';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { recordMessages, type IncomingMessage } from '@/lib/db/repos/messages';
import { mergeCases } from '@/lib/db/repos/merge';
import { searchCases } from '@/lib/db/repos/search';
import { freshRepo } from '../helpers/repo';
import { observedMessage } from '../helpers/observed-message';

const message = observedMessage;

async function setup() {
  const env = await freshRepo();
  const acme = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  const batch = (messages: IncomingMessage[]) =>
    recordMessages(env.repo, {
      caseId: acme.id,
      site: 'acme.example',
      frameUrl: 'https://acme.example/',
      adapter: 'generic',
      messages,
    });
  return { ...env, acme, batch };
}

describe('recording messages', () => {
  it('stores each message once and a re-render stores nothing new', async () => {
    const { batch, db, repo, acme } = await setup();
    expect((await batch([message('k1', 'Hello'), message('k2', 'Order A-1')])).stored).toEqual(['k1', 'k2']);
    expect(await batch([message('k1', 'Hello'), message('k2', 'Order A-1')])).toEqual({
      stored: [],
      revised: [],
      unchanged: ['k1', 'k2'],
    });
    expect(await db.messages.count()).toBe(2);
    expect((await listCaseEvents(repo, acme.id)).filter((e) => e.type === 'message.recorded')).toHaveLength(2);
  });

  it('keeps the same text sent twice as two messages (different keys)', async () => {
    const { batch, db } = await setup();
    await batch([message('fp:x:1', 'ok', { role: 'customer' }), message('fp:x:2', 'ok', { role: 'customer' })]);
    expect(await db.messages.count()).toBe(2);
  });

  it('turns an edited message into a revision event, keeping the previous text in the log', async () => {
    const { batch, db, repo, acme } = await setup();
    await batch([message('id:7', 'Refund in 5 days')]);
    const outcome = await batch([message('id:7', 'Refund in 10 days')]);
    expect(outcome.revised).toEqual(['id:7']);
    const [stored] = await db.messages.toArray();
    expect(stored!.text).toBe('Refund in 10 days');
    const revision = (await listCaseEvents(repo, acme.id)).at(-1)!;
    expect(revision).toMatchObject({ type: 'message.revised', payload: { previousText: 'Refund in 5 days' } });
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
  });

  it('clamps the time a page-side script claims to the background clock', async () => {
    const { batch, db, clock } = await setup();
    await batch([message('future', 'x', { seenAt: clock.now + 10 ** 9 }), message('past', 'y', { seenAt: 0 })]);
    const byKey = Object.fromEntries((await db.messages.toArray()).map((m) => [m.key, m.firstSeenAt]));
    expect(byKey.future).toBe(clock.now);
    expect(byKey.past).toBe(clock.now - 24 * 3600 * 1000);
  });

  it('commits all of a batch or none of it', async () => {
    const { batch, db, repo, acme } = await setup();
    const before = (await listCaseEvents(repo, acme.id)).length;
    await expect(batch([message('ok', 'fine'), message('bad', 'x'.repeat(200_001))])).rejects.toThrow();
    expect(await db.messages.count()).toBe(0);
    expect(await listCaseEvents(repo, acme.id)).toHaveLength(before);
  });
});

describe('case for a site', () => {
  it('reuses the recent open case and starts a new one after 30 days or once resolved', async () => {
    const { repo, clock } = await freshRepo();
    const first = await findOrCreateCaseForSite(repo, 'acme.example', 'acme.example');
    expect(first.created).toBe(true);
    expect((await findOrCreateCaseForSite(repo, 'acme.example', 'acme.example')).record.id).toBe(first.record.id);
    clock.now += 31 * 24 * 3600 * 1000;
    const later = await findOrCreateCaseForSite(repo, 'acme.example', 'acme.example');
    expect(later.created).toBe(true);
    expect(later.record.id).not.toBe(first.record.id);
  });

  it('does not create two cases when two batches arrive together', async () => {
    const { repo, db } = await freshRepo();
    const results = await Promise.all([
      findOrCreateCaseForSite(repo, 'acme.example', 'acme.example'),
      findOrCreateCaseForSite(repo, 'acme.example', 'acme.example'),
    ]);
    expect(new Set(results.map((r) => r.record.id)).size).toBe(1);
    expect(await db.cases.count()).toBe(1);
  });
});

describe('merging and searching cases', () => {
  it('moves every item, keeps colliding keys apart and logs both sides', async () => {
    const { repo, db, batch, acme } = await setup();
    await batch([message('k1', 'Order A-10042 refund promised')]);
    const other = await createCase(repo, { title: 'Acme (phone)', company: 'Acme', site: 'acme.example' });
    await recordMessages(repo, {
      caseId: other.id,
      site: 'acme.example',
      frameUrl: 'x',
      adapter: 'generic',
      messages: [message('k1', 'Same key, other case')],
    });
    await mergeCases(repo, other.id, acme.id);
    const messages = await db.messages.where('caseId').equals(acme.id).toArray();
    expect(messages).toHaveLength(2);
    expect(new Set(messages.map((m) => m.key)).size).toBe(2);
    expect((await db.cases.get(other.id))?.mergedInto).toBe(acme.id);
    expect((await listCaseEvents(repo, other.id)).at(-1)?.type).toBe('case.merged-into');
    expect((await listCaseEvents(repo, acme.id)).at(-1)?.type).toBe('case.merged-from');
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
  });

  it('finds cases by company, by site and by any message text, ignoring case and Hebrew points', async () => {
    const { repo, batch } = await setup();
    await batch([message('k1', 'הזמנה מס׳ 7781234 תגיע מחר'), message('k2', 'Заказ № 45-118')]);
    await createCase(repo, { title: 'Beta Telecom', company: 'Beta', site: 'beta.example' });
    expect((await searchCases(repo, 'acme')).map((c) => c.title)).toEqual(['Acme']);
    expect((await searchCases(repo, '7781234')).map((c) => c.title)).toEqual(['Acme']);
    expect((await searchCases(repo, 'заказ №')).map((c) => c.title)).toEqual(['Acme']);
    expect((await searchCases(repo, 'beta.example')).map((c) => c.title)).toEqual(['Beta Telecom']);
    expect(await searchCases(repo, 'nothing like this')).toEqual([]);
    expect(await searchCases(repo, '  ')).toHaveLength(2);
  });
});

describe('search over more messages than one read page', () => {
  it('finds a word only one of 1,102 messages holds, whichever read page it falls in, and not in a hidden one', async () => {
    const { repo, batch, db } = await setup();
    const beta = await createCase(repo, { title: 'Beta', company: 'Beta', site: 'beta.example' });
    const filler = Array.from({ length: 1_100 }, (_, i) => message(`f${i}`, `routine reply <${i}>`));
    await batch(filler.slice(0, 600));
    await batch(filler.slice(600));
    await recordMessages(repo, {
      caseId: beta.id,
      site: 'beta.example',
      frameUrl: 'https://beta.example/',
      adapter: 'generic',
      messages: [message('last', 'the parcel went to Eilat'), message('gone', 'a hidden zanzibar')],
    });
    await db.messages.filter((m) => m.key === 'gone').modify({ hiddenAt: 1 });
    expect(await db.messages.count()).toBe(1_102);
    expect((await searchCases(repo, 'eilat')).map((c) => c.title)).toEqual(['Beta']);
    // Whatever the ids, the message read last is in the last page.
    const lastRead = (await db.messages
      .orderBy(':id')
      .reverse()
      .filter((m) => m.hiddenAt === null)
      .first())!;
    const lastCase = (await db.cases.get(lastRead.caseId))!;
    expect((await searchCases(repo, lastRead.text)).map((c) => c.title)).toEqual([lastCase.title]);
    expect(await searchCases(repo, 'zanzibar')).toEqual([]);
  });
});

describe('full storage', () => {
  it('refuses the new batch with a quota error and keeps everything already stored', async () => {
    const { batch, db, repo, acme } = await setup();
    await batch([message('k1', 'kept'), message('k2', 'kept too')]);
    const eventsBefore = await listCaseEvents(repo, acme.id);
    db.messages.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await batch([message('k3', 'new')]).catch((e: unknown) => e);
    const { isQuotaError } = await import('@/lib/db/errors');
    expect(isQuotaError(error)).toBe(true);
    expect((await db.messages.toArray()).map((m) => m.text)).toEqual(['kept', 'kept too']);
    expect(await listCaseEvents(repo, acme.id)).toEqual(eventsBefore);
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
  });
});
