import { z } from 'zod';
import { epochMsSchema, idSchema, longTextSchema, shortTextSchema } from './common';

/**
 * A phone call still going on: kept in the settings record so it survives closing the workspace.
 * Only timestamps are stored; every running time shown is computed from them.
 */
export const activeCallSchema = z
  .object({
    caseId: idSchema,
    startedAt: epochMsSchema,
    /** When a human answered: the end of the hold. */
    answeredAt: epochMsSchema.nullable(),
    endedAt: epochMsSchema.nullable(),
  })
  .refine((c) => c.answeredAt === null || c.answeredAt >= c.startedAt, {
    message: 'answered before the call started',
    path: ['answeredAt'],
  })
  .refine((c) => c.endedAt === null || c.endedAt >= (c.answeredAt ?? c.startedAt), {
    message: 'ended before it was answered or started',
    path: ['endedAt'],
  });
export type ActiveCall = z.infer<typeof activeCallSchema>;

/** What a saved call log holds besides its summary text (evidence kind `call-log`). */
export const callDetailsSchema = z
  .object({
    startedAt: epochMsSchema,
    /** Null when nobody answered before the call ended. */
    answeredAt: epochMsSchema.nullable(),
    endedAt: epochMsSchema,
    /** From dialling until a human answered (or until the end, if nobody did). */
    holdMs: z.number().int().nonnegative(),
    /** From dialling until the call ended. */
    durationMs: z.number().int().nonnegative(),
    repName: shortTextSchema,
    promised: z.string().max(5000),
    notes: longTextSchema,
  })
  .refine((c) => c.durationMs === c.endedAt - c.startedAt, { message: 'duration does not match the times' })
  .refine((c) => c.holdMs === (c.answeredAt ?? c.endedAt) - c.startedAt, {
    message: 'hold time does not match the times',
  });
export type CallDetails = z.infer<typeof callDetailsSchema>;
