/** Shared text helpers. Every regex here is linear: no nested or overlapping quantifiers. */

export interface Token {
  /** The token as written. */
  raw: string;
  /** Lower case, Hebrew and typographic quotes folded, ё → е, niqqud dropped. */
  norm: string;
  start: number;
  end: number;
  /** Letters or digits (a word); otherwise one punctuation or symbol character. */
  word: boolean;
}

// A word: letters/digits, joined by hyphens or apostrophes, Hebrew gershayim ("ש"ח"), and a trailing
// Hebrew geresh ("מס'"). Anything else that is not a space is a one-character token.
const TOKEN_RE =
  /[\p{L}\p{M}\p{N}]+(?:[-‐‑–־'’׳][\p{L}\p{M}\p{N}]+|(?<=\p{Script=Hebrew})["״]\p{Script=Hebrew}+)*(?:(?<=\p{Script=Hebrew})['׳])?|\S/gu;

export function normWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (!/[’׳״ё‐‑–־]|\p{Mn}/u.test(lower)) return lower;
  return lower
    .replace(/[’׳]/g, "'")
    .replace(/״/g, '"')
    .replace(/ё/g, 'е')
    .replace(/[\u0591-\u05C7]/gu, (c) => (c === '\u05BE' ? '-' : ''))
    .replace(/[‐‑–]/g, '-');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    const word = /^[\p{L}\p{M}\p{N}]/u.test(raw);
    tokens.push({ raw, norm: word ? normWord(raw) : raw, start, end: start + raw.length, word });
  }
  return tokens;
}

/** True when a newline separates two tokens. */
export function lineBreakBetween(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).includes('\n');
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

export function isHebrew(s: string): boolean {
  return /\p{Script=Hebrew}/u.test(s);
}

/** Whether any reading of the word (Hebrew prefixes stripped) is in the set. */
export function matchesWord(token: Token, set: ReadonlySet<string>): string | undefined {
  if (set.has(token.norm)) return token.norm;
  if (!isHebrew(token.norm)) return undefined;
  for (const stem of hebrewStems(token.norm)) if (set.has(stem)) return stem;
  return undefined;
}

/**
 * Sentence spans: a sentence ends at a newline, or at . ! ? … ; followed by a space or the end
 * (so "59.99" and "18.11.2026" do not end one).
 */
export class Sentences {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i];
      if (c === '\n') this.starts.push(i + 1);
      else if (c === '.' || c === '!' || c === '?' || c === '…' || c === ';') {
        const next = text[i + 1];
        if (next === undefined || next === ' ' || next === '\t' || next === '\r') this.starts.push(i + 1);
      }
    }
  }

  /** Index of the sentence holding the offset. */
  indexOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
