import type { ToneFinding, ToneVerdict } from './types';

/** Words in a message up to which it counts as a short chat line (no deadline needed unless hedged). */
export const SHORT_MESSAGE_WORDS = 40;
/** Capitalised words in all from which shouting alone makes a message too harsh. */
export const SHOUTED_WORDS_HARSH = 3;
/** Meek markers (hedges, piled apologies) from which a message is too meek even with a deadline. */
export const MEEK_MARKERS_WITH_DEADLINE = 3;

export interface VerdictInput {
  findings: readonly ToneFinding[];
  shoutedWords: number;
  hasRequest: boolean;
  hasDeadline: boolean;
  long: boolean;
}

/**
 * The rule (docs/tone.md):
 * 1. too-harsh when there is any insult, profanity, threat, blame or sarcasm, or shouting of three
 *    or more capitalised words; two "warnings" (a short shout, a stacked "!!!") together count too.
 * 2. otherwise too-meek when there is no concrete request; or no deadline where one is needed
 *    (a long message, or any message with a hedge or piled apologies); or three or more meek
 *    markers even with a deadline.
 * 3. otherwise polite-and-firm.
 */
export function decideVerdict(input: VerdictInput): ToneVerdict {
  const count = (kind: ToneFinding['kind']) => input.findings.filter((f) => f.kind === kind).length;
  const strong = count('insult') + count('profanity') + count('threat') + count('blame') + count('sarcasm');
  const shouting = count('shouting');
  const loudShouting = shouting > 0 && input.shoutedWords >= SHOUTED_WORDS_HARSH;
  const warnings = (loudShouting ? 0 : shouting) + count('stacked-punctuation');
  if (strong > 0 || loudShouting || warnings >= 2) return 'too-harsh';

  const meek = count('hedge') + count('apology');
  if (!input.hasRequest) return 'too-meek';
  if (!input.hasDeadline && needsDeadline(input.long, meek)) return 'too-meek';
  if (meek >= MEEK_MARKERS_WITH_DEADLINE) return 'too-meek';
  return 'polite-and-firm';
}

/** Whether the message needs a deadline to be firm: long ones always, short ones once they hedge. */
export function needsDeadline(long: boolean, meekMarkers: number): boolean {
  return long || meekMarkers > 0;
}
