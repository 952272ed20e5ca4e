import type { CivilDate } from '../rights/deadlines';
import type { Locale } from '../schemas/common';
import { intlTag } from '../i18n/locale';

/**
 * A calendar date in full words ("2 December 2026", «2 декабря 2026 г.», "2 בדצמבר 2026"): a
 * letter is read by someone else, later, so no abbreviation. Never shifted through a time zone.
 */
export function formatLetterDate(date: CivilDate, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year!, month! - 1, day!),
  );
}
