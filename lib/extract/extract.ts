import { findAmounts } from './amounts';
import { findDates } from './dates';
import { findIdentifiers, scanLabels } from './identifiers';
import { findPromises } from './promises';
import { findRepNames } from './rep-names';
import { Sentences, tokenize } from './text';
import { carrierMentions, findTrackingNumbers } from './tracking';
import type { ExtractedFact, ExtractOptions } from './types';

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

/**
 * Keeps, among facts whose spans overlap, the best ones that do not overlap each other. Works on
 * runs of mutually overlapping facts, so it stays near-linear on long texts.
 */
function exclusive(items: Ranked[]): ExtractedFact[] {
  const sorted = [...items].sort((a, b) => a.fact.start - b.fact.start);
  const out: ExtractedFact[] = [];
  const flush = (cluster: Ranked[]): void => {
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
  };
  let cluster: Ranked[] = [];
  let clusterEnd = -1;
  for (const item of sorted) {
    if (item.fact.start >= clusterEnd && cluster.length > 0) {
      flush(cluster);
      cluster = [];
    }
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.fact.end);
  }
  flush(cluster);
  return out;
}

function safely<T>(run: () => T[]): T[] {
  try {
    return run();
  } catch {
    return [];
  }
}

/**
 * Facts in a support-chat text (English, Hebrew, Russian): order, ticket and tracking numbers, the
 * representative's name, amounts, dates and promises with deadlines. Deterministic; never throws;
 * spans are UTF-16 offsets into `text`; sorted by start.
 */
export function extractFacts(text: string, options: ExtractOptions = {}): ExtractedFact[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const opts = options && typeof options === 'object' ? options : {};
  try {
    const tokens = tokenize(text);
    const sentences = new Sentences(text);
    const hits = safely(() => scanLabels(tokens));
    const trackingLabels = new Set<number>();
    for (const hit of hits) {
      const token = tokens[hit.target];
      if (hit.kind === 'tracking-number' && token) trackingLabels.add(token.start);
    }
    const identifiers = safely(() => findIdentifiers(text, tokens, hits, sentences));
    const tracking = safely(() =>
      findTrackingNumbers(text, { sentences, carriers: carrierMentions(text, sentences), labelled: trackingLabels }),
    );
    const amounts = safely(() => findAmounts(text));
    const dates = safely(() => findDates(text, opts));
    const names = safely(() => findRepNames(text, tokens));

    const kept = exclusive([
      ...identifiers.map((fact) => ({ fact, rank: 4 })),
      ...tracking.map((fact) => ({ fact, rank: trackingLabels.has(fact.start) ? 4 : 3 })),
      ...amounts.map((fact) => ({ fact, rank: 2 })),
      ...dates.map((fact) => ({ fact, rank: 1 })),
    ]);
    const keptDates = kept.filter((f) => f.kind === 'date');
    const promises = safely(() => findPromises(text, sentences, keptDates));
    const all = [
      ...kept,
      ...exclusive(names.map((fact) => ({ fact, rank: Math.round(fact.confidence * 100) }))),
      ...promises,
    ];
    return finish(all, text.length);
  } catch {
    return [];
  }
}

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
