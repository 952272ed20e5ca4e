import { z } from 'zod';

/**
 * Every slot a template may use. A template naming any other slot fails validation
 * (`validateTemplates`) and the drafts test, with the template and the slot named.
 */
export const slotNameSchema = z.enum([
  'company',
  'orderNumber',
  'ticketNumber',
  'trackingNumber',
  'repName',
  /** When the rep wrote (or said) what the draft refers to: date and time with the zone. */
  'repWroteAt',
  /** What the company promised, in its own words. */
  'promise',
  'promiseMadeAt',
  'promiseDue',
  'amount',
  'purchaseDate',
  'deliveryDate',
  /** One-line citations of the verified rules that apply, one per line. */
  'rules',
  /** The first of them, for short drafts. */
  'rule',
  /** The rule that lets a court award damages without proof of damage (Israel), when there is one. */
  'damagesRule',
  'cancelBy',
  'refundDue',
  'deliveryDue',
  'cardDisputeBy',
  /** The remedy wanted, as a phrase of the template's language. */
  'remedy',
  /** The remedy the user would accept instead. */
  'fallback',
  /** The user's own words on what they want. */
  'details',
  /** The date the draft asks for an answer by (today + the step's reply days). */
  'replyBy',
  'regulator',
  'today',
  /** Never in case data: the user fills these in. */
  'senderName',
  'bank',
]);
export type SlotName = z.infer<typeof slotNameSchema>;
export const SLOT_NAMES = slotNameSchema.options;
