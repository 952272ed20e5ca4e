import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { addEvidence, listCaseEvidence } from '@/lib/db/repos/evidence';
import { moveItems } from '@/lib/db/repos/items';
import { freshRepo } from '../helpers/repo';

async function captureInCase() {
  const { repo } = await freshRepo();
  const acme = await createCase(repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  const other = await createCase(repo, { title: 'Other', company: 'Other', site: 'other.example' });
  const items = await addEvidence(
    repo,
    acme.id,
    [
      { kind: 'screenshot', blob: new Blob(['png']), text: 'Order A-10042' },
      { kind: 'page-archive', blob: new Blob(['mhtml']), mime: 'multipart/related' },
    ],
    { captureId: 'capture-1', eventType: 'capture.saved' },
  );
  return { repo, acme, other, ids: items.map((item) => item.id) };
}

describe('moveItems', () => {
  it('moves every item of a capture to the other case, each with its events', async () => {
    const { repo, acme, other, ids } = await captureInCase();
    await moveItems(repo, 'evidence', ids, other.id);
    expect(await listCaseEvidence(repo, acme.id)).toEqual([]);
    expect((await listCaseEvidence(repo, other.id)).map((item) => item.id).sort()).toEqual([...ids].sort());
    const movedIn = (await listCaseEvents(repo, other.id)).filter((e) => e.type === 'item.moved-in');
    expect(movedIn).toHaveLength(2);
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
    expect((await verifyCaseLog(repo, other.id)).ok).toBe(true);
  });

  it('moves nothing when one of the items cannot be moved', async () => {
    const { repo, acme, other, ids } = await captureInCase();
    await expect(moveItems(repo, 'evidence', [...ids, 'no-such-item'], other.id)).rejects.toThrow();
    expect(await listCaseEvidence(repo, other.id)).toEqual([]);
    expect(await listCaseEvidence(repo, acme.id)).toHaveLength(2);
    expect((await listCaseEvents(repo, acme.id)).some((e) => e.type === 'item.moved-out')).toBe(false);
  });
});
