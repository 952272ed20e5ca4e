import type { Jurisdiction } from '../../schemas/common';
import { dayOfWeek, type CivilDate } from './civil-date';
import { israeliHoliday } from './israel-holidays';

export type RestDay = { kind: 'weekend' } | { kind: 'holiday'; name: string };

/** Which days a jurisdiction's business-day periods skip, and how far that can be trusted. */
export interface JurisdictionCalendar {
  jurisdiction: Jurisdiction;
  /** Days of the week that are rest days, as Date.getDay(): 0 = Sunday … 6 = Saturday. */
  weekend: readonly number[];
  /** Whether public holidays are known here; when not, results carry 'holidays-not-modelled'. */
  holidaysModelled: boolean;
  /**
   * How business-day periods are counted: skipping rest days, or — where the official calendar
   * moves every year (days off transferred by decree) — as calendar days, with a caveat that
   * holidays may extend the period.
   */
  businessDays: 'skip-rest-days' | 'calendar-days';
  /** Why this date is a rest day (as far as modelled), or null for a working day. */
  restDay(date: CivilDate): RestDay | null;
}

const SAT_SUN = [0, 6] as const;
const FRI_SAT = [5, 6] as const;

function weekendOnly(
  jurisdiction: Jurisdiction,
  businessDays: JurisdictionCalendar['businessDays'],
): JurisdictionCalendar {
  return {
    jurisdiction,
    weekend: SAT_SUN,
    holidaysModelled: false,
    businessDays,
    restDay: (date) => ((SAT_SUN as readonly number[]).includes(dayOfWeek(date)) ? { kind: 'weekend' } : null),
  };
}

const ISRAEL: JurisdictionCalendar = {
  jurisdiction: 'IL',
  weekend: FRI_SAT,
  holidaysModelled: true,
  businessDays: 'skip-rest-days',
  restDay(date) {
    if ((FRI_SAT as readonly number[]).includes(dayOfWeek(date))) return { kind: 'weekend' };
    const name = israeliHoliday(date);
    return name ? { kind: 'holiday', name } : null;
  },
};

const CALENDARS: Record<Jurisdiction, JurisdictionCalendar> = {
  IL: ISRAEL,
  // National and state holidays differ and change; a hand-written table would be wrong somewhere.
  EU: weekendOnly('EU', 'skip-rest-days'),
  UK: weekendOnly('UK', 'skip-rest-days'),
  US: weekendOnly('US', 'skip-rest-days'),
  // Official calendars transfer days off every year (Saturdays can become working days).
  RU: weekendOnly('RU', 'calendar-days'),
  UA: weekendOnly('UA', 'calendar-days'),
};

export function calendarFor(jurisdiction: Jurisdiction): JurisdictionCalendar {
  return CALENDARS[jurisdiction];
}
