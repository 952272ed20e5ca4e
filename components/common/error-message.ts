import type { TFunction } from 'i18next';
import { CaseMissingError, isQuotaError, RecordMissingError } from '@/lib/db/errors';

/** Words for a failure the user must know about; a full disk gets its own reassurance. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isQuotaError(error)) return t('errors.storageFull');
  if (error instanceof CaseMissingError) return t('errors.caseMissing');
  if (error instanceof RecordMissingError) return t('errors.recordMissing');
  return t('errors.generic', { message: error instanceof Error ? error.message : String(error) });
}
