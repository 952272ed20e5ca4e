import type { TFunction } from 'i18next';
import { evidenceKindSchema, type EvidenceRecord } from '@/lib/schemas/evidence';

/** A kind's name in the user's language; a kind this version does not know is shown as stored. */
export function kindLabel(kind: string, t: TFunction): string {
  const known = evidenceKindSchema.safeParse(kind);
  return known.success ? t(`evidence.kind.${known.data}`) : kind;
}

/** What a card and the viewer call an item: the page's title, the file's name, else its kind. */
export function itemLabel(item: Pick<EvidenceRecord, 'pageTitle' | 'fileName' | 'kind'>, t: TFunction): string {
  return item.pageTitle?.trim() || item.fileName?.trim() || kindLabel(item.kind, t);
}
