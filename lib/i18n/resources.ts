import type { Locale } from '../schemas/common';
import { en } from './locales/en';
import { he } from './locales/he';
import { ru } from './locales/ru';
import type { LocaleStrings } from './locales/shape';

export const RESOURCES: Record<Locale, LocaleStrings> = { en, he, ru };
