import { findAmounts } from './amounts';
import { findDates } from './dates';
import { findIdentifiers, LABEL_CLUE_WORDS, scanLabels, type LabelHit } from './identifiers';
import { findPromises } from './promises';
import { dashAfterSpace, findRepNames, TRIGGER_CLUE_WORDS } from './rep-names';
import { foldForFilters, foldMarks, runFlags, Sentences, tokenize, type Token } from './text';
import { findTrackingNumbers } from './tracking';
import type { ExtractedFact, ExtractOptions } from './types';

const LABEL_CLUE = 1;
const NAME_CLUE = 2;
const CLUE_WORDS = new Map<string, number>();
for (const word of LABEL_CLUE_WORDS) CLUE_WORDS.set(word, LABEL_CLUE);
for (const word of TRIGGER_CLUE_WORDS) CLUE_WORDS.set(word, (CLUE_WORDS.get(word) ?? 0) | NAME_CLUE);

const KIND_ORDER = ['order-number', 'ticket-number', 'tracking-number', 'rep-name', 'amount', 'date', 'promise'];

interface Ranked {
  fact: ExtractedFact;
  /** Higher wins when spans overlap. */
  rank: number;
}

const overlaps = (a: ExtractedFact, b: ExtractedFact): boolean => a.start < b.end && b.start < a.end;

function better(a: Ranked, b: Ranked): number {
  return (
    b.rank - a.rank ||
    b.fact.end - b.fact.start - (a.fact.end - a.fact.start) ||
    b.fact.confidence - a.fact.confidence ||
    a.fact.start - b.fact.start
  );
}

/** Keeps the best facts of one cluster of overlapping facts, none overlapping another. */
function flush(cluster: Ranked[], out: ExtractedFact[]): void {
  if (cluster.length === 1) {
    out.push((cluster[0] as Ranked).fact);
    return;
  }
  if (cluster.length > 64) {
    let end = -1;
    for (const r of cluster) {
      if (r.fact.start < end) continue;
      out.push(r.fact);
      end = r.fact.end;
    }
    return;
  }
  const kept: ExtractedFact[] = [];
  for (const r of [...cluster].sort(better)) if (!kept.some((k) => overlaps(k, r.fact))) kept.push(r.fact);
  out.push(...kept);
}

const byStart = (a: Ranked, b: Ranked): number => a.fact.start - b.fact.start;

/**
 * Keeps, among facts whose spans overlap, the best ones that do not overlap each other. Works on
 * runs of mutually overlapping facts, so it stays near-linear on long texts.
 */
function exclusive(items: Ranked[]): ExtractedFact[] {
  const out: ExtractedFact[] = [];
  if (items.length === 0) return out;
  const sorted = items.length === 1 ? items : [...items].sort(byStart);
  let cluster: Ranked[] = [];
  let clusterEnd = -1;
  for (const item of sorted) {
    if (item.fact.start >= clusterEnd && cluster.length > 0) {
      flush(cluster, out);
      cluster = [];
    }
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.fact.end);
  }
  flush(cluster, out);
  return out;
}

function ranked(out: Ranked[], facts: readonly ExtractedFact[], rank: number): void {
  for (const fact of facts) out.push({ fact, rank });
}

/**
 * Facts in a support-chat text (English, Hebrew, Russian): order, ticket and tracking numbers, the
 * representative's name, amounts, dates and promises with deadlines. Deterministic; never throws;
 * spans are UTF-16 offsets into `text`; sorted by start.
 *
 * Each stage that fails yields no facts instead of failing the whole (the try blocks below). No
 * closure is created per call: this runs once per chat message, so per-call allocations count.
 */
export function extractFacts(text: string, options: ExtractOptions = {}): ExtractedFact[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const opts = options && typeof options === 'object' ? options : {};
  try {
    const fold = foldForFilters(text);
    // Labels and names are read from tokens; most messages hold neither, and tokens cost.
    const clues = runFlags(foldMarks(fold), CLUE_WORDS);
    const labelled = (clues & LABEL_CLUE) !== 0;
    const named = (clues & NAME_CLUE) !== 0 || dashAfterSpace(text);
    const tokens = labelled || named ? tokenize(text) : NO_TOKENS;
    const sentences = new Sentences(text);
    let hits: LabelHit[] = NONE_HITS;
    try {
      if (labelled) hits = scanLabels(tokens);
    } catch {
      // no labels
    }
    const trackingLabels = new Set<number>();
    for (const hit of hits) {
      const token = tokens[hit.target];
      if (hit.kind === 'tracking-number' && token) trackingLabels.add(token.start);
    }
    const items: Ranked[] = [];
    try {
      if (hits.length > 0) ranked(items, findIdentifiers(text, tokens, hits, sentences), 4);
    } catch {
      // no identifiers
    }
    try {
      for (const fact of findTrackingNumbers(text, { sentences, labelled: trackingLabels })) {
        items.push({ fact, rank: trackingLabels.has(fact.start) ? 4 : 3 });
      }
    } catch {
      // no tracking numbers
    }
    try {
      ranked(items, findAmounts(text, fold), 2);
    } catch {
      // no amounts
    }
    try {
      ranked(items, findDates(text, opts, fold), 1);
    } catch {
      // no dates
    }
    let names: ExtractedFact[] = [];
    try {
      if (named) names = findRepNames(text, tokens);
    } catch {
      // no names
    }
    const kept = exclusive(items);
    const keptDates = kept.filter((f) => f.kind === 'date');
    let promises: ExtractedFact[] = [];
    try {
      promises = findPromises(text, sentences, keptDates, fold);
    } catch {
      // no promises
    }
    const nameItems: Ranked[] = [];
    for (const fact of names) nameItems.push({ fact, rank: Math.round(fact.confidence * 100) });
    const all = kept;
    for (const fact of exclusive(nameItems)) all.push(fact);
    for (const fact of promises) all.push(fact);
    return finish(all, text.length);
  } catch {
    return [];
  }
}

const NONE_HITS: LabelHit[] = [];
const NO_TOKENS: readonly Token[] = [];

/** Drops impossible spans, removes duplicates (kind + value + span), sorts by position. */
function finish(facts: readonly ExtractedFact[], length: number): ExtractedFact[] {
  const seen = new Set<string>();
  const out: ExtractedFact[] = [];
  for (const f of facts) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= length && f.start < f.end)) {
      continue;
    }
    if (!f.value) continue;
    const key = `${f.kind}\u0000${f.value}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...f, confidence: Math.min(1, Math.max(0, f.confidence)) });
  }
  return out.sort(
    (a, b) => a.start - b.start || a.end - b.end || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
}
