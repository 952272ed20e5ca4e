import { z } from 'zod';
import { epochMsSchema, idSchema, jsonValueSchema, sha256HexSchema } from './common';

/**
 * Every change to a case is one of these, appended to the case's log and never rewritten.
 * Edits, moves, merges and undo are new events; the item records only mirror the latest state.
 */
export const caseEventTypeSchema = z.enum([
  'case.created',
  'case.updated',
  'case.deleted',
  'case.merged-into',
  'case.merged-from',
  'capture.saved',
  'message.recorded',
  'message.revised',
  'evidence.added',
  'call.logged',
  'fact.added',
  'fact.updated',
  'item.moved-out',
  'item.moved-in',
  'item.hidden',
  'item.restored',
  'item.marked-key',
  'note.added',
  'draft.saved',
  'draft.sent',
  'export.made',
  'reminder.set',
]);
export type CaseEventType = z.infer<typeof caseEventTypeSchema>;

/** A Blob added by the event: its digest is part of the event's hash. */
export const eventBlobSchema = z.object({
  itemId: idSchema,
  sha256: sha256HexSchema,
  size: z.number().int().nonnegative(),
});
export type EventBlob = z.infer<typeof eventBlobSchema>;

export const eventPayloadSchema = z.record(z.string(), jsonValueSchema);

/** The part of an event that its hash covers. */
export const hashedEventSchema = z.object({
  caseId: idSchema,
  /** 0 for the first event of a case, then +1 each time. */
  seq: z.number().int().nonnegative(),
  at: epochMsSchema,
  type: caseEventTypeSchema,
  payload: eventPayloadSchema,
  blobs: z.array(eventBlobSchema),
  /** Hash of the previous event of the same case; null for seq 0. */
  prevHash: sha256HexSchema.nullable(),
});
export type HashedEvent = z.infer<typeof hashedEventSchema>;

export const caseEventRecordSchema = hashedEventSchema.extend({
  id: idSchema,
  hash: sha256HexSchema,
});
export type CaseEventRecord = z.infer<typeof caseEventRecordSchema>;
