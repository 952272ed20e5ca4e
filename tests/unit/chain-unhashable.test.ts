import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents } from '@/lib/db/repos/events';
import { verifyChain } from '@/lib/integrity/chain';
import { freshRepo } from '../helpers/repo';

describe('verifyChain on an event no hash can be computed over', () => {
  it('reports a hash mismatch instead of throwing (a lone surrogate from a hand-edited file)', async () => {
    const env = await freshRepo();
    const acme = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
    const [first] = await listCaseEvents(env.repo, acme.id);
    const edited = { ...first!, payload: { ...(first!.payload as object), '': '\uD800' } };
    const verdict = verifyChain(acme.id, [edited]);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([{ kind: 'hash-mismatch', seq: 0 }]);
  });
});
