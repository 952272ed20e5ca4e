/**
 * The report's words in one language, straight from the locale files and without i18next, so
 * the pure renderer (report.html) and the React page say exactly the same. Placeholders are
 * filled as plain text; escaping is the renderer's job.
 */
import { intlTag } from '../../i18n/locale';
import type { LocaleStrings } from '../../i18n/locales/shape';
import { RESOURCES } from '../../i18n/resources';
import type { Locale } from '../../schemas/common';

type Values = Record<string, string | number>;

export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

export interface ReportText {
  locale: Locale;
  /** Every string of the language; `s.dossier` holds the report's own. */
  s: LocaleStrings;
  fill: typeof fill;
  /** A plural key (`messages` → `messages_one`, `_two`, `_few`, `_many`, `_other`) with `count` filled. */
  plural: (group: object, base: string, count: number, values?: Values) => string;
  /** A list joined the language's way ("a, b and c"). */
  list: (items: readonly string[]) => string;
}

export function reportText(locale: Locale): ReportText {
  const s = RESOURCES[locale];
  const rules = new Intl.PluralRules(intlTag(locale));
  const lists = new Intl.ListFormat(intlTag(locale), { type: 'conjunction' });
  return {
    locale,
    s,
    fill,
    plural(group, base, count, values = {}) {
      const strings = group as Record<string, string | undefined>;
      const template = strings[`${base}_${rules.select(count)}`] ?? strings[`${base}_other`] ?? base;
      return fill(template, { count: count.toLocaleString(intlTag(locale)), ...values });
    },
    list: (items) => lists.format(items),
  };
}
