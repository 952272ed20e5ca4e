import { z } from 'zod';
import { epochMsSchema, idSchema, shortTextSchema } from './common';

export const reminderRecordSchema = z.object({
  id: idSchema,
  caseId: idSchema.nullable(),
  kind: z.enum(['deadline', 'promise', 'backup']),
  title: shortTextSchema.min(1),
  dueAt: epochMsSchema,
  /** The fact or rule the reminder came from, if any. */
  sourceId: z.string().max(128).nullable(),
  firedAt: epochMsSchema.nullable(),
  dismissedAt: epochMsSchema.nullable(),
  createdAt: epochMsSchema,
});
export type ReminderRecord = z.infer<typeof reminderRecordSchema>;
