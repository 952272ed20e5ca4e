import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  calendarFor,
  civilDateAt,
  computeCaseDeadlines,
  type AddPeriodOptions,
  type Caveat,
  type DeadlineInput,
  type PeriodLength,
} from '@/lib/rights/deadlines';
import type { Jurisdiction } from '@/lib/schemas/common';

const DAY_MS = 86_400_000;
const cal = (amount: number): PeriodLength => ({ unit: 'days', amount, dayKind: 'calendar' });
const biz = (amount: number): PeriodLength => ({ unit: 'days', amount, dayKind: 'business' });
const months = (amount: number): PeriodLength => ({ unit: 'months', amount });
const years = (amount: number): PeriodLength => ({ unit: 'years', amount });
const EXTEND: AddPeriodOptions = { onRestDay: 'next-business-day' };
const IL_TZ = 'Asia/Jerusalem';
const EU_TZ = 'Europe/Berlin';

// Israeli holidays below were listed by @hebcal/core 6.9.3 (Israeli schedule) and cross-checked by hand
// against public calendars: Rosh Hashana 12-13 Sep 2026, Yom Kippur 21 Sep 2026, Sukkot I 26 Sep 2026
// (University of Nebraska's Judaic studies calendar); Pesach from the evening of 1 Apr 2026 and
// Independence Day on 5 Iyar = Wed 22 Apr 2026 (a synagogue's 5786 calendar, Hebrew Wikipedia).
// Weekdays were checked with Python's datetime.

type Row = [string, string | number, PeriodLength, Jurisdiction, string, AddPeriodOptions, string, Caveat[]];

