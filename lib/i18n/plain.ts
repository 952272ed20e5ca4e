import type { Locale } from '../schemas/common';
import type { LocaleStrings } from './locales/shape';
import { RESOURCES } from './resources';

/**
 * A UI string outside React and i18next, for the service worker's toast: the accessor keeps the
 * key checked at compile time, `{{name}}` placeholders are filled as plain text.
 */
export function plainText(
  locale: Locale,
  pick: (strings: LocaleStrings) => string,
  values: Record<string, string> = {},
): string {
  return pick(RESOURCES[locale]).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
