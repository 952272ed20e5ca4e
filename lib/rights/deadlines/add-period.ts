import type { Jurisdiction } from '../../schemas/common';
import type { Period } from '../period';
import { addDays, addMonths, toCivilDate, type CivilDate } from './civil-date';
import { calendarFor, type JurisdictionCalendar, type RestDay } from './calendar';
import { withCaveat, type Caveat } from './caveats';

/** A period's length without the case date it runs from (a `Period` fits). */
export type PeriodLength =
  { unit: 'days'; amount: number; dayKind: 'calendar' | 'business' } | { unit: 'months' | 'years'; amount: number };

/**
 * What happens when the last day of a calendar-day, month or year period is a rest day:
 * 'keep' (default) leaves it there and says so ('falls-on-rest-day'): the earlier date is the safe
 * one to act by; 'next-business-day' moves it on, for laws known to do that.
 */
export type OnRestDay = 'keep' | 'next-business-day';

export interface AddPeriodOptions {
  onRestDay?: OnRestDay;
}

export interface PeriodEnd {
  /** The event's date (day 0) in the time zone. */
  start: CivilDate;
  /** The last day of the period, inclusive: act by the end of this day. */
  lastDay: CivilDate;
  /** Set when the last day is a rest day (kept or, before moving, the day it fell on). */
  restDay: (RestDay & { date: CivilDate }) | null;
  caveats: Caveat[];
}

/** Safety bound on rest-day runs (a week of holidays and weekends is the longest seen). */
const MAX_REST_RUN = 31;

function nextBusinessDay(date: CivilDate, calendar: JurisdictionCalendar): CivilDate {
  let next = date;
  for (let i = 0; i < MAX_REST_RUN && calendar.restDay(next); i += 1) next = addDays(next, 1);
  return next;
}

function addBusinessDays(start: CivilDate, amount: number, calendar: JurisdictionCalendar): CivilDate {
  let date = start;
  let left = amount;
  while (left > 0) {
    date = addDays(date, 1);
    if (!calendar.restDay(date)) left -= 1;
  }
  return date;
}

/**
 * The last day of a period that starts with an event, as a calendar date in `timeZone`.
 * Conventions (docs/deadlines.md): the event's day is day 0 and day 1 is the next day; N
 * calendar days end on start + N; N business days end on the Nth working day after the start;
 * months and years keep the day of the month, clamped to the month's end (31 Jan + 1 month =
 * 28/29 Feb). `start` is a stored date (YYYY-MM-DD) or an instant (epoch ms), read in `timeZone`.
 */
export function addPeriod(
  start: CivilDate | number,
  period: PeriodLength | Period,
  jurisdiction: Jurisdiction,
  timeZone: string,
  options: AddPeriodOptions = {},
): PeriodEnd {
  const calendar = calendarFor(jurisdiction);
  const day0 = toCivilDate(start, timeZone);
  let caveats: Caveat[] = [];

  if (period.unit === 'days' && period.dayKind === 'business') {
    if (calendar.businessDays === 'calendar-days') {
      const lastDay = addDays(day0, period.amount);
      return { start: day0, lastDay, restDay: null, caveats: ['calendar-days-approximation'] };
    }
    if (!calendar.holidaysModelled) caveats = withCaveat(caveats, 'holidays-not-modelled');
    return { start: day0, lastDay: addBusinessDays(day0, period.amount, calendar), restDay: null, caveats };
  }

  let lastDay =
    period.unit === 'days'
      ? addDays(day0, period.amount)
      : addMonths(day0, period.unit === 'months' ? period.amount : period.amount * 12);
  const rest = calendar.restDay(lastDay);
  const restDay = rest ? { ...rest, date: lastDay } : null;
  if (options.onRestDay === 'next-business-day') {
    if (!calendar.holidaysModelled) caveats = withCaveat(caveats, 'holidays-not-modelled');
    if (rest) {
      lastDay = nextBusinessDay(lastDay, calendar);
      caveats = withCaveat(caveats, 'extended-to-business-day');
    }
  } else if (rest) {
    caveats = withCaveat(caveats, 'falls-on-rest-day');
  }
  return { start: day0, lastDay, restDay, caveats };
}
