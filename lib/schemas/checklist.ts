import { z } from 'zod';
import { epochMsSchema, shortTextSchema } from './common';

export const checklistAnswerSchema = z.enum(['yes', 'no', 'unsure']);
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;

/** What the user asks for, and what they would take instead. */
export const remedySchema = z.enum([
  'refund',
  'replacement',
  'repair',
  'credit',
  'partial-refund',
  'free-service',
  'cancel',
  'bill-correction',
  'delivery',
]);
export type Remedy = z.infer<typeof remedySchema>;
export const REMEDIES = remedySchema.options;

/**
 * "Before you contact support": the questions that decide most support calls before they start.
 * Every answer may stay unanswered (null); drafts use the remedies, the rest is the user's own check.
 */
export const caseChecklistSchema = z.object({
  /** Bought from this seller itself, not through a marketplace or another shop. */
  boughtFromSeller: checklistAnswerSchema.nullable(),
  /** Read the order terms and the product's instructions. */
  readTerms: checklistAnswerSchema.nullable(),
  /** Ruled out a cause on the user's side: connection, account, settings. */
  ruledOutOwnSide: checklistAnswerSchema.nullable(),
  wanted: remedySchema.nullable(),
  /** What the user would accept instead; null when nothing else would do or it is not decided. */
  acceptInstead: remedySchema.nullable(),
  /** The user's own words on what they want, when a remedy alone does not say it. */
  wantedDetails: shortTextSchema,
  updatedAt: epochMsSchema,
});
export type CaseChecklist = z.infer<typeof caseChecklistSchema>;

export const EMPTY_CHECKLIST: Omit<CaseChecklist, 'updatedAt'> = {
  boughtFromSeller: null,
  readTerms: null,
  ruledOutOwnSide: null,
  wanted: null,
  acceptInstead: null,
  wantedDetails: '',
};
