/**
 * Shared text helpers. Tokens are read by a character loop (one table look-up per character, no
 * regular expression per token); the few regexes left here are linear.
 */

export interface Token {
  /** The token as written. */
  raw: string;
  /** Lower case, Hebrew and typographic quotes folded, ё → е, niqqud dropped. */
  norm: string;
  start: number;
  end: number;
  /** Letters or digits (a word); otherwise one punctuation or symbol character. */
  word: boolean;
  /** `norm` holds a Hebrew-script character. */
  hebrew: boolean;
  /** Cached `hebrewStems(norm)` (see `stemsOf`). */
  stems?: readonly string[];
}

// Character classes, computed once per distinct character by the very regexes they stand for and
// kept in a table: the tokenizer then costs one look-up per character.
const WORD_CHAR = 1; // [\p{L}\p{M}\p{N}]
const HEBREW_CHAR = 2; // \p{Script=Hebrew}
const SPACE_CHAR = 4; // \s
const LETTER = 8; // \p{L}
const LETTER_FOLDED = 16; // \p{L} under the i flag (U+0345 folds to a letter)
const LETTER_OR_NUMBER = 32; // [\p{L}\p{N}]
const LETTER_OR_NUMBER_FOLDED = 64; // [\p{L}\p{N}] under the i flag
const KNOWN = 128;
const BMP_FLAGS = new Uint8Array(0x10000);
const ASTRAL_FLAGS = new Map<number, number>();
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const HEBREW_RE = /^\p{Script=Hebrew}$/u;
const SPACE_RE = /^\s$/u;
const LETTER_RE = /^\p{L}$/u;
const LETTER_FOLDED_RE = /^\p{L}$/iu;
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const LETTER_OR_NUMBER_FOLDED_RE = /^[\p{L}\p{N}]$/iu;

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (
    KNOWN |
    (WORD_RE.test(s) ? WORD_CHAR : 0) |
    (HEBREW_RE.test(s) ? HEBREW_CHAR : 0) |
    (SPACE_RE.test(s) ? SPACE_CHAR : 0) |
    (LETTER_RE.test(s) ? LETTER : 0) |
    (LETTER_FOLDED_RE.test(s) ? LETTER_FOLDED : 0) |
    (LETTER_OR_NUMBER_RE.test(s) ? LETTER_OR_NUMBER : 0) |
    (LETTER_OR_NUMBER_FOLDED_RE.test(s) ? LETTER_OR_NUMBER_FOLDED : 0)
  );
}

/** Class flags of a code point (a lone surrogate is its own code point and belongs to no class). */
function flagsOf(cp: number): number {
  if (cp < 0x10000) {
    let f = BMP_FLAGS[cp] as number;
    if (f === 0) {
      f = classify(cp);
      BMP_FLAGS[cp] = f;
    }
    return f;
  }
  let f = ASTRAL_FLAGS.get(cp);
  if (f === undefined) {
    f = classify(cp);
    ASTRAL_FLAGS.set(cp, f);
  }
  return f;
}

/** The code point at i (a surrogate pair read as one). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point ending just before i, as a lookbehind in a `u` regex reads it; -1 at the start. */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** What `(?<=[\p{L}\p{N}])` sees at i, in a regex with (`ignoreCase`) or without the i flag. */
export function letterOrNumberBefore(text: string, i: number, ignoreCase: boolean): boolean {
  const cp = codePointBefore(text, i);
  return cp >= 0 && (flagsOf(cp) & (ignoreCase ? LETTER_OR_NUMBER_FOLDED : LETTER_OR_NUMBER)) !== 0;
}

/** What `(?<=\p{L})` sees at i, in a regex with (`ignoreCase`) or without the i flag. */
export function letterBefore(text: string, i: number, ignoreCase: boolean): boolean {
  const cp = codePointBefore(text, i);
  return cp >= 0 && (flagsOf(cp) & (ignoreCase ? LETTER_FOLDED : LETTER)) !== 0;
}

/** `/[\p{L}]/u.test(unit)` for one UTF-16 unit (a lone surrogate is no letter). */
export function isLetterUnit(c: number): boolean {
  return (flagsOf(c) & LETTER) !== 0;
}

/**
 * The next match of a global regex written without the `(?<![\p{L}\p{N}…])` that opens it (in every
 * alternative; `also` lists the class's other characters, all ASCII), each match starting with a
 * BMP character: a match right after such a character is passed over and the search goes on one
 * position later, just as the lookbehind would have it. A check after a match is far cheaper than
 * a Unicode lookbehind tried at every position.
 */
