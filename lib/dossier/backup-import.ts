import type { RepoContext } from '../db/context';
import { CURRENT_SCHEMA_VERSION } from '../db/schema-versions';
import { verifyChain } from '../integrity/chain';
import { sha256HexOfBytes } from '../integrity/sha256';
import type { EvidenceRecord } from '../schemas/evidence';
import {
  BACKUP_FORMAT,
  ENVELOPE_FILE,
  backupEnvelopeSchema,
  envelopeHeaderSchema,
  type BackupEnvelope,
} from './envelope';
import { parseSha256Sums } from './sha256sums';
import { ImportRefusedError, readZip } from './zip-reader';

export type ConflictChoice = 'skip' | 'replace';

export interface ImportPlan {
  envelope: BackupEnvelope;
  files: Map<string, Uint8Array>;
  counts: { cases: number; messages: number; evidence: number; events: number };
  /** Cases in the file that already exist here, by id. */
  conflicts: { id: string; title: string }[];
}

function refuse(message: string): never {
  throw new ImportRefusedError(message);
}

/**
 * Reads and checks a backup without touching the database: the archive, the envelope's format
 * and version, every record against the schemas, every file against SHA256SUMS and its record's
 * digest, every case's event chain. Any problem refuses the whole file, naming it.
 */
export async function planBackupImport(ctx: RepoContext, bytes: Uint8Array): Promise<ImportPlan> {
  const files = readZip(bytes);
  const envelopeBytes =
    files.get(ENVELOPE_FILE) ?? refuse(`The archive has no ${ENVELOPE_FILE}: it is not a Paper Trail backup.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(envelopeBytes));
  } catch {
    refuse(`${ENVELOPE_FILE} is not valid JSON.`);
  }
  const header = envelopeHeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== BACKUP_FORMAT) refuse('This is not a Paper Trail backup file.');
  if (header.data.schemaVersion > CURRENT_SCHEMA_VERSION) {
    refuse(
      `This backup was made by a newer Paper Trail (data version ${header.data.schemaVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Paper Trail to import it.`,
    );
  }
  const parsed = backupEnvelopeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    refuse(`The backup does not match the expected format at ${issue.path.join('.') || '(top)'}: ${issue.message}.`);
  }
  const envelope = parsed.data;

  const sumsBytes = files.get('SHA256SUMS') ?? refuse('The archive has no SHA256SUMS file.');
  const sums = parseSha256Sums(new TextDecoder().decode(sumsBytes)) ?? refuse('SHA256SUMS is malformed.');
  const listed = new Set(sums.map((s) => s.path));
  for (const { path, sha256 } of sums) {
    const content = files.get(path) ?? refuse(`The file ${path} listed in SHA256SUMS is missing.`);
    if (sha256HexOfBytes(content) !== sha256)
      refuse(`The file ${path} was changed after export (its SHA-256 differs).`);
  }
  for (const path of files.keys()) {
    if (path !== 'SHA256SUMS' && !listed.has(path)) refuse(`The file ${path} was added after export.`);
  }
  for (const item of envelope.data.evidence) {
    const content = files.get(item.file) ?? refuse(`The evidence file ${item.file} is missing.`);
    if (sha256HexOfBytes(content) !== item.sha256)
      refuse(`The evidence file ${item.file} does not match its recorded digest.`);
  }
  const duplicate = firstDuplicate(envelope.data);
  if (duplicate) refuse(`The backup holds two ${duplicate}: it was changed after export.`);
  const caseIds = new Set(envelope.data.cases.map((c) => c.id));
  for (const caseId of caseIds) {
    const chain = envelope.data.events.filter((e) => e.caseId === caseId).sort((a, b) => a.seq - b.seq);
    const verdict = verifyChain(caseId, chain);
    if (!verdict.ok) refuse(`The evidence log of case ${caseId} does not verify (${verdict.problems[0]!.kind}).`);
  }
  const existing = await ctx.db.cases.bulkGet([...caseIds]);
  const conflicts = existing.filter((c) => c !== undefined).map((c) => ({ id: c.id, title: c.title }));
  return {
    envelope,
    files,
    conflicts,
    counts: {
      cases: envelope.data.cases.length,
      messages: envelope.data.messages.length,
      evidence: envelope.data.evidence.length,
      events: envelope.data.events.length,
    },
  };
}

/**
 * What would break a unique index of the database (ids; a message's key and an event's place
 * within their case): an export never holds two, so such a file was made or edited by hand.
 */
function firstDuplicate(data: BackupEnvelope['data']): string | null {
  const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
  const unique: [string, string[]][] = [
    ['cases with one id', ids(data.cases)],
    ['messages with one id', ids(data.messages)],
    ['messages with one key in a case', data.messages.map((m) => `${m.caseId}\u0000${m.key}`)],
    ['evidence files with one id', ids(data.evidence)],
    ['facts with one id', ids(data.facts)],
    ['drafts with one id', ids(data.drafts)],
    ['reminders with one id', ids(data.reminders)],
    ['log entries with one id', ids(data.events)],
    ['log entries at one place in a case', data.events.map((e) => `${e.caseId}\u0000${e.seq}`)],
  ];
  for (const [what, keys] of unique) if (new Set(keys).size !== keys.length) return what;
  return null;
}

/** An IndexedDB unique index refused a record (Dexie wraps it: BulkError.failures, `inner`). */
function isConstraintError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'ConstraintError') return true;
  if (Array.isArray(failures) && failures.some(isConstraintError)) return true;
  return inner !== error && isConstraintError(inner);
}

/**
 * Writes a checked plan in one transaction: all of it, or nothing. A record whose id is already
 * used here by another case refuses the whole import (the transaction leaves the database as it was).
 */
export async function applyBackupImport(
  ctx: RepoContext,
  plan: ImportPlan,
  onConflict: ConflictChoice,
): Promise<number> {
  const { db } = ctx;
  const { data } = plan.envelope;
  const conflictIds = new Set(plan.conflicts.map((c) => c.id));
  const take = (caseId: string | null) => caseId === null || onConflict === 'replace' || !conflictIds.has(caseId);
  const evidence: EvidenceRecord[] = data.evidence
    .filter((e) => take(e.caseId))
    .map(({ file, ...meta }) => ({
      ...meta,
      blob: new Blob([plan.files.get(file)! as BlobPart], { type: meta.mime }),
    }));
  const tables = [db.cases, db.messages, db.evidence, db.facts, db.drafts, db.reminders, db.events, db.settings];
  try {
    await db.transaction('rw', tables, async () => {
      if (onConflict === 'replace') {
        for (const caseId of conflictIds) {
          for (const table of [db.messages, db.evidence, db.facts, db.drafts, db.reminders, db.events]) {
            await table.where('caseId').equals(caseId).delete();
          }
          await db.cases.delete(caseId);
        }
      }
      await db.cases.bulkAdd(data.cases.filter((c) => take(c.id)));
      await db.messages.bulkAdd(data.messages.filter((m) => take(m.caseId)));
      await db.evidence.bulkAdd(evidence);
      await db.facts.bulkAdd(data.facts.filter((f) => take(f.caseId)));
      await db.drafts.bulkAdd(data.drafts.filter((d) => take(d.caseId)));
      await db.reminders.bulkAdd(data.reminders.filter((r) => take(r.caseId)));
      await db.events.bulkAdd(data.events.filter((e) => take(e.caseId)));
      if (data.settings && !(await db.settings.get('settings'))) await db.settings.add(data.settings);
    });
  } catch (error) {
    if (isConstraintError(error)) {
      refuse('The backup holds records whose ids are already used here by other cases. Nothing was imported.');
    }
    throw error;
  }
  return data.cases.filter((c) => take(c.id)).length;
}
