import { CURRENT_SCHEMA_VERSION } from '../../db/schema-versions';
import { verifyChainNative } from '../../integrity/chain-native';
import { ENVELOPE_FILE, backupEnvelopeSchema } from '../envelope';
import { parseSha256Sums } from '../sha256sums';
import type { ImportedEvidence } from './import-content';
import { chainProblemWords, itemsFromOtherCases, loggedDigests } from '../verify-log';
import { evidenceWithBytes, parseOrRefuse } from './check-files';
import { refuse } from './import-error';
import type { ImportContent, ImportedCase } from './import-content';
import type { CaseEventRecord } from '../../schemas/event';
import { ENVELOPE_MIGRATIONS, migrateEnvelope } from './migrations';
import type { PeekedEnvelope } from './peek';

const SUMS = 'SHA256SUMS';

/** Every file against SHA256SUMS, none missing and none added. */
function checkSums(files: ReadonlyMap<string, Uint8Array>, digests: ReadonlyMap<string, string>) {
  const sumsBytes = files.get(SUMS) ?? refuse('tampered', 'The archive has no SHA256SUMS file.');
  const sums = parseSha256Sums(new TextDecoder().decode(sumsBytes)) ?? refuse('tampered', 'SHA256SUMS is malformed.');
  const listed = new Set(sums.map((s) => s.path));
  for (const { path, sha256 } of sums) {
    if (!files.has(path)) refuse('tampered', `The file ${path} listed in SHA256SUMS is missing.`);
    if (digests.get(path) !== sha256) {
      refuse('tampered', `The file ${path} was changed after export (its SHA-256 differs from SHA256SUMS).`);
    }
  }
  for (const path of files.keys()) {
    if (path !== SUMS && !listed.has(path)) refuse('tampered', `The file ${path} was added after export.`);
  }
}

/** Each evidence file against the digest its case's log recorded when it was saved (as verifyDossier does). */
function checkEvidenceAgainstLog(title: string, evidence: ImportedEvidence[], events: CaseEventRecord[]) {
  const logged = loggedDigests(events);
  const fromOtherCases = itemsFromOtherCases(events, 'evidence');
  for (const item of evidence) {
    const record = logged.get(item.id);
    if (record ? record.sha256 !== item.sha256 : !fromOtherCases.has(item.id)) {
      refuse(
        'tampered',
        `Evidence ${item.id} of case "${title}" is not the file its event log recorded when it was saved.`,
      );
    }
  }
}

/**
 * A whole-database backup: backup.json migrated and validated, every file against SHA256SUMS,
 * every evidence file against its record and its case's log, every case's event chain recomputed.
 * `digests` holds every file's SHA-256 (`digestFiles`).
 */
export async function readBackup(
  files: ReadonlyMap<string, Uint8Array>,
  digests: ReadonlyMap<string, string>,
  peeked: PeekedEnvelope,
): Promise<ImportContent> {
  const migrated = migrateEnvelope(
    peeked.json,
    peeked.schemaVersion,
    CURRENT_SCHEMA_VERSION,
    ENVELOPE_MIGRATIONS.backup,
  );
  const { data, exportedAt } = parseOrRefuse(backupEnvelopeSchema, migrated, ENVELOPE_FILE);
  checkSums(files, digests);
  const evidence = evidenceWithBytes(files, digests, data.evidence);
  const caseIds = new Set(data.cases.map((c) => c.id));
  const caseRows: { caseId: string | null }[] = [
    ...data.messages,
    ...evidence,
    ...data.facts,
    ...data.drafts,
    ...data.events,
    ...data.reminders,
  ];
  const orphan = caseRows.find((row) => row.caseId !== null && !caseIds.has(row.caseId));
  if (orphan) refuse('schema', `${ENVELOPE_FILE} holds a record of case ${orphan.caseId}, which it does not contain.`);
  const cases: ImportedCase[] = [];
  for (const record of data.cases) {
    const own = <T extends { caseId: string | null }>(rows: T[]) => rows.filter((row) => row.caseId === record.id);
    const events = own(data.events).sort((a, b) => a.seq - b.seq);
    const verdict = await verifyChainNative(record.id, events);
    if (!verdict.ok) {
      refuse(
        'tampered',
        `The event log of case "${record.title}" does not verify: ${chainProblemWords(verdict.problems[0]!)}`,
      );
    }
    checkEvidenceAgainstLog(record.title, own(evidence), events);
    cases.push({
      record,
      messages: own(data.messages),
      evidence: own(evidence),
      facts: own(data.facts),
      drafts: own(data.drafts),
      reminders: own(data.reminders),
      events,
      rootHash: verdict.rootHash,
    });
  }
  return {
    kind: 'backup',
    sourceVersion: peeked.schemaVersion,
    exportedAt,
    cases,
    looseReminders: data.reminders.filter((r) => r.caseId === null),
    settings: data.settings,
  };
}
