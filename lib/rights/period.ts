import { z } from 'zod';

/** The case date a legal period runs from. */
export const periodAnchorSchema = z.enum([
  'purchase', // the order or contract was made
  'delivery', // the goods arrived (or the service started)
  'notice', // the consumer gave notice (cancellation, complaint of a defect)
  'complaint', // the consumer complained to the company
  'statement', // the card statement showing the charge
  'promise', // the company promised something ("within 5 business days")
]);
export type PeriodAnchor = z.infer<typeof periodAnchorSchema>;

/**
 * A legal period as data: "14 calendar days from delivery", "2 years from delivery". Business days
 * are counted with the jurisdiction's rest days and holidays (lib/rights/deadlines).
 */
export const periodSchema = z.discriminatedUnion('unit', [
  z.object({
    unit: z.literal('days'),
    amount: z.number().int().positive().max(3650),
    dayKind: z.enum(['calendar', 'business']),
    from: periodAnchorSchema,
  }),
  z.object({
    unit: z.enum(['months', 'years']),
    amount: z.number().int().positive().max(100),
    from: periodAnchorSchema,
  }),
]);
export type Period = z.infer<typeof periodSchema>;
