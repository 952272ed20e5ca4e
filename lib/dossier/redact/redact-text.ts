import { detectSpans, findSelected } from './detect';
import type { DetectedKind, DetectedSpan, RedactionKind } from './kinds';

/** What to remove from text: detector kinds switched on, found values the user kept, and text the user chose. */
export interface TextRedactionRules {
  kinds: readonly DetectedKind[];
  /** Found values (exactly as written) the user unticked: left wherever they appear. */
  keep: readonly string[];
  /** Literal text to remove wherever it appears. */
  selected: readonly string[];
  markers: Readonly<Record<RedactionKind, string>>;
}

export type RedactionCounts = Partial<Record<RedactionKind, number>>;

/** The spans that the rules remove from `text`: the user's own choices first, then the detectors'. */
export function spansToRemove(text: string, rules: TextRedactionRules): DetectedSpan[] {
  const keep = new Set(rules.keep);
  const chosen = findSelected(text, rules.selected);
  const detected = detectSpans(text, rules.kinds).filter(
    (span) =>
      !keep.has(text.slice(span.start, span.end)) && chosen.every((c) => span.end <= c.start || span.start >= c.end),
  );
  return [...chosen, ...detected].sort((a, b) => a.start - b.start);
}

export function redactText(text: string, rules: TextRedactionRules): { text: string; counts: RedactionCounts } {
  const spans = spansToRemove(text, rules);
  const counts: RedactionCounts = {};
  let out = text;
  for (const span of [...spans].reverse()) {
    out = out.slice(0, span.start) + rules.markers[span.kind] + out.slice(span.end);
    counts[span.kind] = (counts[span.kind] ?? 0) + 1;
  }
  return { text: out, counts };
}

export function addCounts(into: RedactionCounts, more: RedactionCounts): void {
  for (const [kind, n] of Object.entries(more) as [RedactionKind, number][]) into[kind] = (into[kind] ?? 0) + n;
}
