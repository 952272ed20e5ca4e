import { describe, expect, it } from 'vitest';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { computeEventHash, verifyChain } from '@/lib/integrity/chain';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { addEvidence } from '@/lib/db/repos/evidence';
import { hideItem, moveItem } from '@/lib/db/repos/items';
import { recordMessages } from '@/lib/db/repos/messages';
import type { CaseEventRecord } from '@/lib/schemas';
import { freshRepo } from '../helpers/repo';

async function caseWithHistory() {
  const env = await freshRepo();
  const created = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  env.clock.now += 60_000;
  await updateCase(env.repo, created.id, { status: 'waiting' });
  await recordMessages(env.repo, {
    caseId: created.id,
    site: 'acme.example',
    frameUrl: 'https://acme.example/',
    adapter: 'generic',
    messages: [
      {
        key: 'a',
        role: 'agent',
        authorName: 'Dana',
        text: 'Refund within 5 days',
        truncated: false,
        widgetTimeText: null,
        fromHistory: false,
        seenAt: env.clock.now,
      },
    ],
  });
  await addEvidence(env.repo, created.id, [
    { kind: 'screenshot', blob: new Blob(['png-bytes'], { type: 'image/png' }) },
  ]);
  return { ...env, caseId: created.id };
}

describe('event hash', () => {
  it('is SHA-256 of the RFC 8785 canonical JSON, reproducible with standard tools', async () => {
    const { repo, caseId } = await caseWithHistory();
    const [first] = await listCaseEvents(repo, caseId);
    const { id: _id, hash, ...hashed } = first!;
    const canonical = canonicalize({ v: 1, ...hashed });
    expect(createHash('sha256').update(canonical!, 'utf8').digest('hex')).toBe(hash);
  });
});

describe('append-only log', () => {
  it('chains every change of a case and verifies', async () => {
    const { repo, caseId } = await caseWithHistory();
    const events = await listCaseEvents(repo, caseId);
    expect(events.map((e) => e.type)).toEqual(['case.created', 'case.updated', 'message.recorded', 'evidence.added']);
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(events[0]!.prevHash).toBeNull();
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    const verdict = await verifyCaseLog(repo, caseId);
    expect(verdict).toMatchObject({ ok: true, length: 4, rootHash: events[3]!.hash });
  });

  it('covers the digest of every Blob an event adds', async () => {
    const { repo, caseId } = await caseWithHistory();
    const events = await listCaseEvents(repo, caseId);
    const added = events.find((e) => e.type === 'evidence.added')!;
    expect(added.blobs).toHaveLength(1);
    expect(added.blobs[0]!.sha256).toBe(createHash('sha256').update('png-bytes').digest('hex'));
    const swapped = { ...added, blobs: [{ ...added.blobs[0]!, sha256: 'f'.repeat(64) }] };
    expect(computeEventHash(swapped)).not.toBe(added.hash);
  });

  it.each([
    ['payload text', (e: CaseEventRecord) => ({ ...e, payload: { ...e.payload, tampered: true } })],
    ['time', (e: CaseEventRecord) => ({ ...e, at: e.at + 1 })],
    ['type', (e: CaseEventRecord) => ({ ...e, type: 'note.added' as const })],
    [
      'blob digest',
      (e: CaseEventRecord) => ({ ...e, blobs: [{ itemId: 'x-000000', sha256: '0'.repeat(64), size: 1 }] }),
    ],
  ])('breaks when an event’s %s changes', async (_what, tamper) => {
    const { repo, caseId } = await caseWithHistory();
    const events = await listCaseEvents(repo, caseId);
    const tampered = events.map((e, i) => (i === 2 ? tamper(e) : e));
    const verdict = verifyChain(caseId, tampered);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toContainEqual({ kind: 'hash-mismatch', seq: 2 });
  });

  it('breaks when an event is removed or re-hashed without its successors', async () => {
    const { repo, caseId } = await caseWithHistory();
    const events = await listCaseEvents(repo, caseId);
    expect(
      verifyChain(
        caseId,
        events.filter((e) => e.seq !== 1),
      ).ok,
    ).toBe(false);
    const rehashed = events.map((e) => {
      if (e.seq !== 1) return e;
      const changed = { ...e, payload: { changes: { status: 'resolved' } } };
      return { ...changed, hash: computeEventHash(changed) };
    });
    expect(verifyChain(caseId, rehashed).problems).toContainEqual({ kind: 'prev-hash-mismatch', seq: 2 });
  });

  it('records undo as a tombstone event and keeps the item', async () => {
    const { repo, caseId, db } = await caseWithHistory();
    const [evidence] = await db.evidence.toArray();
    await hideItem(repo, 'evidence', evidence!.id, 'undo');
    expect((await db.evidence.get(evidence!.id))?.hiddenAt).not.toBeNull();
    const events = await listCaseEvents(repo, caseId);
    expect(events.at(-1)).toMatchObject({ type: 'item.hidden', payload: { itemId: evidence!.id, reason: 'undo' } });
    expect((await verifyCaseLog(repo, caseId)).ok).toBe(true);
  });

  it('records a move in both cases’ logs', async () => {
    const { repo, caseId, db } = await caseWithHistory();
    const other = await createCase(repo, { title: 'Other', company: 'Other', site: null });
    const [message] = await db.messages.toArray();
    await moveItem(repo, 'messages', message!.id, other.id);
    expect((await db.messages.get(message!.id))?.caseId).toBe(other.id);
    expect((await listCaseEvents(repo, caseId)).at(-1)?.type).toBe('item.moved-out');
    expect((await listCaseEvents(repo, other.id)).at(-1)?.type).toBe('item.moved-in');
    expect((await verifyCaseLog(repo, other.id)).ok).toBe(true);
  });
});
