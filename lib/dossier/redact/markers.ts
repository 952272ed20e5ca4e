import { RESOURCES } from '../../i18n/resources';
import type { Locale } from '../../schemas/common';
import type { RedactionKind } from './kinds';

export interface RedactionMarkers {
  kinds: Readonly<Record<RedactionKind, string>>;
  caseTitle: string;
  company: string;
}

/** The fixed text that stands in for each removed span, in the export's language. */
export function redactionMarkers(locale: Locale): RedactionMarkers {
  const { caseTitle, company, ...kinds } = RESOURCES[locale].redaction.marker;
  return { kinds, caseTitle, company };
}
