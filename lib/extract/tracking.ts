import {
  isNovaPoshtaShape,
  isValidDhl,
  isValidFedEx12,
  isValidFedEx15,
  isValidFedEx96,
  isValidGs1,
  isValidRussianPost,
  isValidS10,
  isValidUps,
  isValidUsps,
  stripUspsRouting,
} from './checksums';
import { execAtWordStart, type Sentences } from './text';
import type { ExtractedFact } from './types';

export type Carrier = 'ups' | 'usps' | 'fedex' | 'dhl' | 's10' | 'russian-post' | 'nova-poshta';

/** Spaces out, upper case: "1z 999 aa1" → "1Z999AA1". */
export function normaliseTrackingNumber(raw: string): string {
  return raw.replace(/[\s\u00A0\u202F-]/g, '').toUpperCase();
}

/**
 * The carriers whose format (with its check digit, where it has one) the compact number fits.
 * Nova Poshta has no check digit, so its shape alone is reported.
 */
export function trackingFormats(compact: string): Carrier[] {
  const out: Carrier[] = [];
  if (isValidUps(compact)) out.push('ups');
  if (isValidS10(compact)) out.push('s10');
  if (!/^\d+$/.test(compact)) return out;
  const n = compact.length;
  if (isValidUsps(compact)) out.push('usps');
  if ((n === 12 && isValidFedEx12(compact)) || (n === 15 && isValidFedEx15(compact)) || isValidFedEx96(compact)) {
    out.push('fedex');
  } else if ((n === 18 || n === 20) && isValidGs1(compact)) out.push('fedex');
  if (isValidDhl(compact)) out.push('dhl');
  if (isValidRussianPost(compact)) out.push('russian-post');
  if (isNovaPoshtaShape(compact)) out.push('nova-poshta');
  return out;
}

/** Formats that are rare enough by chance to stand without any label. */
function standsAlone(compact: string, carriers: readonly Carrier[]): number {
  if (carriers.includes('ups') || carriers.includes('s10')) return 0.92;
  if (carriers.includes('usps') && /^9[1-5]/.test(stripUspsRouting(compact)) && compact.length >= 22) return 0.88;
  if (carriers.includes('russian-post')) return 0.6;
  return 0;
}

/** Stands for (?<![\p{L}\p{N}]) + itself (`execAtWordStart`). */
const CARRIER_RE =
  /(?:(UPS)|(Fed ?Ex|FEDEX)|(USPS)|(DHL)|(Israel Post|[Ii]sraeli? [Pp]ost|דואר ישראל|דואר רשום|[Rr]ussian [Pp]ost|[Пп]очт[аыеуой]{1,2} [Рр]оссии)|([Nn]ova [Pp]oshta|[Нн]ов(?:ая|ой|ую|ою|а) [Пп](?:очт|ошт)(?:а|ой|у|ы|ою)|ТТН|ЭН))(?![\p{L}\p{N}])/gu;

const CARRIER_GROUPS: readonly (readonly Carrier[])[] = [
  ['ups'],
  ['fedex'],
  ['usps'],
  ['dhl'],
  ['s10', 'russian-post'],
  ['nova-poshta'],
];

/** For each sentence index, the carriers named in it. */
export function carrierMentions(text: string, sentences: Sentences): Map<number, Set<Carrier>> {
  const out = new Map<number, Set<Carrier>>();
  CARRIER_RE.lastIndex = 0;
  for (let m = execAtWordStart(CARRIER_RE, text); m; m = execAtWordStart(CARRIER_RE, text)) {
    const group = CARRIER_GROUPS.findIndex((_, i) => m[i + 1] !== undefined);
    const carriers = CARRIER_GROUPS[group];
    if (!carriers) continue;
    const s = sentences.indexOf(m.index);
    const set = out.get(s) ?? new Set<Carrier>();
    for (const c of carriers) set.add(c);
    out.set(s, set);
  }
  return out;
}

/**
 * Each stands for (?<![\p{L}\p{N}]) — or, for digits, (?<![\p{L}\p{N}+\-./,:]) — + itself
 * (`execAtWordStart` with `CANDIDATE_ALSO`).
 */
