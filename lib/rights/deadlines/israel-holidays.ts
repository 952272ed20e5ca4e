// Deep imports (exported by the package as ./dist/esm/*): the holiday tables only, 18 KB gzip,
// instead of the whole library with zmanim, locales and a Temporal polyfill (57 KB gzip).
import { flags } from '@hebcal/core/dist/esm/event';
import { getHolidaysOnDate } from '@hebcal/core/dist/esm/holidays';
import { toDayNumber, type CivilDate } from './civil-date';

/** R.D. (Rata Die) day number of 1970-01-01: the absolute day count @hebcal/core works in. */
const RD_OF_EPOCH = 719_163;

/** Independence Day is a day of rest by statute (Independence Day Law 1949 s.1(c)); hebcal moves it as the law does. */
const INDEPENDENCE_DAY = "Yom HaAtzma'ut";

const cache = new Map<CivilDate, string | null>();

/**
 * The Israeli holiday on which work stops, falling on this date, or null. Counted: the yom tov days
 * of the Israeli (one-day) schedule — Rosh Hashana I and II, Yom Kippur, Sukkot I, Shmini Atzeret,
 * Pesach I and VII, Shavuot (the days of rest of the Law and Administration Ordinance s.18A) — and
 * Independence Day. Holiday eves, Chol HaMoed, memorial days and election days are working days
 * here. The calendar is computed by @hebcal/core, offline, for any year.
 */
export function israeliHoliday(date: CivilDate): string | null {
  const cached = cache.get(date);
  if (cached !== undefined) return cached;
  const events = getHolidaysOnDate(RD_OF_EPOCH + toDayNumber(date), true) ?? [];
  const holiday = events.find((event) => event.getFlags() & flags.CHAG || event.getDesc() === INDEPENDENCE_DAY);
  // hebcal's stable English key ("Pesach I"); the UI may render it in the user's language.
  const name = holiday ? holiday.getDesc() : null;
  cache.set(date, name);
  return name;
}
