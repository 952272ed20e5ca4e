import { EXPLICIT_FILLERS, FILLERS, LABELS, NOT_LABELS, type Label, type LabelKind } from './labels';
import { matchesWord, wordParts, type Sentences, type Token } from './text';
import type { ExtractedFact } from './types';

export interface LabelHit {
  kind: LabelKind;
  confidence: number;
  /** Index of the token the label points at. */
  target: number;
}

const LABEL_WORDS: ReadonlySet<string> = new Set(LABELS.keys());
/** For `runFlags`: the first part of every label word; without one, `scanLabels` finds nothing. */
export const LABEL_CLUE_WORDS: readonly string[] = [...LABEL_WORDS].map((w) => wordParts(w)[0] ?? w);
const ABBREVIATIONS = new Set(['no', 'nr', 'num', 'מס', 'n']);

function labelOf(token: Token): Label | undefined {
  if (!token.word || NOT_LABELS.has(token.norm)) return undefined;
  const word = matchesWord(token, LABEL_WORDS);
  return word === undefined ? undefined : LABELS.get(word);
}

function isFiller(token: Token): boolean {
  if (FILLERS.has(token.norm)) return true;
  return token.hebrew && matchesWord(token, FILLERS) !== undefined;
}

/**
 * Labels and the token each points at: the label, then at most six filler words ("number", "is",
 * "#", "№", "מספר", "שלך", "вашего" …), then the number. A comma may only stand in the chain when
 * an explicit "number" word follows it ("заказ, номер 5531209"), a full stop only after "No".
 */
export function scanLabels(tokens: readonly Token[]): LabelHit[] {
  const hits: LabelHit[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || consumed.has(i)) continue;
    const label = labelOf(token);
    if (!label) continue;
    let j = i + 1;
    let explicit = false;
    let commaPending = false;
    for (let steps = 0; steps < 6 && j < tokens.length; steps += 1, j += 1) {
      const t = tokens[j] as Token;
      const prev = tokens[j - 1] as Token;
      if (isFiller(t)) {
        if (EXPLICIT_FILLERS.has(t.norm) || matchesWord(t, EXPLICIT_FILLERS)) {
          explicit = true;
          commaPending = false;
        }
        if (labelOf(t)?.kind === label.kind) consumed.add(j);
        continue;
      }
      if (t.norm === '.' && ABBREVIATIONS.has(prev.norm)) continue;
      if (t.norm === ',' && !commaPending) {
        commaPending = true;
        continue;
      }
      // "трек номер", "order confirmation": a second label of the same kind.
      if (labelOf(t)?.kind === label.kind) {
        consumed.add(j);
        continue;
      }
      break;
    }
    if (commaPending || j >= tokens.length || !tokens[j]?.word) continue;
    hits.push({
      kind: label.kind,
      confidence: explicit ? Math.max(0.9, label.confidence) : label.confidence,
      target: j,
    });
  }
  return hits;
}

const CURRENCY_AFTER =
  /^[ \u00A0]?(?:%|[.,:]\d|[₪₽€$£₴]|(?:руб|грн|ש"ח|ש״ח|שקל|usd|eur|ils|nis|rub|uah|gbp|dollar|euro|евро)(?![\p{L}]))/iu;
const DATE_SHAPE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})$/;

/** Upper case, without "#", "№" or a Hebrew prefix ("ב-12345"), dashes unified. */
export function normaliseOrderNumber(raw: string): string {
  return raw
    .trim()
    .replace(/^[#№]+\s*/, '')
    .replace(/^[\u05D0-\u05EA]{1,3}[-־]/, '')
    .replace(/[‐‑–־]/g, '-')
    .toUpperCase();
}

/** The order or ticket number a token holds, or undefined when it cannot be one. */
function identifierAt(text: string, token: Token): { value: string; start: number } | undefined {
  const prefix = /^[\u05D0-\u05EA]{1,3}[-־]/.exec(token.raw);
  const start = token.start + (prefix ? prefix[0].length : 0);
  const raw = text.slice(start, token.end);
  if (!/^[A-Za-z0-9]+(?:[-‐‑–][A-Za-z0-9]+)*$/.test(raw) || raw.length > 40) return undefined;
  const digits = raw.replace(/\D/g, '').length;
  const alnum = raw.replace(/[^A-Za-z0-9]/g, '').length;
  if (digits < 2 || alnum < 4) return undefined;
  if (DATE_SHAPE.test(raw)) return undefined;
  if (text[start - 1] === '+') return undefined;
  if (CURRENCY_AFTER.test(text.slice(token.end, token.end + 8))) return undefined;
  return { value: normaliseOrderNumber(raw), start };
}

function shape(s: string): string {
  return s.replace(/[0-9]/g, '9').replace(/[A-Za-z]/g, 'A');
}

/**
 * Order and ticket numbers: only where a label says so. A later number of exactly the same shape in
 * the same sentence ("order 9921-4432, the old one 9921-4401") is taken too, less surely.
 */
export function findIdentifiers(
  text: string,
  tokens: readonly Token[],
  hits: readonly LabelHit[],
  sentences: Sentences,
): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  const labelTargets = new Set(hits.map((h) => h.target));
  for (const hit of hits) {
    if (hit.kind === 'tracking-number') continue;
    const token = tokens[hit.target];
    if (!token) continue;
    const id = identifierAt(text, token);
    if (!id) continue;
    facts.push({ kind: hit.kind, value: id.value, confidence: hit.confidence, start: id.start, end: token.end });
    const sentence = sentences.indexOf(token.start);
    const want = shape(id.value);
    for (let k = hit.target + 1; k < tokens.length && k <= hit.target + 8; k += 1) {
      const next = tokens[k] as Token;
      if (sentences.indexOf(next.start) !== sentence || labelTargets.has(k) || labelOf(next)) break;
      if (!next.word || shape(next.raw) !== want) continue;
      const sibling = identifierAt(text, next);
      if (sibling && text[next.start - 1] !== '+') {
        facts.push({ kind: hit.kind, value: sibling.value, confidence: 0.6, start: sibling.start, end: next.end });
      }
    }
  }
  return facts;
}
