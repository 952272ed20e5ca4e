import { extractFacts, type ExtractedFact, type ExtractOptions } from '../extract';
import type { AuthorRole } from '../schemas/message';
import type { FactKind, FactRecord } from '../schemas/fact';

/** Where a piece of text came from: a chat message or a saved item (capture, pasted e-mail, call log). */
export interface FactTextSource {
  kind: 'message' | 'evidence';
  id: string;
  text: string;
  /** When it was written or seen. */
  at: number;
  /** Messages only: a customer's own words give no rep name and no company promise. */
  role?: AuthorRole;
}

const COMPANY_ONLY: ReadonlySet<FactKind> = new Set(['rep-name', 'promise']);
const CONTEXT_CHARS = 60;

/** The same fact found twice (two captures of one page) is one fact. */
export function factKey(kind: FactKind, value: string): string {
  return `${kind}\u0000${value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** YYYY-MM-DD of an instant in the machine's own time zone: undated "Nov 18" gets its year from here. */
export function localIsoDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function contextOf(text: string, fact: ExtractedFact): NonNullable<FactRecord['context']> {
  const squash = (part: string) => part.replace(/\s+/g, ' ');
  const from = Math.max(0, fact.start - CONTEXT_CHARS);
  const to = Math.min(text.length, fact.end + CONTEXT_CHARS);
  return {
    before: `${from > 0 ? '…' : ''}${squash(text.slice(from, fact.start)).trimStart()}`.slice(-200),
    match: squash(text.slice(fact.start, fact.end)).slice(0, 500),
    after: `${squash(text.slice(fact.end, to)).trimEnd()}${to < text.length ? '…' : ''}`.slice(0, 200),
  };
}

export type SuggestedFact = Omit<FactRecord, 'id' | 'caseId' | 'createdAt' | 'updatedAt'>;

/**
 * The facts worth suggesting from some texts: whatever extraction finds, minus what the case
 * already holds in any status (a rejected fact is not suggested again, a confirmed one is never
 * overwritten) and minus repeats within the texts.
 */
export function suggestFacts(
  existing: readonly Pick<FactRecord, 'kind' | 'value' | 'extractedValue'>[],
  sources: readonly FactTextSource[],
  options: Omit<ExtractOptions, 'referenceDate'> = {},
): SuggestedFact[] {
  return excludeKnownFacts(suggestNewFacts(sources, options), existing);
}

/** Drops the suggestions the case already holds, by value or by the value first extracted. */
export function excludeKnownFacts(
  suggestions: readonly SuggestedFact[],
  existing: readonly Pick<FactRecord, 'kind' | 'value' | 'extractedValue'>[],
): SuggestedFact[] {
  if (existing.length === 0) return [...suggestions];
  const known = new Set<string>();
  for (const fact of existing) {
    known.add(factKey(fact.kind, fact.value));
    if (fact.extractedValue) known.add(factKey(fact.kind, fact.extractedValue));
  }
  return suggestions.filter((fact) => !known.has(factKey(fact.kind, fact.value)));
}

/** Every fact extraction finds in the texts, each once (the first place it occurs). */
function suggestNewFacts(
  sources: readonly FactTextSource[],
  options: Omit<ExtractOptions, 'referenceDate'>,
): SuggestedFact[] {
  const seen = new Set<string>();
  const out: SuggestedFact[] = [];
  for (const source of sources) {
    if (!source.text.trim()) continue;
    const found = extractFacts(source.text, { ...options, referenceDate: localIsoDate(source.at) });
    for (const fact of found) {
      if (source.role === 'customer' && COMPANY_ONLY.has(fact.kind)) continue;
      const value = fact.value.slice(0, 500);
      const key = factKey(fact.kind, value);
      if (!value.trim() || seen.has(key)) continue;
      seen.add(key);
      out.push({
        kind: fact.kind,
        value,
        confidence: Math.min(1, Math.max(0, fact.confidence)),
        source: { kind: source.kind, id: source.id, start: fact.start, end: fact.end },
        status: 'suggested',
        ...(fact.deadline ? { deadline: fact.deadline } : {}),
        context: contextOf(source.text, fact),
        sourceAt: source.at,
      });
    }
  }
  return out;
}
