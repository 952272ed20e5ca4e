import type { RepoContext } from '../../db/context';
import { digestFiles } from '../file-digests';
import { ImportRefusedError, readZip } from '../zip-reader';
import { DossierImportError, refuse } from './import-error';
import type { ImportContent, ImportedCase } from './import-content';
import type { ArchiveKind } from './migrations';
import { peekEnvelope } from './peek';
import { readBackup } from './read-backup';
import { readCaseDossier } from './read-dossier';
import { firstDuplicate } from './unique-records';

export type ConflictChoice = 'skip' | 'replace' | 'keep-both';

export interface ImportCounts {
  cases: number;
  messages: number;
  evidence: number;
  facts: number;
  drafts: number;
  reminders: number;
  events: number;
}

/**
 * A case of the file that is already here in some form. `existingTitle` is set when a case with
 * the same id exists (deleted or merged ones included); `itemsElsewhere` counts its records whose
 * ids now belong to another case here (moved out after the export): those cannot be replaced.
 */
export interface ImportConflict {
  existingTitle: string | null;
  itemsElsewhere: number;
  choices: ConflictChoice[];
}

export interface PlannedCase {
  id: string;
  title: string;
  counts: Omit<ImportCounts, 'cases'>;
  conflict: ImportConflict | null;
}

export interface ImportPlan {
  kind: ArchiveKind;
  sourceVersion: number;
  exportedAt: string;
  counts: ImportCounts;
  cases: PlannedCase[];
  /** A backup's settings are taken only when this browser has none yet. */
  settings: 'import' | 'keep-current' | 'none';
  /** The checked records and files, for `applyImport`. */
  content: ImportContent;
}

function caseCounts(c: ImportedCase): Omit<ImportCounts, 'cases'> {
  return {
    messages: c.messages.length,
    evidence: c.evidence.length,
    facts: c.facts.length,
    drafts: c.drafts.length,
    reminders: c.reminders.length,
    events: c.events.length,
  };
}

async function findConflict(ctx: RepoContext, c: ImportedCase): Promise<ImportConflict | null> {
  const { db } = ctx;
  const existing = await db.cases.get(c.record.id);
  const lookups = await Promise.all([
    db.messages.bulkGet(c.messages.map((r) => r.id)),
    db.evidence.bulkGet(c.evidence.map((r) => r.id)),
    db.facts.bulkGet(c.facts.map((r) => r.id)),
    db.drafts.bulkGet(c.drafts.map((r) => r.id)),
    db.reminders.bulkGet(c.reminders.map((r) => r.id)),
    db.events.bulkGet(c.events.map((r) => r.id)),
  ]);
  const itemsElsewhere = lookups.flat().filter((row) => row !== undefined && row.caseId !== c.record.id).length;
  const itemsHere = lookups.flat().some((row) => row !== undefined && row.caseId === c.record.id);
  if (!existing && itemsElsewhere === 0 && !itemsHere) return null;
  return {
    existingTitle: existing?.title ?? null,
    itemsElsewhere,
    choices: itemsElsewhere === 0 ? ['skip', 'replace', 'keep-both'] : ['skip', 'keep-both'],
  };
}

function readArchive(bytes: Uint8Array): Map<string, Uint8Array> {
  try {
    return readZip(bytes);
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      throw new DossierImportError(error.reason === 'other' ? 'unreadable' : error.reason, error.message);
    }
    throw new DossierImportError('unreadable', `The file cannot be read (${String(error)}).`);
  }
}

/**
 * Reads and checks a case dossier or a backup without writing anything: the archive, the
 * envelope's format and version (peeked first), migration of older versions, every record
 * against the Zod schemas, every digest, every event chain. Returns what would be imported and
 * which cases are already here. Throws `DossierImportError` naming the problem.
 */
export async function planImport(bytes: Uint8Array, ctx: RepoContext): Promise<ImportPlan> {
  const files = readArchive(bytes);
  const peeked = peekEnvelope(files);
  // Unzipped once and hashed once (natively): every check below reads these.
  const digests = await digestFiles(files);
  const content =
    peeked.kind === 'case-dossier'
      ? await readCaseDossier(files, digests, peeked)
      : await readBackup(files, digests, peeked);
  const duplicate = firstDuplicate(content);
  if (duplicate) refuse('tampered', `The file holds two ${duplicate}: it was changed after export.`);
  const cases: PlannedCase[] = [];
  for (const c of content.cases) {
    cases.push({ id: c.record.id, title: c.record.title, counts: caseCounts(c), conflict: await findConflict(ctx, c) });
  }
  const sum = (key: keyof Omit<ImportCounts, 'cases'>) => cases.reduce((n, c) => n + c.counts[key], 0);
  const hasSettings = content.settings !== null && (await ctx.db.settings.get('settings')) !== undefined;
  return {
    kind: content.kind,
    sourceVersion: content.sourceVersion,
    exportedAt: content.exportedAt,
    counts: {
      cases: cases.length,
      messages: sum('messages'),
      evidence: sum('evidence'),
      facts: sum('facts'),
      drafts: sum('drafts'),
      reminders: sum('reminders') + content.looseReminders.length,
      events: sum('events'),
    },
    cases,
    settings: content.settings === null ? 'none' : hasSettings ? 'keep-current' : 'import',
    content,
  };
}
