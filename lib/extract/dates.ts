import type { ExtractedFact, ExtractOptions } from './types';

const EN_MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const HE_MONTH = 'ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר';
const RU_MONTH =
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  String.raw`(?:янв|февр?|апр|авг|сент?|окт|нояб?|дек)\.`;

const SP = String.raw`[ \u00A0]`;
const YEAR = String.raw`(?:,?${SP}(\d{4})(?![\p{N}]))?`;

const PATTERNS: readonly { re: RegExp; order: 'md' | 'dm' }[] = [
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(${EN_MONTH})\.?${SP}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])${YEAR}`,
      'giu',
    ),
    order: 'md',
  },
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}.,/:])(\d{1,2})(?:st|nd|rd|th)?${SP}(?:of${SP})?(${EN_MONTH})\.?(?![\p{L}])${YEAR}`,
      'giu',
    ),
    order: 'dm',
  },
  {
    re: new RegExp(String.raw`(?<![\p{N}.,/:])(\d{1,2})${SP}?[בל]?[-־]?(${HE_MONTH})(?![\p{L}])${YEAR}`, 'gu'),
    order: 'dm',
  },
  {
    re: new RegExp(String.raw`(?<![\p{N}.,/:])(\d{1,2})(?:-?(?:го|е|ое))?${SP}(${RU_MONTH})(?![\p{L}])${YEAR}`, 'giu'),
    order: 'dm',
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

export function findDates(text: string, options: ExtractOptions = {}): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  const add = (value: string | undefined, start: number, end: number, confidence: number): void => {
    if (value) facts.push({ kind: 'date', value: withYear(value, options.referenceDate), confidence, start, end });
  };
  for (const { re, order } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const word = (order === 'md' ? m[1] : m[2]) ?? '';
      if (word === 'may') continue; // the verb, not the month
      const day = Number(order === 'md' ? m[2] : m[1]);
      const month = monthOf(word);
      if (month === undefined) continue;
      // A full stop belongs to an abbreviated month ("Nov."), not to a full one ending a sentence.
      const end = m.index + m[0].length - (/\p{L}{4,}\.$/u.test(m[0]) && !/^sept$/i.test(word) ? 1 : 0);
      add(isoDate(m[3] ? Number(m[3]) : undefined, month, day), m.index, end, 0.9);
    }
  }
  for (const m of text.matchAll(ISO_RE)) {
    add(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), m.index, m.index + m[0].length, 0.95);
  }
  const monthFirst = prefersMonthFirst(options);
  const numeric = (a: number, b: number, year: number | undefined, start: number, end: number, sure: number) => {
    const dayFirst = a > 12 ? true : b > 12 ? false : !monthFirst;
    const ambiguous = a <= 12 && b <= 12 && a !== b;
    add(isoDate(year, dayFirst ? b : a, dayFirst ? a : b), start, end, ambiguous ? sure - 0.2 : sure);
  };
  for (const m of text.matchAll(NUMERIC_RE)) {
    numeric(Number(m[1]), Number(m[3]), year2(m[4] ?? ''), m.index, m.index + m[0].length, 0.9);
  }
  for (const m of text.matchAll(NUMERIC_DASH_RE)) {
    numeric(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length, 0.85);
  }
  for (const m of text.matchAll(YEARLESS_RE)) {
    const start = m.index + m[0].length - (m[1]?.length ?? 0) - 1 - (m[3]?.length ?? 0);
    numeric(Number(m[1]), Number(m[3]), undefined, start, m.index + m[0].length, 0.7);
  }
  return facts;
}
