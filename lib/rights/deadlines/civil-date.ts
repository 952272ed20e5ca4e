/**
 * Calendar dates without a time of day ("2026-11-22"), the unit legal periods are counted in.
 * Arithmetic runs on day numbers (days since 1970-01-01, proleptic Gregorian), never on instants,
 * so daylight-saving changes cannot move a date.
 */
export type CivilDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface Ymd {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function parseCivilDate(date: CivilDate): Ymd {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) {
    throw new RangeError(`No such day: ${date}`);
  }
  return ymd;
}

export function formatCivilDate({ year, month, day }: Ymd): CivilDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01. Date.UTC is used only as a proleptic-calendar formula: no time zone. */
export function toDayNumber(date: CivilDate): number {
  const { year, month, day } = parseCivilDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return formatCivilDate({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
export function dayOfWeek(date: CivilDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Calendar months, clamped to the month's end: 31 Jan + 1 month = 28 Feb (29 in a leap year),
 * 29 Feb 2028 + 1 year = 28 Feb 2029.
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = parseCivilDate(date);
  const index = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(index / 12);
  const nextMonth = (index % 12) + 1;
  return formatCivilDate({ year: nextYear, month: nextMonth, day: Math.min(day, daysInMonth(nextYear, nextMonth)) });
}

/** The calendar date an instant falls on in a time zone (an IANA name, e.g. "Asia/Jerusalem"). */
export function civilDateAt(instant: number, timeZone: string): CivilDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return formatCivilDate({ year: part('year'), month: part('month'), day: part('day') });
}

/** A case date as stored (YYYY-MM-DD) or an instant (epoch ms), as a calendar date in the time zone. */
export function toCivilDate(value: CivilDate | number, timeZone: string): CivilDate {
  if (typeof value === 'number') return civilDateAt(value, timeZone);
  parseCivilDate(value);
  return value;
}