export function execAtWordStart(re: RegExp, text: string, also = ''): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const before = i > 0 && also !== '' && also.includes(text.charAt(i - 1));
    if (!before && !letterOrNumberBefore(text, i, re.ignoreCase)) return m;
    re.lastIndex = i + 1;
  }
  return null;
}

/** Whether the UTF-16 unit at i is a Hebrew-script character (all of them are in the BMP). */
function hebrewUnit(text: string, i: number): boolean {
  return (flagsOf(text.charCodeAt(i)) & HEBREW_CHAR) !== 0;
}

/** End of the run of word characters starting at i. */
function wordRun(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cp = codePointAt(text, i);
    if ((flagsOf(cp) & WORD_CHAR) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && (flagsOf(codePointAt(text, i)) & WORD_CHAR) !== 0;
}

/** Hyphens, apostrophes and the maqaf that join two parts of one word: [-‐‑–־'’׳]. */
function isJoiner(c: number): boolean {
  return (
    c === 0x2d ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2013 ||
    c === 0x5be ||
    c === 0x27 ||
    c === 0x2019 ||
    c === 0x5f3
  );
}

/** Characters `normWord` rewrites: ’ ׳ ״ ё ‐ ‑ – and the Hebrew points U+0591–U+05C7 (maqaf included). */
function needsFolding(lower: string): boolean {
  for (let i = 0; i < lower.length; i += 1) {
    const c = lower.charCodeAt(i);
    if (c < 0x451) continue;
    if (c === 0x451 || (c >= 0x591 && c <= 0x5c7) || c === 0x5f3 || c === 0x5f4) return true;
    if (c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 0x2013) return true;
  }
  return false;
}

export function normWord(raw: string): string {
  return foldMarks(raw.toLowerCase());
}

/**
 * What `normWord` does after lower-casing, character by character, so it also applies to a whole
 * lower-cased text: every token's `norm` is then a substring of the result (see `substringClue`).
 */
export function foldMarks(lower: string): string {
  if (!needsFolding(lower)) return lower;
  return lower
    .replace(/[’׳]/g, "'")
    .replace(/״/g, '"')
    .replace(/ё/g, 'е')
    .replace(/[\u0591-\u05C7]/gu, (c) => (c === '\u05BE' ? '-' : ''))
    .replace(/[‐‑–]/g, '-');
}

/**
 * Words (letters/digits joined by hyphens or apostrophes, Hebrew gershayim "ש"ח" and a trailing
 * Hebrew geresh "מס'") and single non-space characters. The loop reads exactly what
 * /[\p{L}\p{M}\p{N}]+(?:[-‐‑–־'’׳][\p{L}\p{M}\p{N}]+|(?<=\p{Script=Hebrew})["״]\p{Script=Hebrew}+)*(?:(?<=\p{Script=Hebrew})['׳])?|\S/gu
 * would match.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    const f = flagsOf(cp);
    if ((f & WORD_CHAR) === 0) {
      if ((f & SPACE_CHAR) === 0) {
        const raw = text.slice(i, i + width);
        tokens.push({ raw, norm: raw, start: i, end: i + width, word: false, hebrew: isHebrew(raw) });
      }
      i += width;
      continue;
    }
    let j = wordRun(text, i + width);
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isJoiner(c) && isWordAt(text, j + 1)) {
        j = wordRun(text, j + 1);
        continue;
      }
      if ((c === 0x22 || c === 0x5f4) && hebrewUnit(text, j - 1) && j + 1 < n && hebrewUnit(text, j + 1)) {
        j += 2;
        while (j < n && hebrewUnit(text, j)) j += 1;
        continue;
      }
      break;
    }
    if (j < n && (text.charCodeAt(j) === 0x27 || text.charCodeAt(j) === 0x5f3) && hebrewUnit(text, j - 1)) j += 1;
    const raw = text.slice(i, j);
    const norm = normWord(raw);
    tokens.push({ raw, norm, start: i, end: j, word: true, hebrew: isHebrew(norm) });
    i = j;
  }
  return tokens;
}

/**
 * The OR of `table`'s values over every maximal run of word characters in `norm` and, for a run
 * holding Hebrew, over its readings without prefixes (`hebrewStems`). Each part of a token between
 * its joiners is such a run of the text's fold (`foldMarks`), and a Hebrew reading of a token that
 * holds no joiner is a reading of its last part: so a word found in no run is no token's part.
 */
export function runFlags(norm: string, table: ReadonlyMap<string, number>): number {
  let flags = 0;
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(norm, i);
    if ((flagsOf(cp) & WORD_CHAR) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const j = wordRun(norm, i);
    const run = norm.slice(i, j);
    flags |= table.get(run) ?? 0;
    if (isHebrew(run)) for (const stem of hebrewStems(run)) flags |= table.get(stem) ?? 0;
    i = j;
  }
  return flags;
}

/** Whether the UTF-16 unit is white space (`\s`). */
export function isSpaceUnit(c: number): boolean {
  return (flagsOf(c) & SPACE_CHAR) !== 0;
}

/** A word's parts between joiners and quotes, as `runFlags` sees them: "трек-номер" → трек, номер. */
export function wordParts(word: string): string[] {
  return word.split(/[^\p{L}\p{M}\p{N}]+/u).filter((part) => part !== '');
}

/** True when a newline separates two tokens. */
export function lineBreakBetween(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i += 1) if (text.charCodeAt(i) === 10) return true;
  return false;
}