const CANDIDATE_RES: readonly RegExp[] = [
  // UPS, spaces allowed anywhere ("1Z 5R8 939 03 5756 7127").
  /1 ?Z(?: ?[0-9A-Z]){15} ?\d(?![\p{L}\p{N}])/giu,
  // UPU S10 ("RR 123 456 785 IL").
  /[A-Z]{2} ?\d{3} ?\d{3} ?\d{2} ?\d ?[A-Z]{2}(?![\p{L}\p{N}])/giu,
  // A long run of digits.
  /\d{10,34}(?![\p{L}\p{N}]|[-./,:]\d)/gu,
  // Digits printed in groups ("9400 1112 0620 6406 2607 87").
  /\d{1,6}(?:[ \u00A0]\d{1,6}){2,11}(?![\p{L}\p{N}]|[-./,:]\d)/gu,
];
const CANDIDATE_ALSO: readonly string[] = ['', '', '+-./,:', '+-./,:'];

export interface TrackingContext {
  sentences: Sentences;
  /** The carriers named per sentence (`carrierMentions`); when absent, computed once a candidate needs them. */
  carriers?: Map<number, Set<Carrier>>;
  /** Offsets where a tracking label ("tracking number:", "трек-номер", "מספר מעקב") points. */
  labelled: ReadonlySet<number>;
}

function judge(compact: string, labelled: boolean, named: ReadonlySet<Carrier> | undefined): number {
  const carriers = trackingFormats(compact);
  const alone = standsAlone(compact, carriers);
  if (labelled && carriers.length > 0) return 0.95;
  if (named && carriers.some((c) => named.has(c))) return Math.max(0.9, alone);
  return alone;
}

/** ASCII digits in the text. */
function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n += 1;
  }
  return n;
}

/**
 * Which candidate patterns can yield a number at all: UPS needs "1Z"; an S10 number holds 9 digits,
 * and a digit-only number must be at least 10 digits long to be judged.
 */
function candidatePatterns(text: string): RegExp[] {
  const digits = digitCount(text);
  const out: RegExp[] = [];
  const [ups, s10, run, grouped] = CANDIDATE_RES as [RegExp, RegExp, RegExp, RegExp];
  if (digits >= 2 && /1 ?[zZ]/.test(text)) out.push(ups);
  if (digits >= 9) out.push(s10);
  if (digits >= 10) out.push(run, grouped);
  return out;
}

export function findTrackingNumbers(text: string, ctx: TrackingContext): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  const claimed = new Set<number>();
  let carriers = ctx.carriers;
  for (const re of candidatePatterns(text)) {
    const also = CANDIDATE_ALSO[CANDIDATE_RES.indexOf(re)];
    re.lastIndex = 0;
    for (let m = execAtWordStart(re, text, also); m; m = execAtWordStart(re, text, also)) {
      const start = m.index;
      const labelled = ctx.labelled.has(start);
      carriers ??= carrierMentions(text, ctx.sentences);
      const named = carriers.get(ctx.sentences.indexOf(start));
      const raw = m[0];
      // Grouped digits: the whole run, then (only when labelled or a carrier is named) shorter
      // prefixes, since a run may continue into unrelated numbers.
      const cuts = [raw.length];
      if (/\s/.test(raw) && (labelled || named)) {
        for (let i = raw.length - 1; i > 0; i -= 1) if (/\s/.test(raw[i] ?? '')) cuts.push(i);
      }
      for (const cut of cuts) {
        const compact = normaliseTrackingNumber(raw.slice(0, cut));
        if (compact.length < 10) break;
        const confidence = judge(compact, labelled, named);
        if (confidence > 0) {
          facts.push({ kind: 'tracking-number', value: compact, confidence, start, end: start + cut });
          claimed.add(start);
          break;
        }
      }
    }
  }
  // A labelled code in no known format ("TBA123456789000"): kept, with low confidence, unless its
  // shape claims a format whose check digit failed.
  for (const start of ctx.labelled) {
    if (claimed.has(start)) continue;
    const m = /^[A-Z0-9]{8,35}(?![\p{L}\p{N}])/iu.exec(text.slice(start, start + 40));
    if (!m) continue;
    const compact = m[0].toUpperCase();
    const digits = compact.replace(/\D/g, '').length;
    if (digits < 6 || /^1Z/.test(compact) || /^[A-Z]{2}\d{9}[A-Z]{2}$/.test(compact)) continue;
    facts.push({ kind: 'tracking-number', value: compact, confidence: 0.5, start, end: start + m[0].length });
  }
  return facts;
}
