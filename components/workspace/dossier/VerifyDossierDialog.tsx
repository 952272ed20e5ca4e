import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyDossier, type DossierVerdict } from '@/lib/dossier/verify';
import { Dialog } from '../../common/Dialog';
import { Ltr } from '../../common/Ltr';

type Check = { file: string; verdict: DossierVerdict | null };

/** Checks a dossier file the user picks and lists every problem; nothing is imported. */
export function VerifyDossierDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<Check | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setCheck({ file: file.name, verdict: null });
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Let "Checking…" paint before the synchronous check of a large file.
    await new Promise((resolve) => setTimeout(resolve, 0));
    setCheck({ file: file.name, verdict: verifyDossier(bytes) });
    if (fileInput.current) fileInput.current.value = '';
  };

  const close = () => {
    setCheck(null);
    onClose();
  };

  return (
    <Dialog
      open={open}
      title={t('dossierExport.verifyTitle')}
      onClose={close}
      className="dialog-dossier"
      actions={
        <button type="button" onClick={close}>
          {t('dossierExport.close')}
        </button>
      }
    >
      <p>{t('dossierExport.verifyBody')}</p>
      <label className="field">
        <span>{t('dossierExport.chooseFile')}</span>
        <input
          ref={fileInput}
          type="file"
          accept=".zip,application/zip"
          onChange={(event) => void pick(event.target.files?.[0])}
          data-testid="verify-dossier-file"
        />
      </label>
      {check && <VerifyResult check={check} />}
    </Dialog>
  );
}

function VerifyResult({ check: { file, verdict } }: { check: Check }) {
  const { t } = useTranslation();
  if (!verdict) {
    return (
      <p role="status" className="small">
        {t('dossierExport.checking', { file })}
      </p>
    );
  }
  const { summary } = verdict;
  return (
    <div role="status" data-testid="verify-dossier-result">
      {verdict.ok ? (
        <>
          <p className="banner">
            <strong>{t('dossierExport.intact', { file })}</strong>{' '}
            {t('dossierExport.intactDetails', { files: String(summary.files), events: String(summary.events) })}
          </p>
          <p className="small">
            {t('integrity.rootHash')}: <Ltr className="mono">{summary.rootHash ?? '—'}</Ltr>
          </p>
          {summary.redaction && (
            <p className="small" data-testid="verify-dossier-redacted">
              {t('redaction.verifySummary', {
                spans: String(summary.redaction.spans),
                kinds: summary.redaction.kinds.map((kind) => t(`redaction.kinds.${kind}`)).join(', '),
                excluded: String(summary.redaction.excludedEvidence.length),
              })}
            </p>
          )}
          {summary.evidenceFromOtherCases > 0 && (
            <p className="small">{t('dossierExport.fromOtherCases', { count: summary.evidenceFromOtherCases })}</p>
          )}
        </>
      ) : (
        <>
          <p className="banner banner-error">{t('dossierExport.problems', { file, count: verdict.problems.length })}</p>
          <ul className="dossier-problems">
            {verdict.problems.map((problem, index) => (
              <li key={index} data-kind={problem.kind}>
                <strong>{t(`dossierExport.problem.${problem.kind}`)}</strong>
                {problem.path !== undefined && (
                  <>
                    {': '}
                    <Ltr>{problem.path}</Ltr>
                  </>
                )}
                <div className="small muted" dir="ltr" lang="en">
                  {problem.detail}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="small muted">{t('dossierExport.proves')}</p>
    </div>
  );
}
