import { describe, expect, it } from 'vitest';
import { createCase, updateCase } from '@/lib/db/repos/cases';
import { listCaseEventsInPages } from '@/lib/db/repos/event-pages';
import { listCaseEvents } from '@/lib/db/repos/events';
import { freshRepo } from '../helpers/repo';

async function caseWithEvents(count: number) {
  const env = await freshRepo();
  const created = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  for (let i = 1; i < count; i++) await updateCase(env.repo, created.id, { title: `Acme ${i}` });
  // Another case's events interleave in the table and must not appear.
  const other = await createCase(env.repo, { title: 'Other', company: 'Other', site: 'other.example' });
  await updateCase(env.repo, other.id, { title: 'Other 2' });
  return { ...env, caseId: created.id };
}

describe('listCaseEventsInPages', () => {
  it('reads the same events, in the same order, as one read, whatever the page size', async () => {
    const { repo, caseId } = await caseWithEvents(12);
    const whole = await listCaseEvents(repo, caseId);
    expect(whole).toHaveLength(12);
    for (const pageSize of [1, 4, 5, 12, 13, 500]) {
      expect(await listCaseEventsInPages(repo, caseId, pageSize)).toEqual(whole);
    }
  });

  it('reads nothing for a case without events', async () => {
    const { repo } = await freshRepo();
    expect(await listCaseEventsInPages(repo, 'no-such-case', 3)).toEqual([]);
  });
});
