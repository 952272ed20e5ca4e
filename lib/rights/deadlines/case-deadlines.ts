import type { Jurisdiction } from '../../schemas/common';
import type { Period, PeriodAnchor } from '../period';
import { addPeriod, type OnRestDay } from './add-period';
import { civilDateAt, daysBetween, toCivilDate, type CivilDate } from './civil-date';
import type { Caveat } from './caveats';

/**
 * What a date means for the case:
 * - cancel-by: the consumer's last day to cancel (withdraw);
 * - refund-due: the company's last day to refund;
 * - delivery-overdue: the last day for delivery; after it the delivery is late;
 * - card-dispute-by: the consumer's last day to dispute a card charge;
 * - complaint-opens: the day a regulator or ombudsman complaint can be made (e.g. 8 weeks after
 *   complaining to the company): 'passed' means it is open.
 */
export type DeadlineKind = 'cancel-by' | 'refund-due' | 'delivery-overdue' | 'card-dispute-by' | 'complaint-opens';

/** One period to compute, as the rule data will supply it. */
export interface DeadlineInput {
  id: string;
  kind: DeadlineKind;
  period: Period;
  onRestDay?: OnRestDay;
}

/** The case's dates: stored calendar dates (YYYY-MM-DD) or instants (epoch ms); any may be missing. */
export type CaseDates = Partial<Record<PeriodAnchor, CivilDate | number | null>>;

/** upcoming: after today; today: the date is today; passed: before today; unknown: its date is missing. */
export type DeadlineStatus = 'upcoming' | 'today' | 'passed' | 'unknown';

export interface CaseDeadline {
  id: string;
  kind: DeadlineKind;
  from: PeriodAnchor;
  /** The last day (or, for complaint-opens, the first day), or null when `from`'s date is missing. */
  date: CivilDate | null;
  /** Calendar days from today to `date`: 0 today, negative once passed; null when unknown. */
  daysLeft: number | null;
  status: DeadlineStatus;
  /** The case date that is needed and missing, when status is 'unknown'. */
  missing: PeriodAnchor | null;
  caveats: Caveat[];
}

export interface DeadlineContext {
  jurisdiction: Jurisdiction;
  /** IANA time zone of the user (or the jurisdiction): dates and "today" are read there. */
  timeZone: string;
  /** The current instant (epoch ms), passed in: these functions never read the clock. */
  now: number;
}

function statusOf(daysLeft: number): DeadlineStatus {
  if (daysLeft > 0) return 'upcoming';
  return daysLeft === 0 ? 'today' : 'passed';
}

export function computeDeadline(dates: CaseDates, input: DeadlineInput, context: DeadlineContext): CaseDeadline {
  const from = input.period.from;
  const base = { id: input.id, kind: input.kind, from };
  const start = dates[from];
  if (start === undefined || start === null) {
    return { ...base, date: null, daysLeft: null, status: 'unknown', missing: from, caveats: [] };
  }
  const end = addPeriod(start, input.period, context.jurisdiction, context.timeZone, { onRestDay: input.onRestDay });
  const daysLeft = daysBetween(civilDateAt(context.now, context.timeZone), end.lastDay);
  return { ...base, date: end.lastDay, daysLeft, status: statusOf(daysLeft), missing: null, caveats: end.caveats };
}

/**
 * The case's deadlines, soonest first; those whose case date is missing come last, in input order.
 * Pure: the same dates, inputs and context always give the same answer.
 */
export function computeCaseDeadlines(
  dates: CaseDates,
  inputs: readonly DeadlineInput[],
  context: DeadlineContext,
): CaseDeadline[] {
  const computed = inputs.map((input) => computeDeadline(dates, input, context));
  const known = computed.filter((d) => d.daysLeft !== null);
  const unknown = computed.filter((d) => d.daysLeft === null);
  // Same "today" for all, so days left orders by date; sort is stable for equal dates.
  known.sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
  return [...known, ...unknown];
}

/** "today" in the time zone: the date `now` falls on. */
export function todayIn(now: number, timeZone: string): CivilDate {
  return toCivilDate(now, timeZone);
}
