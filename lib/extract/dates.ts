import { firstMatch, foldForFilters, nextMatch } from './text';
import type { ExtractedFact, ExtractOptions } from './types';

const EN_MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const HE_MONTH = 'ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר';
const RU_MONTH =
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  String.raw`(?:янв|февр?|апр|авг|сент?|окт|нояб?|дек)\.`;

const SP = String.raw`[ \u00A0]`;
const YEAR = String.raw`(?:,?${SP}(\d{4})(?![\p{N}]))?`;

/**
 * Each pattern with a cheap necessary condition (on the text, or on its lower-cased fold): a month
 * name the pattern cannot match without. A pattern whose condition fails cannot match, so it is
 * not run.
 */
const EN_MONTH_CLUE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
const HE_MONTH_CLUE = new RegExp(HE_MONTH);
const RU_MONTH_CLUE = /янв|фев|марта|апр|мая|июн|июл|авг|сен|окт|ноя|дек/;

const PATTERNS: readonly { re: RegExp; order: 'md' | 'dm'; clue: (text: string, fold: string) => boolean }[] = [
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(${EN_MONTH})\.?${SP}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])${YEAR}`,
      'giu',
    ),
    order: 'md',
    clue: (_text, fold) => EN_MONTH_CLUE.test(fold),
  },
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}.,/:])(\d{1,2})(?:st|nd|rd|th)?${SP}(?:of${SP})?(${EN_MONTH})\.?(?![\p{L}])${YEAR}`,
      'giu',
    ),
    order: 'dm',
    clue: (_text, fold) => EN_MONTH_CLUE.test(fold),
  },
  {
    re: new RegExp(String.raw`(?<![\p{N}.,/:])(\d{1,2})${SP}?[בל]?[-־]?(${HE_MONTH})(?![\p{L}])${YEAR}`, 'gu'),
    order: 'dm',
    clue: (text) => HE_MONTH_CLUE.test(text),
  },
  {
    re: new RegExp(String.raw`(?<![\p{N}.,/:])(\d{1,2})(?:-?(?:го|е|ое))?${SP}(${RU_MONTH})(?![\p{L}])${YEAR}`, 'giu'),
    order: 'dm',
    clue: (_text, fold) => RU_MONTH_CLUE.test(fold),
  },
];

const ISO_RE = /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}]|[-./]\d)/gu;
const NUMERIC_RE =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}.,/:]|\d-)(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[-./,:]\d)/gu;
const NUMERIC_DASH_RE =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}.,/:-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\p{N}]|[-./,:]\d)/gu;
// "до 20.11", "by 18/11", "עד 20.11": a day and month without a year, only after such a word.
const YEARLESS_RE =
  /(?<![\p{L}\p{N}])(?:до|к|по|by|on|until|till|before|עד|ב|מ|ל)(?:[ \u00A0]|[-־])(\d{1,2})([./])(\d{2})(?![\p{N}]|[./,:]\d)/giu;

const MONTH_INDEX: readonly (readonly [RegExp, number])[] = [
  [/^(?:jan|январ|янв|ינואר)/i, 1],
  [/^(?:feb|феврал|фев|פברואר)/i, 2],
  [/^(?:mar|март|מרץ|מרס)/i, 3],
  [/^(?:apr|апрел|апр|אפריל)/i, 4],
  [/^(?:may|ма[яй]|מאי)/i, 5],
  [/^(?:jun|июн|יוני)/i, 6],
  [/^(?:jul|июл|יולי)/i, 7],
  [/^(?:aug|август|авг|אוגוסט)/i, 8],
  [/^(?:sep|сентябр|сен|ספטמבר)/i, 9],
  [/^(?:oct|октябр|окт|אוקטובר)/i, 10],
  [/^(?:nov|ноябр|ноя|נובמבר)/i, 11],
  [/^(?:dec|декабр|дек|דצמבר)/i, 12],
];

export function monthOf(word: string): number | undefined {
  for (const [re, n] of MONTH_INDEX) if (re.test(word)) return n;
  return undefined;
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO "YYYY-MM-DD", or "--MM-DD" without a year; undefined for an impossible date. */
export function isoDate(year: number | undefined, month: number, day: number): string | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return undefined;
  if (year !== undefined && (year < 1900 || year > 2099)) return undefined;
  if (day > daysIn(month, year)) return undefined;
  return year === undefined ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Gives "--11-18" the year that puts it nearest to the reference date. */
export function withYear(value: string, referenceDate: string | undefined): string {
  const ref = referenceDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate) : null;
  const md = /^--(\d{2})-(\d{2})$/.exec(value);
  if (!ref || !md) return value;
  const refTime = Date.UTC(Number(ref[1]), Number(ref[2]) - 1, Number(ref[3]));
  let best = value;
  let bestGap = Infinity;
  for (const year of [Number(ref[1]) - 1, Number(ref[1]), Number(ref[1]) + 1]) {
    const iso = isoDate(year, Number(md[1]), Number(md[2]));
    if (!iso) continue;
    const gap = Math.abs(Date.UTC(year, Number(md[1]) - 1, Number(md[2])) - refTime);
    if (gap < bestGap) {
      bestGap = gap;
      best = iso;
    }
  }
  return best;
}

