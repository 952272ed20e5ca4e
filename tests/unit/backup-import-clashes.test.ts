import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { recordMessages } from '@/lib/db/repos/messages';
import { exportBackup } from '@/lib/dossier/backup-export';
import { applyImport, DossierImportError, planImport, type ImportPlan } from '@/lib/dossier/import';
import type { RepoContext } from '@/lib/db/context';
import type { BackupEnvelope } from '@/lib/dossier/envelope';
import { formatSha256Sums } from '@/lib/dossier/sha256sums';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import { dumpDatabase } from '../helpers/db-fixture';
import { freshRepo } from '../helpers/repo';
import { observedMessage } from '../helpers/observed-message';

/** Applies a plan with one choice for every conflicting case (skip when that choice is not offered). */
function applyAll(repo: RepoContext, plan: ImportPlan, choice: 'skip' | 'replace' | 'keep-both') {
  const choices = Object.fromEntries(
    plan.cases.flatMap((c) => (c.conflict ? [[c.id, c.conflict.choices.includes(choice) ? choice : 'skip']] : [])),
  );
  return applyImport(repo, plan, choices);
}

/** A backup of one case with two messages, its envelope edited and SHA256SUMS made to match. */
async function backup(edit: (envelope: BackupEnvelope) => void = () => undefined) {
  const env = await freshRepo();
  const acme = await createCase(env.repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
  const message = observedMessage;
  await recordMessages(env.repo, {
    caseId: acme.id,
    site: 'acme.example',
    frameUrl: 'https://acme.example/',
    adapter: 'generic',
    messages: [message('k1', 'Hello'), message('k2', 'Order 5531209')],
  });
  const exported = await exportBackup(env.repo, { appVersion: 'test' });
  const files = unzipSync(new Uint8Array(await exported.blob.arrayBuffer()));
  const envelope = JSON.parse(new TextDecoder().decode(files['backup.json'])) as BackupEnvelope;
  edit(envelope);
  files['backup.json'] = strToU8(JSON.stringify(envelope));
  delete files.SHA256SUMS;
  files.SHA256SUMS = strToU8(
    formatSha256Sums(Object.entries(files).map(([path, c]) => ({ path, sha256: sha256HexOfBytes(c) }))),
  );
  return { bytes: zipSync(files), envelope };
}

describe('backup import: records that would clash in the database', () => {
  it.each([
    [
      'two messages with one id',
      (e: BackupEnvelope) => (e.data.messages[1]!.id = e.data.messages[0]!.id),
      /two messages with one id/,
    ],
    [
      'two messages with one key',
      (e: BackupEnvelope) => (e.data.messages[1]!.key = e.data.messages[0]!.key),
      /two messages with one key/,
    ],
    ['a case twice', (e: BackupEnvelope) => e.data.cases.push(e.data.cases[0]!), /two cases with one id/],
  ])('refuses a file holding %s before anything is written', async (_label, edit, message) => {
    const { bytes } = await backup(edit);
    const target = await freshRepo();
    await expect(planImport(bytes, target.repo)).rejects.toThrow(message);
  });

  it('flags a record whose id another case here already uses: replace is not offered, skipping writes nothing', async () => {
    const { bytes, envelope } = await backup();
    const target = await freshRepo();
    // Same id, another case: only a hand-made file (or a copied database) can bring this about.
    await target.db.messages.add({ ...envelope.data.messages[1]!, caseId: 'another-case', key: 'other' });
    const before = await dumpDatabase(target.db);
    const plan = await planImport(bytes, target.repo);
    const [planned] = plan.cases;
    expect(planned!.conflict).toMatchObject({ itemsElsewhere: 1 });
    expect(planned!.conflict!.choices).not.toContain('replace');
    expect(await applyAll(target.repo, plan, 'skip')).toMatchObject({ skipped: [planned!.id] });
    expect(await dumpDatabase(target.db)).toEqual(before);
    await expect(applyImport(target.repo, plan, { [planned!.id]: 'replace' })).rejects.toBeInstanceOf(
      DossierImportError,
    );
    expect(await dumpDatabase(target.db)).toEqual(before);
  });
});
