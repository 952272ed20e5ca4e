import { z } from 'zod';
import { epochMsSchema, idSchema, shortTextSchema } from './common';

export const factKindSchema = z.enum([
  'order-number',
  'ticket-number',
  'tracking-number',
  'rep-name',
  'amount',
  'date',
  'promise',
]);
export type FactKind = z.infer<typeof factKindSchema>;

export const factSourceSchema = z.object({
  kind: z.enum(['message', 'evidence', 'manual']),
  /** The message or evidence the fact was read from; null for facts typed by the user. */
  id: idSchema.nullable(),
  /** Span in the source text, in UTF-16 code units. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const factRecordSchema = z
  .object({
    id: idSchema,
    caseId: idSchema,
    kind: factKindSchema,
    value: shortTextSchema.min(1),
    confidence: z.number().min(0).max(1),
    source: factSourceSchema,
    /** Confirmed facts are never overwritten by extraction. */
    status: z.enum(['suggested', 'confirmed', 'rejected']),
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
  })
  .refine((fact) => fact.source.end >= fact.source.start, {
    message: 'source span ends before it starts',
    path: ['source', 'end'],
  });
export type FactRecord = z.infer<typeof factRecordSchema>;
