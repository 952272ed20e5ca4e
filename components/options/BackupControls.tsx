import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import type { RepoContext } from '@/lib/db/context';
import { isQuotaError } from '@/lib/db/errors';
import { updateSettings } from '@/lib/db/repos/settings';
import { exportBackup } from '@/lib/dossier/backup-export';
import { errorMessage } from '../common/error-message';
import { saveBlob } from '../common/save-blob';
import { ImportControls } from './ImportControls';

export function BackupControls({ repo, onChanged }: { repo: RepoContext; onChanged: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const runExport = async () => {
    abort.current = new AbortController();
    setStatus(null);
    setProgress({ done: 0, total: 1 });
    try {
      const result = await exportBackup(repo, {
        appVersion: browser.runtime.getManifest().version,
        signal: abort.current.signal,
        onProgress: setProgress,
      });
      saveBlob(result.blob, result.fileName);
      // The file is saved: a date that cannot be noted must not read as a failed backup.
      const noted = await updateSettings(repo, (s) => ({ ...s, lastBackupAt: Date.now() })).then(
        () => true,
        (error: unknown) => {
          if (isQuotaError(error)) return false;
          throw error;
        },
      );
      setStatus(
        noted
          ? t('options.exported', {
              file: result.fileName,
              cases: String(result.counts.cases),
              evidence: String(result.counts.evidence),
            })
          : t('errors.backupDateNotSaved', { file: result.fileName }),
      );
    } catch (error) {
      setStatus(errorMessage(error, t));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <div className="backup">
      <div className="row">
        {progress ? (
          <>
            <progress max={progress.total} value={progress.done} aria-label={t('options.exportAll')} />
            <span className="small">
              {t('options.exporting', { done: String(progress.done), total: String(progress.total) })}
            </span>
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('options.cancelExport')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => void runExport()}>
            {t('options.exportAll')}
          </button>
        )}
      </div>
      {status && (
        <p role="status" className="small" data-testid="backup-status">
          {status}
        </p>
      )}
      <ImportControls repo={repo} onChanged={onChanged} />
    </div>
  );
}
