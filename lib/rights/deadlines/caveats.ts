/**
 * What a computed date cannot promise. The UI shows each one next to the date (docs/deadlines.md).
 * - holidays-not-modelled: public holidays are not known for this jurisdiction; a holiday inside
 *   the period (business days) or on the last day may move the date later.
 * - calendar-days-approximation: a business-day period counted as calendar days, because the
 *   official calendar (transferred days off) is not modelled; holidays may extend it.
 * - falls-on-rest-day: the last day is a rest day and was not moved; the law may allow until the
 *   next business day — do not rely on that.
 * - extended-to-business-day: the last day fell on a rest day and was moved to the next business
 *   day, as asked for.
 */
export const CAVEATS = [
  'holidays-not-modelled',
  'calendar-days-approximation',
  'falls-on-rest-day',
  'extended-to-business-day',
] as const;
export type Caveat = (typeof CAVEATS)[number];

export function withCaveat(caveats: readonly Caveat[], caveat: Caveat): Caveat[] {
  return caveats.includes(caveat) ? [...caveats] : [...caveats, caveat];
}
