import { describe, expect, it } from 'vitest';
import { createRepoContext } from '@/lib/db/context';
import { isQuotaError } from '@/lib/db/errors';
import { addAttachments } from '@/lib/db/repos/attachments';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { exportBackup } from '@/lib/dossier/backup-export';
import { applyImport, planImport } from '@/lib/dossier/import';
import { verifyDossier } from '@/lib/dossier/verify';
import { dumpDatabase } from '../helpers/db-fixture';
import { caseWithEverything, exportZip } from '../helpers/dossier-case';
import { installQuota, type QuotaShape } from '../helpers/quota';
import { EDITS, startedCall, workspace } from '../helpers/workspace-edits';
import { freshRepo } from '../helpers/repo';

describe.each<QuotaShape>(['commit', 'request', 'disk', 'aborted'])(
  'workspace edits under a full disk (%s)',
  (shape) => {
    it.each(EDITS)(
      '%s (%s): a storage-full error, nothing changed, saved once when space returns',
      async (_label, type, edit) => {
        const env = await workspace();
        await startedCall(env);
        const quota = await installQuota(env.db, shape);
        const before = await dumpDatabase(env.db);
        const count = async () => (await listCaseEvents(env.repo, env.caseId)).filter((e) => e.type === type).length;
        const eventsBefore = await count();
        quota.fill();
        const error = await edit(env).catch((e: unknown) => e);
        expect(isQuotaError(error)).toBe(true);
        expect(await dumpDatabase(env.db)).toEqual(before);

        quota.free();
        await edit(env);
        // Dismissing a reminder is not a log event; everything else is exactly one.
        expect((await count()) - eventsBefore).toBe(type === null ? 0 : 1);
        expect((await verifyCaseLog(env.repo, env.caseId)).ok).toBe(true);
      },
    );

    it('attachments: the files that fit go in, the one that does not is named, none is doubled', async () => {
      const env = await workspace();
      const quota = await installQuota(env.db, shape);
      quota.setBudget(60_000);
      const small = new File(['%PDF-1.4 receipt'], 'receipt.pdf', { type: 'application/pdf' });
      const big = new File([new Uint8Array(200_000).fill(7)], 'photo.png', { type: 'image/png' });
      const note = new File(['ticket 558123'], 'ticket.txt', { type: 'text/plain' });
      const outcome = await addAttachments(env.repo, env.caseId, [small, big, note]);
      expect(outcome.added.map((i) => i.fileName)).toEqual(['receipt.pdf', 'ticket.txt']);
      expect(outcome.refused).toEqual([{ fileName: 'photo.png', reason: 'storage-full' }]);

      quota.free();
      const again = await addAttachments(env.repo, env.caseId, [big]);
      expect(again.added).toHaveLength(1);
      const names = (await env.db.evidence.toArray()).map((i) => i.fileName).sort();
      expect(names).toEqual(['photo.png', 'receipt.pdf', 'ticket.txt']);
      expect((await verifyCaseLog(env.repo, env.caseId)).ok).toBe(true);
    });
  },
);

describe.each<QuotaShape>(['commit', 'disk'])('export and import under a full disk (%s)', (shape) => {
  it('a dossier is still handed over whole when its export.made cannot be logged, and says so', async () => {
    const env = await caseWithEverything();
    const quota = await installQuota(env.db, shape);
    const before = await dumpDatabase(env.db);
    quota.fill();
    const { result, bytes } = await exportZip(env);
    expect(result.exportLogged).toBe(false);
    expect((await verifyDossier(bytes)).ok).toBe(true);
    expect(await dumpDatabase(env.db)).toEqual(before);

    quota.free();
    const { result: later } = await exportZip(env);
    expect(later.exportLogged).toBe(true);
    const made = (await listCaseEvents(env.repo, env.acme.id)).filter((e) => e.type === 'export.made');
    expect(made).toHaveLength(1);
    expect((await verifyCaseLog(env.repo, env.acme.id)).ok).toBe(true);
  });

  it('a backup only reads: it is made whole on a full disk', async () => {
    const env = await caseWithEverything();
    const quota = await installQuota(env.db, shape);
    quota.fill();
    const backup = await exportBackup(env.repo, { appVersion: 'test' });
    expect(backup.counts).toMatchObject({ cases: 1, evidence: 4 });
    expect(quota.refusals).toBe(0);
  });

  it.each(['dossier', 'backup'] as const)(
    'importing a %s: a storage-full error, the database unchanged, imported once when space returns',
    async (kind) => {
      const source = await caseWithEverything();
      const bytes =
        kind === 'dossier'
          ? (await exportZip(source)).bytes
          : new Uint8Array(await (await exportBackup(source.repo, { appVersion: 'test' })).blob.arrayBuffer());
      const target = await freshRepo();
      // Ids of its own: freshRepo's counters would give it the source case's id.
      const own = createRepoContext(target.db, { now: () => target.clock.now, newId: () => crypto.randomUUID() });
      await createCase(own, { title: 'Already here', company: 'Beta', site: 'beta.example' });
      const quota = await installQuota(target.db, shape);
      const before = await dumpDatabase(target.db);
      // Room for the records, not for the evidence files: the failure comes mid-transaction.
      quota.setBudget(3_000);
      const plan = await planImport(bytes, target.repo);
      const error = await applyImport(target.repo, plan, {}).catch((e: unknown) => e);
      expect(isQuotaError(error), JSON.stringify(error)).toBe(true);
      expect(quota.refusals).toBe(1);
      expect(await dumpDatabase(target.db)).toEqual(before);

      quota.free();
      const result = await applyImport(target.repo, await planImport(bytes, target.repo), {});
      expect(result.imported).toEqual([source.acme.id]);
      expect(await target.db.cases.count()).toBe(2);
      expect(await target.db.evidence.count()).toBe(4);
      expect((await verifyCaseLog(target.repo, source.acme.id)).ok).toBe(true);
    },
  );
});
