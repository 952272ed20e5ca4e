import { z } from 'zod';
import { caseChecklistSchema } from './checklist';
import { epochMsSchema, idSchema, isoDateSchema, jurisdictionSchema, shortTextSchema, siteSchema } from './common';

export const caseStatusSchema = z.enum(['open', 'waiting', 'escalated', 'resolved']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const caseRecordSchema = z.object({
  id: idSchema,
  title: shortTextSchema.min(1),
  company: shortTextSchema,
  /** Registrable domain the case is about; null for cases started by hand. */
  site: siteSchema.nullable(),
  status: caseStatusSchema,
  jurisdiction: jurisdictionSchema.nullable(),
  purchaseDate: isoDateSchema.nullable(),
  deliveryDate: isoDateSchema.nullable(),
  createdAt: epochMsSchema,
  /** Last activity of any kind; the case list sorts by it. */
  updatedAt: epochMsSchema,
  /** Set when the user deletes the case; its log keeps a tombstone. */
  deletedAt: epochMsSchema.nullable(),
  /** Set when the case was merged into another one. */
  mergedInto: idSchema.nullable(),
  /** "Before you contact support" answers; absent until the user answers any. */
  checklist: caseChecklistSchema.optional(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;
