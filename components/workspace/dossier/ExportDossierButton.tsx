import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { loadCaseBundle, type CaseBundle } from '@/lib/dossier/case-bundle';
import { exportCaseDossier, type RenderReport } from '@/lib/dossier/case-export';
import type { ImageRedactor } from '@/lib/dossier/redact/image-port';
import { useLocaleInfo } from '../../common/locale-context';
import { dossierErrorMessage } from './dossier-error';
import { saveBlob } from '../../common/save-blob';
import { canvasImageRedactor } from './canvas-image-redactor';
import { RedactDialog, type RedactionChoice } from './RedactDialog';
import { transcriptTextOptions } from './transcript-text-options';

/**
 * "Export dossier" for one case, with progress and Cancel. The file is handed to the browser
 * only once the archive is complete; a cancelled or failed export saves nothing. A complete
 * archive whose export the full disk kept out of the log is still saved, and the user told so.
 */
export function ExportDossierButton({
  repo,
  caseId,
  appVersion,
  renderReport,
  download = saveBlob,
  imageRedactor = canvasImageRedactor,
}: {
  repo: RepoContext;
  caseId: string;
  appVersion: string;
  renderReport: RenderReport;
  download?: (blob: Blob, fileName: string) => void;
  imageRedactor?: ImageRedactor;
}) {
  const { t } = useTranslation();
  const localeInfo = useLocaleInfo();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [redacting, setRedacting] = useState<CaseBundle | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const openRedaction = async () => {
    setStatus(null);
    try {
      setRedacting(await loadCaseBundle(repo, caseId));
    } catch (error) {
      setStatus({ text: dossierErrorMessage(error, t), error: true });
    }
  };

  const run = async (redaction?: RedactionChoice) => {
    setRedacting(null);
    abort.current = new AbortController();
    setStatus(null);
    setProgress({ done: 0, total: 1 });
    try {
      const result = await exportCaseDossier(repo, caseId, {
        appVersion,
        signal: abort.current.signal,
        onProgress: setProgress,
        renderReport,
        transcript: transcriptTextOptions(t, localeInfo),
        ...(redaction ? { redaction: { ...redaction, locale: localeInfo.locale }, imageRedactor } : {}),
      });
      download(result.blob, result.fileName);
      setStatus(
        result.exportLogged
          ? {
              text: t('dossierExport.exported', {
                file: result.fileName,
                evidence: String(result.counts.evidence),
                events: String(result.counts.events),
              }),
              error: false,
            }
          : { text: t('errors.exportNotLogged', { file: result.fileName }), error: true },
      );
    } catch (error) {
      setStatus({ text: dossierErrorMessage(error, t), error: true });
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <div className="dossier-export">
      <div className="row">
        {progress ? (
          <>
            <progress max={progress.total} value={progress.done} aria-label={t('dossierExport.export')} />
            <span className="small">
              {t('dossierExport.exporting', { done: String(progress.done), total: String(progress.total) })}
            </span>
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('dossierExport.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => void run()}>
              {t('dossierExport.export')}
            </button>
            <button type="button" onClick={() => void openRedaction()}>
              {t('redaction.open')}
            </button>
          </>
        )}
      </div>
      {redacting && (
        <RedactDialog bundle={redacting} onCancel={() => setRedacting(null)} onConfirm={(choice) => void run(choice)} />
      )}
      {status && (
        <p role={status.error ? 'alert' : 'status'} className="small" data-testid="dossier-export-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
