import { describe, expect, it } from 'vitest';
import { promiseDueAt, WEEKEND_FRI_SAT, WEEKEND_SAT_SUN, weekendOf } from '@/lib/facts/promise-due';
import type { Deadline } from '@/lib/schemas/fact';

// Local times: the function works in the machine's time zone, so the tests do too.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const dueOn = (y: number, m: number, d: number) => local(y, m, d, 18);
// Wednesday 18 November 2026, 10:30.
const MADE = local(2026, 11, 18, 10, 30);

describe('promiseDueAt', () => {
  it.each<[string, Deadline, number]>([
    ['5 calendar days', { type: 'duration', amount: 5, unit: 'day' }, dueOn(2026, 11, 23)],
    ['5 business days skip the weekend', { type: 'duration', amount: 5, unit: 'business-day' }, dueOn(2026, 11, 25)],
    ['2 weeks', { type: 'duration', amount: 2, unit: 'week' }, dueOn(2026, 12, 2)],
    ['1 month', { type: 'duration', amount: 1, unit: 'month' }, dueOn(2026, 12, 18)],
    ['48 hours', { type: 'duration', amount: 48, unit: 'hour' }, MADE + 48 * 3_600_000],
    ['30 minutes', { type: 'duration', amount: 30, unit: 'minute' }, MADE + 30 * 60_000],
    ['a full date', { type: 'date', date: '2026-12-01' }, dueOn(2026, 12, 1)],
    ['a date without a year, still ahead', { type: 'date', date: '--11-20' }, dueOn(2026, 11, 20)],
    ['a date without a year, already past: next year', { type: 'date', date: '--11-02' }, dueOn(2027, 11, 2)],
    ['a date without a year, today', { type: 'date', date: '--11-18' }, dueOn(2026, 11, 18)],
    ['by Friday', { type: 'weekday', weekday: 'friday' }, dueOn(2026, 11, 20)],
    ['by Wednesday means next week', { type: 'weekday', weekday: 'wednesday' }, dueOn(2026, 11, 25)],
    ['today', { type: 'relative', when: 'today' }, dueOn(2026, 11, 18)],
    ['tomorrow', { type: 'relative', when: 'tomorrow' }, dueOn(2026, 11, 19)],
    ['end of week', { type: 'relative', when: 'end-of-week' }, dueOn(2026, 11, 20)],
    ['end of month', { type: 'relative', when: 'end-of-month' }, dueOn(2026, 11, 30)],
  ])('%s', (_name, deadline, expected) => {
    expect(promiseDueAt(deadline, MADE)).toBe(expected);
  });

  it('keeps month arithmetic inside the month, leap years included', () => {
    const month = { type: 'duration', amount: 1, unit: 'month' } as const;
    expect(promiseDueAt(month, local(2028, 1, 31, 9))).toBe(dueOn(2028, 2, 29));
    expect(promiseDueAt(month, local(2027, 1, 31, 9))).toBe(dueOn(2027, 2, 28));
    expect(promiseDueAt({ type: 'relative', when: 'end-of-month' }, local(2028, 2, 3))).toBe(dueOn(2028, 2, 29));
  });

  it('counts business days around a Friday–Saturday weekend', () => {
    // Thursday 19 November 2026: 3 business days in Israel are Sun 22, Mon 23, Tue 24.
    const thursday = local(2026, 11, 19, 12);
    const three = { type: 'duration', amount: 3, unit: 'business-day' } as const;
    expect(promiseDueAt(three, thursday, WEEKEND_FRI_SAT)).toBe(dueOn(2026, 11, 24));
    expect(promiseDueAt(three, thursday)).toBe(dueOn(2026, 11, 24));
    expect(promiseDueAt({ type: 'relative', when: 'end-of-week' }, local(2026, 11, 22), WEEKEND_FRI_SAT)).toBe(
      dueOn(2026, 11, 26),
    );
  });

  it('gives null for a date it cannot read', () => {
    expect(promiseDueAt({ type: 'date', date: '2026-1-1' }, MADE)).toBeNull();
  });
});

describe('weekendOf', () => {
  it('is Friday–Saturday in Israel, Saturday–Sunday elsewhere and without a jurisdiction', () => {
    expect(weekendOf('IL')).toEqual(WEEKEND_FRI_SAT);
    for (const jurisdiction of ['EU', 'UK', 'US', 'RU', 'UA'] as const) {
      expect(weekendOf(jurisdiction)).toEqual(WEEKEND_SAT_SUN);
    }
    expect(weekendOf(null)).toEqual(WEEKEND_SAT_SUN);
  });
});
