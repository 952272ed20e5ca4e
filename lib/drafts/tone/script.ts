import type { ToneLocale } from './types';

const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/;
const CYRILLIC = /[\u0400-\u052F]/;
const HEBREW_ALL = /[\u0590-\u05FF\uFB1D-\uFB4F]/g;
const CYRILLIC_ALL = /[\u0400-\u052F]/g;
const OTHER_LETTERS = /[^\P{L}\u0590-\u05FF\uFB1D-\uFB4F\u0400-\u052F]/gu;
const IS_LETTER = /\p{L}/u;

/** The lexicon a letter belongs to: Hebrew, Cyrillic, or everything else read as English. */
export function localeOfLetter(char: string): ToneLocale {
  if (HEBREW.test(char)) return 'he';
  if (CYRILLIC.test(char)) return 'ru';
  return 'en';
}

/** How many letters of each script the text has. */
export function letterCounts(text: string): Record<ToneLocale, number> {
  const he = text.length - text.replace(HEBREW_ALL, '').length;
  const ru = text.length - text.replace(CYRILLIC_ALL, '').length;
  const en = text.length - text.replace(OTHER_LETTERS, '').length;
  return { en, he, ru };
}

/** The script with the most letters (English when there are none, or on a tie with it). */
export function detectLocale(text: string): ToneLocale {
  return dominantLocale(letterCounts(text));
}

export function dominantLocale(counts: Readonly<Record<ToneLocale, number>>): ToneLocale {
  if (counts.he > counts.en && counts.he >= counts.ru) return 'he';
  if (counts.ru > counts.en && counts.ru > counts.he) return 'ru';
  return 'en';
}

/** The script of the nearest letter at or before `index` (looking back at most 500 code units), if any. */
export function localeBefore(text: string, index: number): ToneLocale | undefined {
  for (let i = Math.min(index, text.length - 1); i >= 0 && i > index - 500; i--) {
    const char = text.charAt(i);
    if (IS_LETTER.test(char)) return localeOfLetter(char);
  }
  return undefined;
}