describe('addPeriod', () => {
  it.each<Row>([
    // Day 1 is the day after the event.
    ['1 calendar day is the next day', '2026-11-18', cal(1), 'EU', EU_TZ, {}, '2026-11-19', []],
    ['14 calendar days, Monday to Monday', '2026-11-02', cal(14), 'EU', EU_TZ, {}, '2026-11-16', []],
    ['14 calendar days across the year end', '2026-12-25', cal(14), 'UK', 'Europe/London', {}, '2027-01-08', []],
    // Leap years.
    [
      '14 days across February of a leap year',
      '2028-02-20',
      cal(14),
      'EU',
      EU_TZ,
      {},
      '2028-03-05',
      ['falls-on-rest-day'],
    ],
    [
      '14 days across February of a common year',
      '2027-02-20',
      cal(14),
      'EU',
      EU_TZ,
      {},
      '2027-03-06',
      ['falls-on-rest-day'],
    ],
    ['29 February 2028 as the last day', '2028-02-15', cal(14), 'UK', 'Europe/London', {}, '2028-02-29', []],
    // Month ends: the day of the month is kept, clamped to the month's end.
    [
      '31 Jan + 1 month = 28 Feb (common year)',
      '2026-01-31',
      months(1),
      'EU',
      EU_TZ,
      {},
      '2026-02-28',
      ['falls-on-rest-day'],
    ],
    ['31 Jan + 1 month = 29 Feb (leap year)', '2028-01-31', months(1), 'EU', EU_TZ, {}, '2028-02-29', []],
    ['31 Aug + 1 month = 30 Sep', '2026-08-31', months(1), 'UK', 'Europe/London', {}, '2026-09-30', []],
    [
      '31 Oct + 4 months = 28 Feb',
      '2026-10-31',
      months(4),
      'RU',
      'Europe/Moscow',
      {},
      '2027-02-28',
      ['falls-on-rest-day'],
    ],
    ['15 Dec + 3 months crosses the year', '2026-12-15', months(3), 'UA', 'Europe/Kyiv', {}, '2027-03-15', []],
    ['29 Feb 2028 + 1 year = 28 Feb 2029', '2028-02-29', years(1), 'EU', EU_TZ, {}, '2029-02-28', []],
    [
      '29 Feb 2028 + 4 years = 29 Feb 2032',
      '2028-02-29',
      years(4),
      'EU',
      EU_TZ,
      {},
      '2032-02-29',
      ['falls-on-rest-day'],
    ],
    ['2 years of legal guarantee', '2026-11-22', years(2), 'UK', 'Europe/London', {}, '2028-11-22', []],
    // A last day on a rest day: kept (default, flagged) or moved when asked.
    [
      'last day on a Sunday is kept by default',
      '2026-03-01',
      cal(14),
      'EU',
      EU_TZ,
      {},
      '2026-03-15',
      ['falls-on-rest-day'],
    ],
    [
      'last day on a Sunday moved to Monday when asked',
      '2026-03-01',
      cal(14),
      'EU',
      EU_TZ,
      EXTEND,
      '2026-03-16',
      ['holidays-not-modelled', 'extended-to-business-day'],
    ],
    [
      'Israel: last day on a Friday moves past Saturday',
      '2026-11-06',
      cal(14),
      'IL',
      IL_TZ,
      EXTEND,
      '2026-11-22',
      ['extended-to-business-day'],
    ],
    [
      'Israel: last day on Rosh Hashana II moves to Monday',
      '2026-08-30',
      cal(14),
      'IL',
      IL_TZ,
      EXTEND,
      '2026-09-14',
      ['extended-to-business-day'],
    ],
    [
      'Israel: last day on Yom Kippur is flagged',
      '2026-09-07',
      cal(14),
      'IL',
      IL_TZ,
      {},
      '2026-09-21',
      ['falls-on-rest-day'],
    ],
    ['Israel: calendar days run through holidays', '2026-09-10', cal(14), 'IL', IL_TZ, {}, '2026-09-24', []],
    // Business days in Israel: Friday, Saturday and holidays are skipped.
    ['Israel: 5 business days skip Friday and Saturday', '2026-11-18', biz(5), 'IL', IL_TZ, {}, '2026-11-25', []],
    ['Israel: 1 business day from Thursday is Sunday', '2026-11-19', biz(1), 'IL', IL_TZ, {}, '2026-11-22', []],
    ['Israel: 3 business days over Rosh Hashana 2026', '2026-09-10', biz(3), 'IL', IL_TZ, {}, '2026-09-16', []],
    [
      'Israel: 7 business days over Yom Kippur and Sukkot 2026',
      '2026-09-17',
      biz(7),
      'IL',
      IL_TZ,
      {},
      '2026-09-29',
      [],
    ],
    ['Israel: 5 business days over Pesach I and VII 2026', '2026-03-31', biz(5), 'IL', IL_TZ, {}, '2026-04-09', []],
    ['Israel: 4 business days over Pesach 2027', '2027-04-21', biz(4), 'IL', IL_TZ, {}, '2027-04-29', []],
    ['Israel: Independence Day 2026 is skipped', '2026-04-21', biz(1), 'IL', IL_TZ, {}, '2026-04-23', []],
    // Elsewhere: Saturday and Sunday, holidays not modelled.
    [
      'EU: 1 business day from Thursday is Friday',
      '2026-11-19',
      biz(1),
      'EU',
      EU_TZ,
      {},
      '2026-11-20',
      ['holidays-not-modelled'],
    ],
    [
      'US: 7 business days count Thanksgiving as a working day (caveat)',
      '2026-11-18',
      biz(7),
      'US',
      'America/New_York',
      {},
      '2026-11-27',
      ['holidays-not-modelled'],
    ],
    // Russia and Ukraine: business days counted as calendar days, with the caveat.
    [
      'RU: 10 business days as calendar days over the New Year holidays',
      '2026-12-28',
      biz(10),
      'RU',
      'Europe/Moscow',
      {},
      '2027-01-07',
      ['calendar-days-approximation'],
    ],
    [
      'UA: 5 business days as calendar days',
      '2026-11-18',
      biz(5),
      'UA',
      'Europe/Kyiv',
      {},
      '2026-11-23',
      ['calendar-days-approximation'],
    ],
    ['RU: calendar days need no caveat', '2026-11-18', cal(7), 'RU', 'Europe/Moscow', {}, '2026-11-25', []],
    // Instants are read as dates in the time zone, before any counting.
    [
      'instant after midnight in Jerusalem, before midnight UTC',
      Date.UTC(2026, 2, 1, 23, 30),
      cal(14),
      'IL',
      IL_TZ,
      {},
      '2026-03-16',
      [],
    ],
    [
      'the same instant in New York is a day earlier',
      Date.UTC(2026, 10, 18, 23, 30),
      cal(14),
      'US',
      'America/New_York',
      {},
      '2026-12-02',
      [],
    ],
    ['the same instant in Jerusalem', Date.UTC(2026, 10, 18, 23, 30), cal(14), 'IL', IL_TZ, {}, '2026-12-03', []],
  ])('%s', (_name, start, period, jurisdiction, timeZone, options, lastDay, caveats) => {
    const end = addPeriod(start, period, jurisdiction, timeZone, options);
    expect(end.lastDay).toBe(lastDay);
    expect(end.caveats).toEqual(caveats);
  });

  it('names the holiday a last day falls on', () => {
    const end = addPeriod('2026-09-07', cal(14), 'IL', IL_TZ);
    expect(end.restDay).toEqual({ kind: 'holiday', name: 'Yom Kippur', date: '2026-09-21' });
  });

  it('refuses a date that does not exist', () => {
    expect(() => addPeriod('2027-02-29', cal(1), 'EU', EU_TZ)).toThrow(RangeError);
  });
});

