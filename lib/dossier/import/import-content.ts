import type { CaseRecord } from '../../schemas/case';
import type { DraftRecord } from '../../schemas/draft';
import type { CaseEventRecord } from '../../schemas/event';
import type { EvidenceRecord } from '../../schemas/evidence';
import type { FactRecord } from '../../schemas/fact';
import type { ChatMessageRecord } from '../../schemas/message';
import type { ReminderRecord } from '../../schemas/reminder';
import type { Settings } from '../../schemas/settings';
import type { ArchiveKind } from './migrations';

/** An evidence record as read from an archive: its file's bytes, checked against its digest. */
export type ImportedEvidence = Omit<EvidenceRecord, 'blob'> & { bytes: Uint8Array };

/** One case and everything in it, checked, ready to be written. */
export interface ImportedCase {
  record: CaseRecord;
  messages: ChatMessageRecord[];
  evidence: ImportedEvidence[];
  facts: FactRecord[];
  drafts: DraftRecord[];
  reminders: ReminderRecord[];
  /** The case's own log, by seq; it verifies. */
  events: CaseEventRecord[];
  /** The log's root hash as the archive states it (null for an empty log). */
  rootHash: string | null;
}

export interface ImportContent {
  kind: ArchiveKind;
  /** The envelope's schemaVersion as found in the file, before any migration. */
  sourceVersion: number;
  exportedAt: string;
  cases: ImportedCase[];
  /** Backups only: reminders that belong to no case (the backup reminder). */
  looseReminders: ReminderRecord[];
  /** Backups only. */
  settings: Settings | null;
}
