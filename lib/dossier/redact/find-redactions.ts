import type { CaseBundle } from '../case-bundle';
import { detectSpans } from './detect';
import type { DetectedKind } from './kinds';
import { eachText } from './redact-values';

/** One value the detectors found, with where it first appears, for the user to keep or remove. */
export interface Finding {
  kind: DetectedKind;
  /** Exactly as written: unticking it keeps every occurrence. */
  value: string;
  occurrences: number;
  before: string;
  after: string;
}

const CONTEXT = 30;

/**
 * What the detectors find in the case's records (chat, facts, evidence details, drafts, reminders,
 * title and company), one entry per distinct value, in the order first met. The log's copies and
 * text files hold the same text and are redacted by the same rules at export.
 */
export function findRedactions(bundle: CaseBundle): Finding[] {
  const byValue = new Map<string, Finding>();
  const visit = (text: string) => {
    for (const span of detectSpans(text)) {
      const value = text.slice(span.start, span.end);
      const known = byValue.get(value);
      if (known) known.occurrences++;
      else
        byValue.set(value, {
          kind: span.kind as DetectedKind,
          value,
          occurrences: 1,
          before: text.slice(Math.max(0, span.start - CONTEXT), span.start),
          after: text.slice(span.end, span.end + CONTEXT),
        });
    }
  };
  const { record, messages, facts, drafts, reminders } = bundle;
  const evidence = bundle.evidence.map(({ blob: _blob, ...meta }) => meta);
  for (const part of [record, messages, facts, evidence, drafts, reminders]) eachText(part, visit);
  return [...byValue.values()];
}
