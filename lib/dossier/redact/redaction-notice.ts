import { RESOURCES } from '../../i18n/resources';
import type { Locale } from '../../schemas/common';
import { fill } from '../report/report-text';
import type { RedactionSummary } from './redaction-format';

/** The report's line saying it is a redacted copy, in the report's language. */
export function redactionNotice(summary: RedactionSummary, locale: Locale): string {
  const strings = RESOURCES[locale].redaction;
  return fill(strings.reportNotice, {
    n: summary.spans,
    kinds: summary.kinds.map((kind) => strings.kinds[kind]).join(', '),
    excluded: summary.excludedEvidence.length,
  });
}
