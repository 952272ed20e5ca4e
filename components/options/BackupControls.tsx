import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import type { RepoContext } from '@/lib/db/context';
import { updateSettings } from '@/lib/db/repos/settings';
import { exportBackup } from '@/lib/dossier/backup-export';
import { applyBackupImport, planBackupImport, type ConflictChoice, type ImportPlan } from '@/lib/dossier/backup-import';
import { errorMessage } from '../common/error-message';

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function BackupControls({ repo, onChanged }: { repo: RepoContext; onChanged: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [choice, setChoice] = useState<ConflictChoice>('skip');
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

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
      download(result.blob, result.fileName);
      await updateSettings(repo, (s) => ({ ...s, lastBackupAt: Date.now() }));
      setStatus(
        t('options.exported', {
          file: result.fileName,
          cases: String(result.counts.cases),
          evidence: String(result.counts.evidence),
        }),
      );
    } catch (error) {
      setStatus(errorMessage(error, t));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus(t('options.importing'));
    setPlan(null);
    try {
      setPlan(await planBackupImport(repo, new Uint8Array(await file.arrayBuffer())));
      setStatus(null);
    } catch (error) {
      setStatus(t('options.importFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const runImport = async () => {
    if (!plan) return;
    try {
      const count = await applyBackupImport(repo, plan, choice);
      setStatus(t('options.imported', { count }));
      onChanged();
    } catch (error) {
      setStatus(t('options.importFailed', { reason: errorMessage(error, t) }));
    } finally {
      setPlan(null);
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
        <label className="button-like">
          {t('options.import')}
          <input
            ref={fileInput}
            type="file"
            accept=".zip,application/zip"
            className="visually-hidden"
            onChange={(event) => void pickFile(event.target.files?.[0])}
            data-testid="import-file"
          />
        </label>
      </div>
      {plan && (
        <div className="card inset" role="region" aria-label={t('options.import')}>
          <p>
            {t('options.importSummary', {
              cases: String(plan.counts.cases),
              messages: String(plan.counts.messages),
              evidence: String(plan.counts.evidence),
            })}
          </p>
          {plan.conflicts.length > 0 && (
            <>
              <p>{t('options.importConflicts', { count: plan.conflicts.length })}</p>
              <ul>
                {plan.conflicts.map((c) => (
                  <li key={c.id}>
                    <bdi>{c.title}</bdi>
                  </li>
                ))}
              </ul>
              {(['skip', 'replace'] as const).map((value) => (
                <label key={value} className="radio">
                  <input type="radio" name="conflict" checked={choice === value} onChange={() => setChoice(value)} />
                  {t(value === 'skip' ? 'options.importSkip' : 'options.importReplace')}
                </label>
              ))}
            </>
          )}
          <div className="row">
            <button type="button" onClick={() => setPlan(null)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void runImport()}>
              {t('options.importConfirm')}
            </button>
          </div>
        </div>
      )}
      {status && (
        <p role="status" className="small" data-testid="backup-status">
          {status}
        </p>
      )}
    </div>
  );
}
