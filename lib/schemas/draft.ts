import { z } from 'zod';
import { epochMsSchema, idSchema, localeSchema, longTextSchema } from './common';

export const draftRecordSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  scenario: z.string().min(1).max(64),
  locale: localeSchema,
  length: z.enum(['short', 'long']),
  text: longTextSchema,
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
  /** When the user marked it sent (or inserted it into the chat box). */
  sentAt: epochMsSchema.nullable(),
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;
