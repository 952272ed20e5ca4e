import { z } from 'zod';
import { caseRecordSchema } from '../schemas/case';
import { idSchema, sha256HexSchema } from '../schemas/common';
import { draftRecordSchema } from '../schemas/draft';
import { caseEventRecordSchema } from '../schemas/event';
import { evidenceKindSchema } from '../schemas/evidence';
import { factRecordSchema } from '../schemas/fact';
import { chatMessageRecordSchema } from '../schemas/message';
import { reminderRecordSchema } from '../schemas/reminder';
import { exportedEvidenceSchema } from './envelope';
import { redactionSummarySchema } from './redact/redaction-format';

/** The case dossier archive: one case, its files, and the digests that tie them together. */
export const DOSSIER_FORMAT = 'paper-trail/case-dossier';
export const EVENTS_FORMAT = 'paper-trail/case-events';
export const MANIFEST_FORMAT = 'paper-trail/dossier-manifest';
export const MANIFEST_VERSION = 1;

export const DOSSIER_FILES = {
  report: 'report.html',
  case: 'case.json',
  events: 'events.json',
  transcriptText: 'transcript.txt',
  transcriptCsv: 'transcript.csv',
  readme: 'README.txt',
  manifest: 'manifest.json',
  sums: 'SHA256SUMS',
} as const;

const appSchema = z.object({ name: z.literal('Paper Trail'), version: z.string().max(32) });

/** Where the event log is and what it ends with: stated in case.json and manifest.json alike. */
export const logSummarySchema = z.object({
  file: z.literal(DOSSIER_FILES.events),
  rootHash: sha256HexSchema.nullable(),
  eventCount: z.number().int().nonnegative(),
});
export type LogSummary = z.infer<typeof logSummarySchema>;

export const caseDossierDataSchema = z.object({
  case: caseRecordSchema,
  messages: z.array(chatMessageRecordSchema),
  facts: z.array(factRecordSchema),
  evidence: z.array(exportedEvidenceSchema),
  drafts: z.array(draftRecordSchema),
  reminders: z.array(reminderRecordSchema),
  log: logSummarySchema,
});

export const caseDossierEnvelopeSchema = z.object({
  format: z.literal(DOSSIER_FORMAT),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.iso.datetime(),
  app: appSchema,
  data: caseDossierDataSchema,
});
export type CaseDossierEnvelope = z.infer<typeof caseDossierEnvelopeSchema>;

export const eventsFileSchema = z.object({
  format: z.literal(EVENTS_FORMAT),
  /** EVENT_HASH_VERSION: how each hash is computed (docs/integrity.md). */
  hashVersion: z.number().int().positive(),
  caseId: idSchema,
  rootHash: sha256HexSchema.nullable(),
  eventCount: z.number().int().nonnegative(),
  events: z.array(caseEventRecordSchema),
});
export type EventsFile = z.infer<typeof eventsFileSchema>;

export const dossierFileKindSchema = z.enum([
  'report',
  'case',
  'events',
  'transcript-text',
  'transcript-csv',
  'readme',
  ...evidenceKindSchema.options,
]);
export type DossierFileKind = z.infer<typeof dossierFileKindSchema>;

export const manifestEntrySchema = z.object({
  path: z.string().min(1).max(300),
  size: z.number().int().nonnegative(),
  sha256: sha256HexSchema,
  kind: dossierFileKindSchema,
  /** The evidence item a file holds; null for the archive's own files. */
  itemId: idSchema.nullable(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** Every file but manifest.json and SHA256SUMS (which lists manifest.json in turn). */
export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  manifestVersion: z.number().int().positive(),
  caseId: idSchema,
  exportedAt: z.iso.datetime(),
  timeZone: z.string().min(1).max(64),
  log: logSummarySchema.extend({ hashVersion: z.number().int().positive() }),
  files: z.array(manifestEntrySchema),
  /** Present only in a redacted copy: what was removed, changed or left out (docs/dossier.md). */
  redaction: redactionSummarySchema.optional(),
});
export type DossierManifest = z.infer<typeof manifestSchema>;
