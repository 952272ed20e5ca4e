import { calendarFor } from '../rights/deadlines/calendar';
import type { Jurisdiction } from '../schemas/common';
import type { Deadline, Weekday } from '../schemas/fact';

const WEEKDAYS: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Days off by Date.getDay(): Saturday and Sunday, or Friday and Saturday in Israel. */
export type Weekend = readonly number[];
export const WEEKEND_SAT_SUN: Weekend = [0, 6];
export const WEEKEND_FRI_SAT: Weekend = [5, 6];

/** The weekend a promise is counted in: the jurisdiction's own, Saturday and Sunday without one. */
export function weekendOf(jurisdiction: Jurisdiction | null): Weekend {
  return jurisdiction ? calendarFor(jurisdiction).weekend : WEEKEND_SAT_SUN;
}

/** Reminders fire in the evening of the day a promise falls due, when a refund should have shown. */
const DUE_HOUR = 18;

function atDueHour(date: Date): number {
  const due = new Date(date);
  due.setHours(DUE_HOUR, 0, 0, 0);
  return due.getTime();
}

function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

function addBusinessDays(date: Date, days: number, weekend: Weekend): Date {
  let next = new Date(date);
  let left = days;
  while (left > 0) {
    next = addDays(next, 1);
    if (!weekend.includes(next.getDay())) left -= 1;
  }
  return next;
}

/** Month arithmetic that stays in the month: 31 Jan + 1 month is 28/29 Feb, not 2 or 3 Mar. */
function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  const day = next.getDate();
  next.setDate(1);
  next.setMonth(next.getMonth() + months);
  const lastDay = new Date(next.getFullYear(), next.getMonth() + 1, 0).getDate();
  next.setDate(Math.min(day, lastDay));
  return next;
}

/**
 * When a promise falls due, in the machine's time zone, counted from when it was made: the date
 * a reminder is proposed for. It is a proposal the user sees and can change: public holidays are
 * not counted here (the rights issue's deadline engine does that for legal periods), so a
 * business-day promise spanning a holiday is proposed a day early, which errs on the side of
 * checking in time. Null when the text gives no usable date.
 */
export function promiseDueAt(deadline: Deadline, madeAt: number, weekend: Weekend = WEEKEND_SAT_SUN): number | null {
  const made = new Date(madeAt);
  switch (deadline.type) {
    case 'duration': {
      const { amount, unit } = deadline;
      if (unit === 'minute') return madeAt + amount * 60_000;
      if (unit === 'hour') return madeAt + amount * 3_600_000;
      if (unit === 'day') return atDueHour(addDays(made, amount));
      if (unit === 'business-day') return atDueHour(addBusinessDays(made, amount, weekend));
      if (unit === 'week') return atDueHour(addDays(made, amount * 7));
      return atDueHour(addMonths(made, amount));
    }
    case 'date': {
      const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(deadline.date);
      if (!match) return null;
      const month = Number(match[2]) - 1;
      const day = Number(match[3]);
      if (match[1] !== '-') return atDueHour(new Date(Number(match[1]), month, day));
      // "by 18 Nov" without a year: the next 18 Nov, or today's if it is today.
      let due = new Date(made.getFullYear(), month, day);
      if (due.getTime() < new Date(made.getFullYear(), made.getMonth(), made.getDate()).getTime()) {
        due = new Date(made.getFullYear() + 1, month, day);
      }
      return atDueHour(due);
    }
    case 'weekday': {
      const target = WEEKDAYS.indexOf(deadline.weekday);
      const ahead = (target - made.getDay() + 7) % 7 || 7;
      return atDueHour(addDays(made, ahead));
    }
    case 'relative': {
      if (deadline.when === 'today') return atDueHour(made);
      if (deadline.when === 'tomorrow') return atDueHour(addDays(made, 1));
      if (deadline.when === 'end-of-month') {
        return atDueHour(new Date(made.getFullYear(), made.getMonth() + 1, 0));
      }
      // End of the working week: the last day before the weekend starts.
      const lastWorkday = (Math.min(...weekend.map((d) => (d === 0 ? 7 : d))) + 6) % 7;
      const ahead = (lastWorkday - made.getDay() + 7) % 7;
      return atDueHour(addDays(made, ahead));
    }
  }
}
