import { CURRENT_SCHEMA_VERSION } from '../../db/schema-versions';
import { DOSSIER_FILES, caseDossierEnvelopeSchema } from '../dossier-format';
import { checkDossierFiles } from '../verify';
import { evidenceWithBytes, parseOrRefuse } from './check-files';
import { refuse } from './import-error';
import type { ImportContent } from './import-content';
import { ENVELOPE_MIGRATIONS, migrateEnvelope } from './migrations';
import type { PeekedEnvelope } from './peek';

/** How many of the verifier's problems the refusal names; the verifier lists them all. */
const NAMED_PROBLEMS = 3;

/**
 * A case dossier: case.json migrated and validated, then the whole archive checked by the
 * verifier (every digest, the manifest, the event chain, evidence and messages against the log).
 * Any problem refuses it: an import never takes in a dossier its receiver would reject. `digests`
 * holds every file's SHA-256 (`digestFiles`): nothing is hashed twice, and the chain once.
 */
export async function readCaseDossier(
  files: ReadonlyMap<string, Uint8Array>,
  digests: ReadonlyMap<string, string>,
  peeked: PeekedEnvelope,
): Promise<ImportContent> {
  const migrated = migrateEnvelope(
    peeked.json,
    peeked.schemaVersion,
    CURRENT_SCHEMA_VERSION,
    ENVELOPE_MIGRATIONS['case-dossier'],
  );
  const envelope = parseOrRefuse(caseDossierEnvelopeSchema, migrated, DOSSIER_FILES.case);
  const { verdict, eventsFile } = await checkDossierFiles(files, digests);
  if (!verdict.ok) {
    const named = verdict.problems.slice(0, NAMED_PROBLEMS).map((p) => p.detail);
    const more = verdict.problems.length - named.length;
    refuse(
      'tampered',
      `The dossier does not verify: ${named.join(' ')}${more > 0 ? ` (and ${more} more problems)` : ''}`,
    );
  }
  // A redacted copy is for reading: its log no longer matches its contents, so it is not a case.
  if (verdict.summary.redaction) {
    refuse('redacted', 'This is a redacted copy made for sharing; import the original dossier or a backup instead.');
  }
  // The verifier parsed events.json with its schema; a dossier that verifies has one.
  if (!eventsFile) refuse('schema', `${DOSSIER_FILES.events} does not match the expected format.`);
  const { data } = envelope;
  // The verifier ties messages and evidence to the log by id only: a record naming another case
  // would be written into that case (or left without one).
  const foreign = [...data.messages, ...data.evidence, ...data.facts, ...data.drafts, ...data.reminders].find(
    (row) => row.caseId !== data.case.id,
  );
  if (foreign) {
    refuse(
      'schema',
      `${DOSSIER_FILES.case} holds a record (${foreign.id}) of case ${String(foreign.caseId)}, not of its own case ${data.case.id}.`,
    );
  }
  return {
    kind: 'case-dossier',
    sourceVersion: peeked.schemaVersion,
    exportedAt: envelope.exportedAt,
    cases: [
      {
        record: data.case,
        messages: data.messages,
        evidence: evidenceWithBytes(files, digests, data.evidence),
        facts: data.facts,
        drafts: data.drafts,
        reminders: data.reminders,
        events: [...eventsFile.events].sort((a, b) => a.seq - b.seq),
        rootHash: data.log.rootHash,
      },
    ],
    looseReminders: [],
    settings: null,
  };
}
