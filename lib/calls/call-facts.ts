import { findDates } from '../extract/dates';
import { findDeadlines } from '../extract/deadlines';
import { factKey, localIsoDate, suggestFacts, type SuggestedFact } from '../facts/suggest';
import type { FactRecord } from '../schemas/fact';

export interface CallLogForm {
  repName: string;
  promised: string;
  notes: string;
}

interface Span {
  start: number;
  end: number;
}

/** The call log's text (what search and extraction read) and where each field sits in it. */
export interface CallLogText {
  text: string;
  repName: Span | null;
  promised: Span | null;
}

/** The filled-in fields, one paragraph each, in a fixed order. */
export function composeCallLogText(form: CallLogForm): CallLogText {
  let text = '';
  const place = (value: string): Span | null => {
    const trimmed = value.trim();
    if (!trimmed) return null;
    if (text) text += '\n\n';
    const start = text.length;
    text += trimmed;
    return { start, end: text.length };
  };
  const repName = place(form.repName);
  const promised = place(form.promised);
  place(form.notes);
  return { text, repName, promised };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Facts from a call log: the rep's name and the promise as the user wrote them (the promise's
 * deadline read from its words, as extraction would), then whatever extraction finds in the rest,
 * like any captured text. New ones only: a value the case already has in any status is left out.
 */
export function callLogFacts(
  existing: readonly Pick<FactRecord, 'kind' | 'value' | 'extractedValue'>[],
  source: { id: string; at: number; log: CallLogText },
  options: { dateOrder?: 'dmy' | 'mdy' } = {},
): SuggestedFact[] {
  const { text } = source.log;
  const declared: SuggestedFact[] = [];
  const from = (span: Span) => ({ kind: 'evidence' as const, id: source.id, start: span.start, end: span.end });
  const { repName, promised } = source.log;
  if (repName) {
    declared.push({
      kind: 'rep-name',
      value: text.slice(repName.start, repName.end).slice(0, 500),
      confidence: 1,
      source: from(repName),
      status: 'suggested',
      sourceAt: source.at,
    });
  }
  if (promised) {
    const words = text.slice(promised.start, promised.end);
    const referenceDate = localIsoDate(source.at);
    const deadline = findDeadlines(words, findDates(words, { ...options, referenceDate }))[0]?.deadline;
    declared.push({
      kind: 'promise',
      value: words.replace(/\s+/g, ' ').slice(0, 500),
      confidence: 1,
      source: from(promised),
      status: 'suggested',
      ...(deadline ? { deadline } : {}),
      sourceAt: source.at,
    });
  }
  const known = new Set(existing.map((fact) => factKey(fact.kind, fact.value)));
  for (const fact of existing) if (fact.extractedValue) known.add(factKey(fact.kind, fact.extractedValue));
  const fresh = declared.filter((fact) => !known.has(factKey(fact.kind, fact.value)));
  const declaredSpans = declared.map((fact) => ({ kind: fact.kind, span: fact.source }));
  const extracted = suggestFacts(
    [...existing, ...declared],
    [{ kind: 'evidence', id: source.id, text, at: source.at }],
    options,
  )
    // The name and promise fields already say what they are: no second reading of the same words.
    .filter((fact) => !declaredSpans.some((d) => d.kind === fact.kind && overlaps(d.span, fact.source)));
  return [...fresh, ...extracted];
}
