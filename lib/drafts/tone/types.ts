import { z } from 'zod';

export const toneLocaleSchema = z.enum(['en', 'he', 'ru']);
export type ToneLocale = z.infer<typeof toneLocaleSchema>;

export const toneVerdictSchema = z.enum(['polite-and-firm', 'too-harsh', 'too-meek']);
export type ToneVerdict = z.infer<typeof toneVerdictSchema>;

/**
 * What a finding is about. The harsh side: insult, profanity, threat (not a lawful next step),
 * shouting (capitals), stacked-punctuation ("!!!", "?!?!"), sarcasm, blame (the rep personally).
 * The meek side: apology (only reported when piled up), hedge, no-request, no-deadline.
 */
export const toneFindingKindSchema = z.enum([
  'insult',
  'profanity',
  'threat',
  'shouting',
  'stacked-punctuation',
  'sarcasm',
  'blame',
  'apology',
  'hedge',
  'no-request',
  'no-deadline',
]);
export type ToneFindingKind = z.infer<typeof toneFindingKindSchema>;

/** Offsets are UTF-16 code units into the checked text; message-level findings are empty spans at its end. */
export const toneFindingSchema = z.object({
  kind: toneFindingKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  suggestion: z.string().min(1),
});
export type ToneFinding = z.infer<typeof toneFindingSchema>;

export const toneResultSchema = z.object({
  verdict: toneVerdictSchema,
  findings: z.array(toneFindingSchema),
});
export type ToneResult = z.infer<typeof toneResultSchema>;

export interface ToneOptions {
  /** The message's language; detected from the script when absent. */
  locale?: ToneLocale;
}
