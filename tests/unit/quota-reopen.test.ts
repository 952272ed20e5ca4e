import { describe, expect, it, vi } from 'vitest';
import { isQuotaError } from '@/lib/db/errors';
import { getRepoContext } from '@/lib/db/instance';
import { createCase, listCases } from '@/lib/db/repos/cases';

describe('the shared connection after a full disk', () => {
  it('opens again once space returns, instead of refusing every call with the old failure', async () => {
    const first = await getRepoContext();
    await createCase(first, { title: 'Before', company: 'Acme', site: 'acme.example' });

    // What Chromium does on a full disk (e2e/quota.spec.ts): the browser closes the connection
    // (Dexie's onclose handler does exactly this), and opening again fails until space is freed.
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    });
    first.db.close({ disableAutoOpen: false });
    const error = await createCase(first, { title: 'Lost?', company: 'Acme', site: 'acme.example' }).catch(
      (e: unknown) => e,
    );
    expect(isQuotaError(error)).toBe(true);
    expect(first.db.hasFailed()).toBe(true);
    await expect(getRepoContext()).rejects.toSatisfy(isQuotaError);

    open.mockRestore();
    const later = await getRepoContext();
    await createCase(later, { title: 'After', company: 'Acme', site: 'acme.example' });
    expect((await listCases(later)).map((c) => c.title).sort()).toEqual(['After', 'Before']);
  });
});
