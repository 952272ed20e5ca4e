import { z } from 'zod';
import { idSchema } from '../../schemas/common';
import { evidenceKindSchema } from '../../schemas/evidence';
import { REDACTION_KINDS } from './kinds';

export const redactionKindSchema = z.enum(REDACTION_KINDS);

/**
 * What a redacted copy left out or changed, as manifest.json states it. The verifier reads it to
 * know which events and evidence files cannot match the log any more, and says so.
 */
export const redactionSummarySchema = z.object({
  /** The kinds switched on for this export. */
  kinds: z.array(redactionKindSchema),
  /** Passages replaced, per kind, in the case's records and files (the log's copies not counted again). */
  counts: z.partialRecord(redactionKindSchema, z.number().int().nonnegative()),
  spans: z.number().int().nonnegative(),
  caseTitle: z.boolean(),
  company: z.boolean(),
  /** Events whose payload was redacted: their recorded hash no longer recomputes. */
  events: z.array(z.number().int().nonnegative()),
  /** Evidence whose file was redacted (text replaced, regions blacked out): its digest is not the logged one. */
  changedEvidence: z.array(idSchema),
  excludedEvidence: z.array(
    z.object({
      itemId: idSchema,
      kind: evidenceKindSchema,
      reason: z.enum(['page-archive', 'not-redactable', 'chosen']),
    }),
  ),
});
export type RedactionSummary = z.infer<typeof redactionSummarySchema>;