const HEBREW_PREFIX = 'והשבלמכ';

/** A Hebrew word and its readings without up to four one-letter prefixes (ו ה ש ב ל מ כ: "וכשה…"). */
export function hebrewStems(norm: string): string[] {
  const out = [norm];
  let w = norm;
  for (let i = 0; i < 4; i += 1) {
    const c = w[0];
    if (c === undefined || !HEBREW_PREFIX.includes(c) || w.length < 3) break;
    w = w.slice(1);
    if (w[0] === '-') w = w.slice(1);
    out.push(w);
  }
  return out;
}

/** `hebrewStems(token.norm)`, computed once per token. */
export function stemsOf(token: Token): readonly string[] {
  token.stems ??= hebrewStems(token.norm);
  return token.stems;
}

export function isHebrew(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 0x591 && c <= 0xfb4f && (flagsOf(c) & HEBREW_CHAR) !== 0) return true;
  }
  return false;
}

/** Whether any reading of the word (Hebrew prefixes stripped) is in the set. */
export function matchesWord(token: Token, set: ReadonlySet<string>): string | undefined {
  if (set.has(token.norm)) return token.norm;
  if (!token.hebrew) return undefined;
  for (const stem of stemsOf(token)) if (set.has(stem)) return stem;
  return undefined;
}

/**
 * Sentence spans: a sentence ends at a newline, or at . ! ? … ; followed by a space or the end
 * (so "59.99" and "18.11.2026" do not end one).
 */
export class Sentences {
  /** Computed on the first `indexOf`: most texts never need it. */
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  private split(): number[] {
    const text = this.text;
    const starts = [0];
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b) {
        const next = text.charCodeAt(i + 1); // NaN at the end
        if (next !== next || next === 0x20 || next === 9 || next === 13) starts.push(i + 1);
      }
    }
    return starts;
  }

  /** Index of the sentence holding the offset. */
  indexOf(offset: number): number {
    const starts = (this.starts ??= this.split());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The text lower-cased for cheap "could this pattern match at all?" checks with `includes`. Case-
 * insensitive Unicode regexes also fold ſ to s and the old Cyrillic ᲀ…ᲆ to в д о с т т ъ, which
 * `toLowerCase` leaves alone, so those are folded too; a word absent here cannot match.
 */
export function foldForFilters(text: string): string {
  const lower = text.toLowerCase();
  if (!/[\u017F\u1C80-\u1C86]/.test(lower)) return lower;
  const map: Record<string, string> = {
    '\u017F': 's',
    '\u1C80': 'в',
    '\u1C81': 'д',
    '\u1C82': 'о',
    '\u1C83': 'с',
    '\u1C84': 'т',
    '\u1C85': 'т',
    '\u1C86': 'ъ',
  };
  return lower.replace(/[\u017F\u1C80-\u1C86]/g, (c) => map[c] ?? c);
}

/**
 * `for (let m = firstMatch(re, text); m; m = nextMatch(re, text, m))` walks the matches of a global
 * regex as `text.matchAll(re)` would, without cloning the regex on every call.
 */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

export function nextMatch(re: RegExp, text: string, m: RegExpExecArray): RegExpExecArray | null {
  if (m[0].length === 0) {
    const i = re.lastIndex;
    const c = text.charCodeAt(i);
    const pair = re.unicode && c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    re.lastIndex = i + (pair ? 2 : 1);
  }
  return re.exec(text);
}
