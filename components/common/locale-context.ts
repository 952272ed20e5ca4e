import { createContext, useContext } from 'react';
import type { Locale } from '@/lib/schemas/common';

export interface LocaleInfo {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  timeZone: string;
}

export const LocaleContext = createContext<LocaleInfo>({ locale: 'en', dir: 'ltr', timeZone: 'UTC' });

export function useLocaleInfo(): LocaleInfo {
  return useContext(LocaleContext);
}
