import { localeOfLetter } from './script';
import type { ToneLocale } from './types';

export interface ShoutRun {
  start: number;
  end: number;
  /** Words in the run, short ones ("I", "MY") included. */
  words: number;
  locale: ToneLocale;
}

/** Letters, digits and the joiners of codes (AB-12345, SKU_4410/B): one chunk, one decision. */
const CHUNK = /[\p{L}\p{M}\p{N}_\-/#]+/gu;
const WORD = /[\p{L}\p{M}]+/gu;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;
/** No shouted word without four capitals in a row: most texts are ruled out by one scan. */
const FOUR_CAPITALS = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0400-\u042F\u0460-\u052F]{4}/;
const LATIN_VOWEL = /[AEIOUY]/;

/**
 * Runs of all-capital words in Latin or Cyrillic script that contain at least one shouted word:
 * four letters or more, not a listed acronym, not a Latin word without vowels (CFPB, HTML-like),
 * not part of a code with digits. "SMS", "USB", "AB12345" and "OK" never start a run.
 */
export function shoutRuns(text: string, acronyms: (locale: ToneLocale) => ReadonlySet<string>): ShoutRun[] {
  const runs: ShoutRun[] = [];
  if (!FOUR_CAPITALS.test(text)) return runs;
  let current: { start: number; end: number; words: number; shouted: boolean; locale: ToneLocale } | null = null;
  const close = () => {
    if (current?.shouted)
      runs.push({ start: current.start, end: current.end, words: current.words, locale: current.locale });
    current = null;
  };
  for (const chunk of text.matchAll(CHUNK)) {
    if (!UPPER.test(chunk[0])) {
      close();
      continue;
    }
    const hasDigit = DIGIT.test(chunk[0]);
    for (const word of chunk[0].matchAll(WORD)) {
      const w = word[0];
      const start = chunk.index + word.index;
      const locale = localeOfLetter(w.charAt(0));
      const capital = locale !== 'he' && w === w.toUpperCase() && w !== w.toLowerCase();
      if (!capital || hasDigit) {
        close();
        continue;
      }
      const shouted = w.length >= 4 && !acronyms(locale).has(w) && (locale !== 'en' || LATIN_VOWEL.test(w));
      if (current === null) current = { start, end: start + w.length, words: 0, shouted: false, locale };
      current.end = start + w.length;
      current.words += 1;
      current.shouted ||= shouted;
    }
  }
  close();
  return runs;
}

/** "!!", "!!!", "?!?!", "???": a run of three marks, or two with an exclamation mark among them. */
export function stackedPunctuation(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[!?！？]{2,}/gu)) {
    if (m[0].length >= 3 || /[!！]{2}/u.test(m[0])) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}
