import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createCase } from '@/lib/db/repos/cases';
import { DossierImportError, planImport } from '@/lib/dossier/import';
import { formatSha256Sums } from '@/lib/dossier/sha256sums';
import { verifyDossier } from '@/lib/dossier/verify';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';
import { dumpDatabase } from '../helpers/db-fixture';
import { caseWithEverything, exportZip } from '../helpers/dossier-case';

type Table = 'messages' | 'facts' | 'evidence';

/**
 * The dossier with one record of `table` given to case `to`, resealed as a forger would: the
 * manifest's digest of case.json and SHA256SUMS rewritten, so the verifier finds it intact.
 */
function reparented(bytes: Uint8Array, table: Table, to: string): Uint8Array {
  const files = unzipSync(bytes);
  const envelope = JSON.parse(new TextDecoder().decode(files['case.json'])) as {
    data: Record<Table, { caseId: string }[]>;
  };
  envelope.data[table][0]!.caseId = to;
  files['case.json'] = strToU8(JSON.stringify(envelope));
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
    files: { path: string; size: number; sha256: string }[];
  };
  for (const entry of manifest.files) {
    entry.size = files[entry.path]!.length;
    entry.sha256 = sha256HexOfBytes(files[entry.path]!);
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  delete files.SHA256SUMS;
  files.SHA256SUMS = strToU8(
    formatSha256Sums(Object.entries(files).map(([path, c]) => ({ path, sha256: sha256HexOfBytes(c) }))),
  );
  return zipSync(files);
}

describe('a case dossier whose case.json gives a record to another case', () => {
  it.each<Table>(['messages', 'facts', 'evidence'])(
    'is refused, naming the record, when one of its %s names another case here (nothing written)',
    async (table) => {
      const env = await caseWithEverything();
      const { bytes } = await exportZip(env);
      const other = await createCase(env.repo, { title: 'Other', company: 'Other', site: 'other.example' });
      const forged = reparented(bytes, table, other.id);
      // Resealed: the digests and the log all agree, so only the records' case ids tell.
      expect(verifyDossier(forged).problems).toEqual([]);
      const target = await caseWithEverything();
      await createCase(target.repo, { title: 'Other', company: 'Other', site: 'other.example' });
      const before = await dumpDatabase(target.db);
      const error = await planImport(forged, target.repo).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DossierImportError);
      expect(error).toMatchObject({ code: 'schema' });
      expect((error as Error).message).toMatch(new RegExp(`of case ${other.id}, not of its own case ${env.acme.id}`));
      expect(await dumpDatabase(target.db)).toEqual(before);
    },
  );

  it('is refused when the case a record names is not here at all', async () => {
    const env = await caseWithEverything();
    const forged = reparented((await exportZip(env)).bytes, 'facts', 'id-999999');
    await expect(planImport(forged, env.repo)).rejects.toMatchObject({ code: 'schema' });
  });
});
