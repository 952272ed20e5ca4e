import type { TFunction } from 'i18next';
import { EvidenceCorruptedError } from '@/lib/dossier/backup-export';
import { CaseLogBrokenError } from '@/lib/dossier/case-export';
import { ExportCancelledError } from '@/lib/dossier/zip-writer';
import { errorMessage } from '../../common/error-message';

/** The export's own failures in the user's language; anything else as the app says errors. */
export function dossierErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ExportCancelledError) return t('dossierExport.cancelled');
  if (error instanceof EvidenceCorruptedError) return t('dossierExport.corrupted');
  if (error instanceof CaseLogBrokenError) return t('dossierExport.logBroken');
  return errorMessage(error, t);
}