describe('DST and UTC: counting calendar dates differs from adding 24-hour steps (controls)', () => {
  // The naive ways: add N × 24 h to the instant, then read the date in the zone, or in UTC.
  const naiveInZone = (instant: number, days: number, tz: string) => civilDateAt(instant + days * DAY_MS, tz);
  const naiveUtc = (instant: number, days: number) => new Date(instant + days * DAY_MS).toISOString().slice(0, 10);

  it.each<[string, number, number, string, Jurisdiction, string, string]>([
    // Israel's clocks go forward on Friday 27 Mar 2026 at 02:00: 23:30 on the 26th + 14 × 24 h is 00:30 on 10 Apr.
    ['Jerusalem, spring forward 2026', Date.UTC(2026, 2, 26, 21, 30), 14, IL_TZ, 'IL', '2026-04-09', '2026-04-10'],
    // Central Europe springs forward on Sunday 29 Mar 2026.
    ['Berlin, spring forward 2026', Date.UTC(2026, 2, 28, 22, 30), 1, EU_TZ, 'EU', '2026-03-29', '2026-03-30'],
    // ... and falls back on Sunday 25 Oct 2026: 00:30 on the 25th + 24 h is 23:30 on the 25th.
    ['Berlin, fall back 2026', Date.UTC(2026, 9, 24, 22, 30), 1, EU_TZ, 'EU', '2026-10-26', '2026-10-25'],
  ])('%s', (_name, instant, days, tz, jurisdiction, expected, naive) => {
    expect(naiveInZone(instant, days, tz)).toBe(naive);
    expect(naive).not.toBe(expected);
    expect(addPeriod(instant, cal(days), jurisdiction, tz).lastDay).toBe(expected);
  });

  it('reading the event in UTC instead of the user zone gives another day', () => {
    const instant = Date.UTC(2026, 2, 1, 23, 30); // 01:30 on 2 Mar in Jerusalem
    expect(naiveUtc(instant, 14)).toBe('2026-03-15');
    expect(addPeriod(instant, cal(14), 'IL', IL_TZ).lastDay).toBe('2026-03-16');
  });
});

describe('calendars', () => {
  it.each<[Jurisdiction, string, ReturnType<ReturnType<typeof calendarFor>['restDay']>]>([
    ['IL', '2026-11-20', { kind: 'weekend' }], // Friday
    ['IL', '2026-11-22', null], // Sunday is a working day
    ['IL', '2026-09-13', { kind: 'holiday', name: 'Rosh Hashana II' }],
    ['IL', '2026-04-22', { kind: 'holiday', name: "Yom HaAtzma'ut" }],
    ['IL', '2026-04-01', null], // Erev Pesach is a working day
    ['IL', '2026-09-28', null], // Chol HaMoed Sukkot is a working day
    ['IL', '2027-10-11', { kind: 'holiday', name: 'Yom Kippur' }],
    ['EU', '2026-11-20', null],
    ['EU', '2026-11-22', { kind: 'weekend' }],
    ['US', '2026-11-26', null], // Thanksgiving: not modelled
  ])('%s %s', (jurisdiction, date, expected) => {
    expect(calendarFor(jurisdiction).restDay(date)).toEqual(expected);
  });

  it('says where holidays are not modelled', () => {
    expect(calendarFor('IL').holidaysModelled).toBe(true);
    for (const j of ['EU', 'UK', 'US', 'RU', 'UA'] as const) expect(calendarFor(j).holidaysModelled).toBe(false);
    expect(calendarFor('RU').businessDays).toBe('calendar-days');
    expect(calendarFor('UA').businessDays).toBe('calendar-days');
  });
});

