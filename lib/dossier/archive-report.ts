import type { Jurisdiction, Locale } from '../schemas/common';
import type { CaseBundle } from './case-bundle';
import { dossierEvidencePath } from './dossier-paths';
import { caseLawInputs } from '../rights/case-law-inputs';
import { redactionNotice } from './redact/redaction-notice';
import type { RedactionSummary } from './redact/redaction-format';
import { renderReportHtml } from './report/render-html';

export interface ArchiveReportOptions {
  locale: Locale;
  timeZone: string;
  now: number;
  homeCountry: Jurisdiction | null;
  /** Set for a redacted copy: the report says so at the top. */
  redaction?: RedactionSummary | undefined;
}

/** The archive's `report.html`: the full report, its screenshots linked to their files in the archive. */
export function archiveReport(bundle: CaseBundle, options: ArchiveReportOptions): string {
  const { locale, timeZone, now, homeCountry } = options;
  return renderReportHtml(bundle, {
    variant: 'full',
    locale,
    timeZone,
    now,
    ...caseLawInputs(bundle.record, homeCountry, { timeZone, now }),
    evidenceFile: dossierEvidencePath,
    ...(options.redaction ? { notice: redactionNotice(options.redaction, locale) } : {}),
  });
}
