import { z } from 'zod';
import { epochMsSchema, idSchema, longTextSchema, sha256HexSchema, shortTextSchema, urlSchema } from './common';

export const evidenceKindSchema = z.enum(['screenshot', 'page-archive', 'note', 'call-log', 'attachment']);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

export const evidenceRecordSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  kind: evidenceKindSchema,
  /** Groups the items saved by one capture. */
  captureId: idSchema.nullable(),
  blob: z.instanceof(Blob),
  sha256: sha256HexSchema,
  size: z.number().int().nonnegative(),
  mime: z.string().min(1).max(128),
  fileName: shortTextSchema.nullable(),
  /** Free text: a note's body, a call log's summary, the text found on a captured page. */
  text: longTextSchema,
  url: urlSchema.nullable(),
  pageTitle: shortTextSchema.nullable(),
  createdAt: epochMsSchema,
  hiddenAt: epochMsSchema.nullable(),
  keyEvidence: z.boolean(),
});
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;
