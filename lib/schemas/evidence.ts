import { z } from 'zod';
import { callDetailsSchema } from './call';
import { epochMsSchema, idSchema, longTextSchema, sha256HexSchema, shortTextSchema, urlSchema } from './common';

export const evidenceKindSchema = z.enum([
  'screenshot',
  'page-archive',
  'note',
  'call-log',
  'attachment',
  /** An e-mail or transcript the company sent, pasted by the user. */
  'pasted-text',
]);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

export const pastedTextDetailsSchema = z.object({
  from: shortTextSchema.nullable(),
  subject: shortTextSchema.nullable(),
  /** Characters pasted; more than `text` holds when the paste was longer than the text limit. */
  originalLength: z.number().int().nonnegative(),
});
export type PastedTextDetails = z.infer<typeof pastedTextDetailsSchema>;

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
  /** Call logs: times, hold and length, the rep's name and promise. */
  call: callDetailsSchema.optional(),
  /** Pasted text: the sender and subject the user typed; the Blob keeps the whole paste. */
  pasted: pastedTextDetailsSchema.optional(),
});
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;
