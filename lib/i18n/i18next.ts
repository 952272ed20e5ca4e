import i18next, { type i18n } from 'i18next';
import type { Locale } from '../schemas/common';
import type { en } from './locales/en';
import { RESOURCES } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** One i18next instance per page, switched when the user's language changes. */
export function createI18n(locale: Locale, onMissingKey?: (key: string) => void): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lng, strings]) => [lng, { translation: strings }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
    returnNull: false,
    saveMissing: onMissingKey !== undefined,
    missingKeyHandler: (_lngs, _ns, key) => onMissingKey?.(key),
  });
  return instance;
}
