import { z } from 'zod';
import { caseRecordSchema } from '../schemas/case';
import { draftRecordSchema } from '../schemas/draft';
import { caseEventRecordSchema } from '../schemas/event';
import { evidenceRecordSchema } from '../schemas/evidence';
import { factRecordSchema } from '../schemas/fact';
import { chatMessageRecordSchema } from '../schemas/message';
import { reminderRecordSchema } from '../schemas/reminder';
import { settingsSchema } from '../schemas/settings';

export const BACKUP_FORMAT = 'paper-trail/backup';
export const ENVELOPE_FILE = 'backup.json';

/** Evidence as exported: the Blob lives in its own file inside the archive. */
export const exportedEvidenceSchema = evidenceRecordSchema.omit({ blob: true }).extend({
  file: z.string().min(1).max(300),
});
export type ExportedEvidence = z.infer<typeof exportedEvidenceSchema>;

export const backupDataSchema = z.object({
  settings: settingsSchema.nullable(),
  cases: z.array(caseRecordSchema),
  messages: z.array(chatMessageRecordSchema),
  evidence: z.array(exportedEvidenceSchema),
  facts: z.array(factRecordSchema),
  drafts: z.array(draftRecordSchema),
  reminders: z.array(reminderRecordSchema),
  events: z.array(caseEventRecordSchema),
});
export type BackupData = z.infer<typeof backupDataSchema>;

/** Only what is needed to decide whether the rest can be read: format and version. */
export const envelopeHeaderSchema = z.object({
  format: z.string(),
  schemaVersion: z.number().int().positive(),
});

export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.iso.datetime(),
  app: z.object({ name: z.literal('Paper Trail'), version: z.string().max(32) }),
  data: backupDataSchema,
});
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;
