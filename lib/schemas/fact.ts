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

export const durationUnitSchema = z.enum(['minute', 'hour', 'day', 'business-day', 'week', 'month']);
export const weekdaySchema = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export type Weekday = z.infer<typeof weekdaySchema>;

/** When a promise falls due, as far as its text says. */
export const deadlineSchema = z.discriminatedUnion('type', [
  /** "within 5 business days": the upper bound of a range ("3-5 days" → 5). */
  z.object({ type: z.literal('duration'), amount: z.number().positive().max(10_000), unit: durationUnitSchema }),
  /** "by 20 November": ISO `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  z.object({ type: z.literal('date'), date: z.string().regex(/^(\d{4}|--)-?\d{2}-\d{2}$/) }),
  /** "by Friday": the next such weekday after the words were written. */
  z.object({ type: z.literal('weekday'), weekday: weekdaySchema }),
  z.object({ type: z.literal('relative'), when: z.enum(['today', 'tomorrow', 'end-of-week', 'end-of-month']) }),
]);
export type Deadline = z.infer<typeof deadlineSchema>;

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
    /** Promises: when they fall due, as the text says. */
    deadline: deadlineSchema.optional(),
    /** The span and a few words around it, so the fact can be shown where it was found. */
    context: z.object({ before: shortTextSchema, match: shortTextSchema, after: shortTextSchema }).optional(),
    /** When the source was written or seen: a promise's "within 5 days" counts from here. */
    sourceAt: epochMsSchema.optional(),
    /** The value extraction proposed, kept when the user edits it. */
    extractedValue: shortTextSchema.optional(),
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
  })
  .refine((fact) => fact.source.end >= fact.source.start, {
    message: 'source span ends before it starts',
    path: ['source', 'end'],
  });
export type FactRecord = z.infer<typeof factRecordSchema>;
