import { addCounts, redactText, type RedactionCounts, type TextRedactionRules } from './redact-text';

/**
 * Keys whose strings are our own identifiers, digests, codes or dates, never user or page text:
 * left alone so the copy still parses and links up.
 */
const STRUCTURAL_KEYS = new Set([
  'id',
  'caseId',
  'itemId',
  'messageId',
  'captureId',
  'factId',
  'draftId',
  'sha256',
  'hash',
  'prevHash',
  'mime',
  'kind',
  'type',
  'role',
  'status',
  'adapter',
  'scenario',
  'locale',
  'length',
  'jurisdiction',
  'site',
  'format',
  'file',
  'table',
  'purchaseDate',
  'deliveryDate',
  'date',
  'weekday',
  'unit',
  'when',
  'mergedInto',
]);

/**
 * A deep copy of a JSON-like value with every free-text string redacted. Counts go into `counts`
 * when given (the log's copies of the same text are not counted twice).
 */
export function redactValues<T>(value: T, rules: TextRedactionRules, counts: RedactionCounts | null): T {
  return walk(value, rules, counts, null) as T;
}

function walk(value: unknown, rules: TextRedactionRules, counts: RedactionCounts | null, key: string | null): unknown {
  if (typeof value === 'string') {
    if (key !== null && STRUCTURAL_KEYS.has(key)) return value;
    const result = redactText(value, rules);
    if (counts) addCounts(counts, result.counts);
    return result.text;
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, rules, counts, key));
  if (value !== null && typeof value === 'object' && !(value instanceof Blob)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, rules, counts, k)]));
  }
  return value;
}

/** Calls `visit` with every free-text string of a JSON-like value (the strings `redactValues` would redact). */
export function eachText(value: unknown, visit: (text: string) => void, key: string | null = null): void {
  if (typeof value === 'string') {
    if (key === null || !STRUCTURAL_KEYS.has(key)) visit(value);
  } else if (Array.isArray(value)) {
    for (const item of value) eachText(item, visit, key);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Blob)) {
    for (const [k, v] of Object.entries(value)) eachText(v, visit, k);
  }
}
