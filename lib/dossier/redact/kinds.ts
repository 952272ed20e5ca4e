/** What a detector found, as a UTF-16 span of the text it read. */
export const REDACTION_KINDS = ['card', 'national-id', 'phone', 'email', 'address', 'selected'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];
export type DetectedKind = Exclude<RedactionKind, 'selected'>;

export type NationalIdScheme = 'il-id' | 'us-ssn' | 'uk-nino' | 'ru-inn' | 'ru-snils' | 'ua-rnokpp';

export interface DetectedSpan {
  kind: RedactionKind;
  /** Which national number it passed the check of. */
  scheme?: NationalIdScheme;
  start: number;
  end: number;
}
