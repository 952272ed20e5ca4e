import { detectAddresses } from './detect-address';
import { detectEmails, detectPhones } from './detect-contacts';
import { detectCards, detectNationalIds } from './detect-numbers';
import type { DetectedKind, DetectedSpan } from './kinds';

const DETECTORS: Record<DetectedKind, (text: string) => DetectedSpan[]> = {
  email: detectEmails,
  card: detectCards,
  'national-id': detectNationalIds,
  phone: detectPhones,
  address: detectAddresses,
};
/** When two spans start together, the stronger evidence wins: a checksum beats a shape. */
const PRIORITY: readonly DetectedKind[] = ['email', 'card', 'national-id', 'phone', 'address'];

/** Non-overlapping spans of the kinds asked for, in text order; of two overlapping, the earlier, then longer, then stronger. */
export function detectSpans(text: string, kinds: readonly DetectedKind[] = PRIORITY): DetectedSpan[] {
  const all = kinds.flatMap((kind) => DETECTORS[kind](text));
  all.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      PRIORITY.indexOf(a.kind as DetectedKind) - PRIORITY.indexOf(b.kind as DetectedKind),
  );
  const out: DetectedSpan[] = [];
  for (const span of all) {
    const last = out.at(-1);
    if (!last || span.start >= last.end) out.push(span);
  }
  return out;
}

/** Spans of literal text the user chose (each occurrence, case as written); longest first on overlap. */
export function findSelected(text: string, selected: readonly string[]): DetectedSpan[] {
  const all: DetectedSpan[] = [];
  for (const value of selected) {
    if (value.trim() === '') continue;
    for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + value.length)) {
      all.push({ kind: 'selected', start: i, end: i + value.length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter((span, i) => all.slice(0, i).every((other) => span.start >= other.end || span.end <= other.start));
}
