import type { Locale } from '../schemas/common';
import { intlTag } from './locale';

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};
const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' };
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/**
 * Building an `Intl.DateTimeFormat` costs far more than formatting with one (it was a fifth of
 * the transcript's scrolling time, two per message bubble): one per style, locale and time zone
 * is kept and reused.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function cachedFormatter(style: string, options: Intl.DateTimeFormatOptions, locale: Locale, timeZone?: string) {
  const key = `${style}|${locale}|${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** Date and time with the time zone named, because evidence times must be unambiguous. */
export function formatDateTime(ms: number, locale: Locale, timeZone?: string): string {
  return cachedFormatter('date-time', DATE_TIME, locale, timeZone).format(ms);
}

export function formatTime(ms: number, locale: Locale, timeZone?: string): string {
  return cachedFormatter('time', TIME, locale, timeZone).format(ms);
}

export function formatDate(ms: number, locale: Locale, timeZone?: string): string {
  return cachedFormatter('date', DATE, locale, timeZone).format(ms);
}

/**
 * "2026-11-22 10:03" in a time zone: the same digits in every language (Latin digits, 24 hours),
 * sortable, for plain-text copies that may be read by someone using another language. Returns a
 * function, so one formatter serves a whole transcript.
 */
export function stampFormatter(timeZone?: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  return (ms) => {
    const parts = format.formatToParts(ms);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  };
}

/** `formatDate` with one formatter for many dates (a transcript's day separators). */
export function dateFormatter(locale: Locale, timeZone?: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone });
  // Formatting costs about as much as a transcript's whole row building (10,000 calls), and
  // neighbouring messages share a day: a day changes only on a quarter hour of UTC in every
  // time zone in use today (offsets are whole quarter hours), so one label serves a quarter hour.
  let bucket = Number.NaN;
  let label = '';
  return (ms) => {
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    if (quarter !== bucket || ms < MODERN_OFFSETS_SINCE) {
      bucket = quarter;
      label = format.format(ms);
    }
    return label;
  };
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;
/** Before 1980 some zones still had offsets of odd minutes or seconds: no reuse for such dates. */
const MODERN_OFFSETS_SINCE = Date.UTC(1980, 0, 1);

/** A calendar date (YYYY-MM-DD) shown without shifting it through a time zone. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(year!, month! - 1, day!),
  );
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency }).format(amount);
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatRelative(ms: number, now: number, locale: Locale): string {
  const seconds = Math.round((ms - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(intlTag(locale), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