describe('computeCaseDeadlines', () => {
  const inputs: DeadlineInput[] = [
    { id: 'il-cancel', kind: 'cancel-by', period: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'delivery' } },
    { id: 'il-refund', kind: 'refund-due', period: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'notice' } },
    {
      id: 'il-late',
      kind: 'delivery-overdue',
      period: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'purchase' },
    },
    {
      id: 'card',
      kind: 'card-dispute-by',
      period: { unit: 'days', amount: 60, dayKind: 'calendar', from: 'statement' },
    },
    {
      id: 'ombudsman',
      kind: 'complaint-opens',
      period: { unit: 'days', amount: 56, dayKind: 'calendar', from: 'complaint' },
    },
  ];
  // 10:00 on Wednesday 18 Nov 2026 in Jerusalem.
  const now = Date.UTC(2026, 10, 18, 8, 0);
  const context = { jurisdiction: 'IL' as const, timeZone: IL_TZ, now };

  it('gives date, days left and status; missing dates are unknown and come last', () => {
    const result = computeCaseDeadlines(
      {
        purchase: '2026-11-01',
        delivery: '2026-11-04',
        notice: null,
        statement: '2026-10-01',
        complaint: '2026-11-10',
      },
      inputs,
      context,
    );
    expect(result.map((d) => [d.id, d.date, d.daysLeft, d.status, d.missing])).toEqual([
      ['il-late', '2026-11-15', -3, 'passed', null],
      ['il-cancel', '2026-11-18', 0, 'today', null],
      ['card', '2026-11-30', 12, 'upcoming', null],
      ['ombudsman', '2027-01-05', 48, 'upcoming', null],
      ['il-refund', null, null, 'unknown', 'notice'],
    ]);
  });

  it('is sorted soonest first', () => {
    const result = computeCaseDeadlines(
      { purchase: '2026-11-01', delivery: '2026-11-04', statement: '2026-10-01', complaint: '2026-11-10' },
      inputs,
      context,
    );
    const dates = result.flatMap((d) => (d.date ? [d.date] : []));
    expect(dates).toEqual([...dates].sort());
  });

  it('with no dates at all, everything is unknown, in input order', () => {
    const result = computeCaseDeadlines({}, inputs, context);
    expect(result.map((d) => [d.status, d.missing])).toEqual(inputs.map((i) => ['unknown', i.period.from]));
  });

  it('"today" is read in the user time zone: 23:30 UTC is already tomorrow in Jerusalem', () => {
    const late = Date.UTC(2026, 10, 17, 23, 30); // 01:30 on 18 Nov in Jerusalem, 18:30 on 17 Nov in New York
    const cancel = [inputs[0]!];
    const dates = { delivery: '2026-11-04' };
    const il = computeCaseDeadlines(dates, cancel, { ...context, now: late });
    const ny = computeCaseDeadlines(dates, cancel, { ...context, now: late, timeZone: 'America/New_York' });
    expect([il[0]?.daysLeft, il[0]?.status]).toEqual([0, 'today']);
    expect([ny[0]?.daysLeft, ny[0]?.status]).toEqual([1, 'upcoming']);
  });

  it('carries the caveats of the period', () => {
    const refund: DeadlineInput = {
      id: 'ru-refund',
      kind: 'refund-due',
      period: { unit: 'days', amount: 10, dayKind: 'business', from: 'notice' },
    };
    const [result] = computeCaseDeadlines({ notice: '2026-12-28' }, [refund], {
      jurisdiction: 'RU',
      timeZone: 'Europe/Moscow',
      now,
    });
    expect(result?.date).toBe('2027-01-07');
    expect(result?.caveats).toEqual(['calendar-days-approximation']);
  });

  it('accepts instants as case dates, read in the time zone', () => {
    const [result] = computeCaseDeadlines({ delivery: Date.UTC(2026, 10, 3, 22, 30) }, [inputs[0]!], context);
    expect(result?.date).toBe('2026-11-18'); // delivered 00:30 on 4 Nov in Jerusalem
  });
});
