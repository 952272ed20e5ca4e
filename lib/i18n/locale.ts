import type { Locale } from '../schemas/common';

export const LOCALES: readonly Locale[] = ['en', 'he', 'ru'];

/** The UI language: the user's choice, else the first browser language we speak, else English. */
export function resolveLocale(setting: 'auto' | Locale, browserLanguages: readonly string[]): Locale {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'iw') return 'he';
    if (base && (LOCALES as readonly string[]).includes(base)) return base as Locale;
  }
  return 'en';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'he' ? 'rtl' : 'ltr';
}

/** BCP 47 tags for Intl, with the calendar and digits people expect. */
export function intlTag(locale: Locale): string {
  return { en: 'en-GB', he: 'he-IL', ru: 'ru-RU' }[locale];
}