export function prefersMonthFirst(options: ExtractOptions): boolean {
  if (options.dateOrder) return options.dateOrder === 'mdy';
  return /^en-(?:US|PH|FM|MH|PW|AS|GU|MP|PR|UM|VI)\b/i.test(options.locale ?? '');
}

function year2(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** Numeric dates need a digit, a separator and a digit: "18-11", "18.11", "18/11". */
const DASHED_DIGITS = /\d-\d/;
const DOTTED_DIGITS = /\d[./]\d/;

function addDate(
  facts: ExtractedFact[],
  options: ExtractOptions,
  value: string | undefined,
  start: number,
  end: number,
  confidence: number,
): void {
  if (value) facts.push({ kind: 'date', value: withYear(value, options.referenceDate), confidence, start, end });
}

/** A numeric date: day first unless a part is over 12 or the options say month first. */
function addNumeric(
  facts: ExtractedFact[],
  options: ExtractOptions,
  monthFirst: boolean,
  a: number,
  b: number,
  year: number | undefined,
  start: number,
  end: number,
  sure: number,
): void {
  const dayFirst = a > 12 ? true : b > 12 ? false : !monthFirst;
  const ambiguous = a <= 12 && b <= 12 && a !== b;
  addDate(facts, options, isoDate(year, dayFirst ? b : a, dayFirst ? a : b), start, end, ambiguous ? sure - 0.2 : sure);
}

/** `fold` is `foldForFilters(text)` when the caller has it already. */
export function findDates(text: string, options: ExtractOptions = {}, fold?: string): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  if (!/\d/.test(text)) return facts;
  const folded = fold ?? foldForFilters(text);
  for (const { re, order, clue } of PATTERNS) {
    if (!clue(text, folded)) continue;
    for (let m = firstMatch(re, text); m; m = nextMatch(re, text, m)) {
      const word = (order === 'md' ? m[1] : m[2]) ?? '';
      if (word === 'may') continue; // the verb, not the month
      const day = Number(order === 'md' ? m[2] : m[1]);
      const month = monthOf(word);
      if (month === undefined) continue;
      // A full stop belongs to an abbreviated month ("Nov."), not to a full one ending a sentence.
      const end = m.index + m[0].length - (/\p{L}{4,}\.$/u.test(m[0]) && !/^sept$/i.test(word) ? 1 : 0);
      addDate(facts, options, isoDate(m[3] ? Number(m[3]) : undefined, month, day), m.index, end, 0.9);
    }
  }
  const dashed = DASHED_DIGITS.test(text);
  const dotted = DOTTED_DIGITS.test(text);
  if (!dashed && !dotted) return facts;
  if (dashed) {
    for (let m = firstMatch(ISO_RE, text); m; m = nextMatch(ISO_RE, text, m)) {
      const value = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      addDate(facts, options, value, m.index, m.index + m[0].length, 0.95);
    }
  }
  const monthFirst = prefersMonthFirst(options);
  if (dotted) {
    for (let m = firstMatch(NUMERIC_RE, text); m; m = nextMatch(NUMERIC_RE, text, m)) {
      const [a, b, year] = [Number(m[1]), Number(m[3]), year2(m[4] ?? '')];
      addNumeric(facts, options, monthFirst, a, b, year, m.index, m.index + m[0].length, 0.9);
    }
  }
  if (dashed) {
    for (let m = firstMatch(NUMERIC_DASH_RE, text); m; m = nextMatch(NUMERIC_DASH_RE, text, m)) {
      const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      addNumeric(facts, options, monthFirst, a, b, year, m.index, m.index + m[0].length, 0.85);
    }
  }
  if (dotted) {
    for (let m = firstMatch(YEARLESS_RE, text); m; m = nextMatch(YEARLESS_RE, text, m)) {
      const start = m.index + m[0].length - (m[1]?.length ?? 0) - 1 - (m[3]?.length ?? 0);
      addNumeric(facts, options, monthFirst, Number(m[1]), Number(m[3]), undefined, start, m.index + m[0].length, 0.7);
    }
  }
  return facts;
}
