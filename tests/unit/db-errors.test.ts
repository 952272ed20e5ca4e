import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { isConstraintError } from '@/lib/db/errors';
import { freshRepo } from '../helpers/repo';

describe('isConstraintError', () => {
  it('recognises a unique index refusing a record, as Dexie reports it', async () => {
    const { repo, db } = await freshRepo();
    const acme = await createCase(repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
    const record = await db.cases.get(acme.id);
    const failure = await db.cases.bulkAdd([record!]).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'BulkError' });
    expect(isConstraintError(failure)).toBe(true);
    const single = await db.cases.add(record!).catch((error: unknown) => error);
    expect(isConstraintError(single)).toBe(true);
  });

  it('looks through `inner` and BulkError failures, and nothing else', () => {
    expect(isConstraintError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(true);
    expect(isConstraintError({ name: 'BulkError', failures: [new Error('x'), { name: 'ConstraintError' }] })).toBe(
      true,
    );
    expect(isConstraintError({ name: 'BulkError', failures: [new Error('x')] })).toBe(false);
    expect(isConstraintError(new DOMException('Encountered disk full.', 'QuotaExceededError'))).toBe(false);
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isConstraintError(loop)).toBe(false);
    expect(isConstraintError(undefined)).toBe(false);
  });
});
