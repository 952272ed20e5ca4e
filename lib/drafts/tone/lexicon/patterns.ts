/**
 * One case-insensitive pattern for a list of alternatives, each to be matched as whole words with
 * `findPhrases`/`hasPhrase` (JavaScript's \b only knows ASCII letters, so Hebrew and Cyrillic need
 * their own boundaries). The left boundary, and Hebrew's one-letter prefixes before a phrase, are
 * checked in code rather than with a leading lookbehind or prefix group: either in front of every
 * alternative makes the regex engine try each position of a 100 KB text the slow way (several
 * times slower, measured).
 */
export function phrases(alternatives: readonly string[], { caseless = true } = {}): RegExp {
  return new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{M}])`, caseless ? 'giu' : 'gu');
}

const LETTER = /[\p{L}\p{M}]/u;
/** At most this many prefix letters (Hebrew ו+ש+ב…) may stand glued before a phrase. */
const MAX_PREFIX = 3;

/**
 * Where the word holding a match at `index` starts when the match may begin there: `index` itself
 * after a non-letter, or earlier when only prefix letters stand between; -1 inside a word.
 */
function wordStart(text: string, index: number, prefixLetters: string): number {
  let i = index;
  while (i > 0 && index - i < MAX_PREFIX && prefixLetters.includes(text.charAt(i - 1))) i--;
  for (let start = index; start >= i; start--) {
    if (start === 0 || !LETTER.test(text.charAt(start - 1))) return start;
  }
  return -1;
}

/**
 * Every whole-word match of a `phrases` pattern, as spans; a span includes the prefix letters
 * glued to it. The pattern's lastIndex is reset, so one pattern can be shared.
 */
export function findPhrases(re: RegExp, text: string, prefixLetters = ''): { start: number; end: number }[] {
  re.lastIndex = 0;
  const found: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = wordStart(text, m.index, prefixLetters);
    if (start < 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    found.push({ start, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex = m.index + 1;
  }
  re.lastIndex = 0;
  return found;
}

/** Whether a `phrases` pattern matches anywhere as whole words. */
export function hasPhrase(re: RegExp, text: string, prefixLetters = ''): boolean {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (wordStart(text, m.index, prefixLetters) >= 0) {
      re.lastIndex = 0;
      return true;
    }
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** An apostrophe as people type it. */
export const APOS = "['’]";
