import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { addEvidence } from '@/lib/db/repos/evidence';
import {
  addManualFact,
  confirmFact,
  editFact,
  listCaseFacts,
  rejectFact,
  remindAboutFact,
  restoreFact,
} from '@/lib/db/repos/facts';
import { moveItem } from '@/lib/db/repos/items';
import { recordMessages } from '@/lib/db/repos/messages';
import { factKey, suggestFacts } from '@/lib/facts/suggest';
import { freshRepo } from '../helpers/repo';

const PAGE_TEXT =
  "Order A-10042. Hi, my name is Dana. Tracking 1Z999AA10123456784. You'll get the refund of $59.99 within 5 business days.";

async function withCase() {
  const env = await freshRepo();
  const acme = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  return { ...env, acme };
}

const page = (text = PAGE_TEXT) => [{ kind: 'screenshot' as const, blob: new Blob(['png']), text }];

function message(key: string, role: 'agent' | 'customer', text: string) {
  return {
    key,
    role,
    authorName: role === 'agent' ? 'Dana' : null,
    text,
    truncated: false,
    widgetTimeText: null,
    fromHistory: false,
    seenAt: Date.UTC(2026, 10, 22, 9, 0, 0),
  };
}

describe('facts from captures and messages', () => {
  it('a capture suggests the facts on the page in the same transaction, with spans into its text', async () => {
    const { repo, acme } = await withCase();
    const [shot] = await addEvidence(repo, acme.id, page(), { captureId: 'capture-1', eventType: 'capture.saved' });
    const facts = await listCaseFacts(repo, acme.id);
    const byKind = Object.fromEntries(facts.map((f) => [f.kind, f]));
    expect(byKind['order-number']?.value).toBe('A-10042');
    expect(byKind['rep-name']?.value).toBe('Dana');
    expect(byKind['tracking-number']?.value).toBe('1Z999AA10123456784');
    expect(byKind.promise?.deadline).toEqual({ type: 'duration', amount: 5, unit: 'business-day' });
    for (const fact of facts) {
      expect(fact.status).toBe('suggested');
      expect(fact.source).toMatchObject({ kind: 'evidence', id: shot!.id });
      expect(PAGE_TEXT.slice(fact.source.start, fact.source.end)).not.toBe('');
      expect(fact.context?.match).toBe(PAGE_TEXT.slice(fact.source.start, fact.source.end));
    }
    const events = await listCaseEvents(repo, acme.id);
    expect(events.map((e) => e.type)).toEqual(['case.created', 'capture.saved', 'fact.added']);
    expect((events[2]!.payload.facts as unknown[]).length).toBe(facts.length);
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
  });

  it('a second capture of the same page adds no duplicate facts and no empty event', async () => {
    const { repo, acme } = await withCase();
    await addEvidence(repo, acme.id, page());
    const first = (await listCaseFacts(repo, acme.id)).length;
    await addEvidence(repo, acme.id, page());
    expect((await listCaseFacts(repo, acme.id)).length).toBe(first);
    const types = (await listCaseEvents(repo, acme.id)).map((e) => e.type);
    expect(types.filter((t) => t === 'fact.added')).toHaveLength(1);
  });

  it('confirmed, edited and rejected facts are never overwritten or suggested again', async () => {
    const { repo, acme } = await withCase();
    await addEvidence(repo, acme.id, page());
    const facts = await listCaseFacts(repo, acme.id);
    const order = facts.find((f) => f.kind === 'order-number')!;
    const name = facts.find((f) => f.kind === 'rep-name')!;
    const tracking = facts.find((f) => f.kind === 'tracking-number')!;
    await editFact(repo, order.id, 'A-10043');
    await confirmFact(repo, name.id);
    await rejectFact(repo, tracking.id);
    await addEvidence(repo, acme.id, page());
    const after = await listCaseFacts(repo, acme.id);
    expect(after).toHaveLength(facts.length);
    expect(after.find((f) => f.id === order.id)).toMatchObject({
      value: 'A-10043',
      extractedValue: 'A-10042',
      status: 'confirmed',
    });
    expect(after.find((f) => f.id === name.id)?.status).toBe('confirmed');
    expect(after.find((f) => f.id === tracking.id)?.status).toBe('rejected');
    await restoreFact(repo, tracking.id);
    expect((await listCaseFacts(repo, acme.id)).find((f) => f.id === tracking.id)?.status).toBe('suggested');
    const updates = (await listCaseEvents(repo, acme.id)).filter((e) => e.type === 'fact.updated');
    expect(updates.map((e) => e.payload.action)).toEqual(['edited', 'confirmed', 'rejected', 'restored']);
    expect(updates[0]!.payload).toMatchObject({ previousValue: 'A-10042', value: 'A-10043' });
  });

  it('an empty edit is refused and changes nothing', async () => {
    const { repo, acme } = await withCase();
    await addEvidence(repo, acme.id, page());
    const [fact] = await listCaseFacts(repo, acme.id);
    await expect(editFact(repo, fact!.id, '   ')).rejects.toThrow('A fact needs a value.');
    expect((await listCaseFacts(repo, acme.id)).find((f) => f.id === fact!.id)).toEqual(fact);
  });

  it('a customer’s own words give order numbers but no rep name and no company promise', async () => {
    const { repo, acme } = await withCase();
    await recordMessages(repo, {
      caseId: acme.id,
      site: 'acme.example',
      frameUrl: 'https://acme.example/',
      adapter: 'generic',
      messages: [
        message('c1', 'customer', 'Hi, my name is Olga, order A-10042. I will send the photos within 2 days.'),
        message('a1', 'agent', 'This is Marcus from billing. We will refund you within 5 business days.'),
      ],
    });
    const facts = await listCaseFacts(repo, acme.id);
    expect(facts.filter((f) => f.kind === 'rep-name').map((f) => f.value)).toEqual(['Marcus']);
    expect(facts.filter((f) => f.kind === 'promise')).toHaveLength(1);
    expect(facts.find((f) => f.kind === 'order-number')?.source.kind).toBe('message');
  });

  it('moving an item takes the facts read from it to the other case', async () => {
    const { repo, acme } = await withCase();
    const other = await createCase(repo, { title: 'Other', company: 'Other', site: 'other.example' });
    const [shot] = await addEvidence(repo, acme.id, page());
    const count = (await listCaseFacts(repo, acme.id)).length;
    await moveItem(repo, 'evidence', shot!.id, other.id);
    expect(await listCaseFacts(repo, acme.id)).toEqual([]);
    expect(await listCaseFacts(repo, other.id)).toHaveLength(count);
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
    expect((await verifyCaseLog(repo, other.id)).ok).toBe(true);
  });

  it('a fact typed by the user is confirmed and logged; a promise can become a reminder', async () => {
    const { repo, db, acme } = await withCase();
    const fact = await addManualFact(repo, acme.id, 'promise', 'Marcus promised the refund by 18 Nov');
    expect(fact).toMatchObject({ status: 'confirmed', source: { kind: 'manual', id: null } });
    const due = Date.UTC(2026, 10, 18, 16, 0, 0);
    const reminder = await remindAboutFact(repo, fact.id, due, 'Marcus promised the refund by 18 Nov');
    expect(await db.reminders.get(reminder.id)).toMatchObject({ kind: 'promise', dueAt: due, sourceId: fact.id });
    const types = (await listCaseEvents(repo, acme.id)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['fact.added', 'reminder.set']);
  });

  it('extraction can be turned off for an item', async () => {
    const { repo, acme } = await withCase();
    await addEvidence(repo, acme.id, page(), { extractFacts: false });
    expect(await listCaseFacts(repo, acme.id)).toEqual([]);
  });
});

describe('suggestFacts', () => {
  it('treats values that differ only in case, spacing or width as the same fact', () => {
    expect(factKey('order-number', 'a-10042 ')).toBe(factKey('order-number', 'A-10042'));
    expect(factKey('order-number', 'Ａ-10042')).toBe(factKey('order-number', 'A-10042'));
    expect(factKey('ticket-number', 'A-10042')).not.toBe(factKey('order-number', 'A-10042'));
  });

  it('does not suggest again what the user corrected away', () => {
    const existing = [{ kind: 'order-number' as const, value: 'A-10043', extractedValue: 'A-10042' }];
    const found = suggestFacts(existing, [{ kind: 'evidence', id: 'e1', text: 'Order A-10042', at: 0 }]);
    expect(found.filter((f) => f.kind === 'order-number')).toEqual([]);
  });
});
