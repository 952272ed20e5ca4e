import { describe, expect, it } from 'vitest';
import { getCallState, startCall } from '@/lib/db/repos/calls';
import { createCase, deleteCase } from '@/lib/db/repos/cases';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { mergeCases } from '@/lib/db/repos/merge';
import { getSettings } from '@/lib/db/repos/settings';
import { freshRepo } from '../helpers/repo';

async function twoCases() {
  const env = await freshRepo();
  const acme = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  const shop = await createCase(env.repo, { title: 'Shop', company: 'Shop', site: 'shop.example' });
  return { ...env, acme, shop };
}

describe('a call being logged when its case is deleted or merged', () => {
  it('is dropped with a deleted case, and the deletion says so', async () => {
    const { repo, acme } = await twoCases();
    await startCall(repo, acme.id);
    await deleteCase(repo, acme.id);
    expect((await getSettings(repo)).activeCalls).toEqual([]);
    const deleted = (await listCaseEvents(repo, acme.id)).find((e) => e.type === 'case.deleted');
    expect(deleted?.payload).toEqual({ callInProgressDropped: true });
    expect((await verifyCaseLog(repo, acme.id)).ok).toBe(true);
  });

  it('moves with a merged case, and keeps running there', async () => {
    const { repo, acme, shop } = await twoCases();
    await startCall(repo, acme.id);
    const before = await getCallState(repo, acme.id);
    await mergeCases(repo, acme.id, shop.id);
    expect((await getSettings(repo)).activeCalls.map((c) => c.caseId)).toEqual([shop.id]);
    expect(await getCallState(repo, shop.id)).toEqual(before);
    const merged = (await listCaseEvents(repo, acme.id)).find((e) => e.type === 'case.merged-into');
    expect(merged?.payload).toMatchObject({ callInProgress: 'moved' });
  });

  it('gives way to a call already running in the target case', async () => {
    const { repo, acme, shop } = await twoCases();
    await startCall(repo, acme.id);
    await startCall(repo, shop.id);
    const target = await getCallState(repo, shop.id);
    await mergeCases(repo, acme.id, shop.id);
    expect((await getSettings(repo)).activeCalls.map((c) => c.caseId)).toEqual([shop.id]);
    expect(await getCallState(repo, shop.id)).toEqual(target);
  });
});
