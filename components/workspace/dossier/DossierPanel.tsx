import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import type { RenderReport } from '@/lib/dossier/case-export';
import { ExportDossierButton } from './ExportDossierButton';
import { VerifyDossierDialog } from './VerifyDossierDialog';

/** The Export tab: the case's dossier archive, and a check of any dossier file. */
export function DossierPanel({
  repo,
  caseId,
  appVersion,
  renderReport,
}: {
  repo: RepoContext;
  caseId: string;
  appVersion: string;
  renderReport: RenderReport;
}) {
  const { t } = useTranslation();
  const [verifying, setVerifying] = useState(false);
  const headingId = useId();
  return (
    <section className="dossier-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dossierExport.heading')}</h2>
      <p className="muted">{t('dossierExport.intro')}</p>
      <ExportDossierButton repo={repo} caseId={caseId} appVersion={appVersion} renderReport={renderReport} />
      <a
        className="button-like"
        href={`/dossier.html?case=${encodeURIComponent(caseId)}`}
        target="_blank"
        rel="noopener"
      >
        {t('dossierExport.openReport')}
      </a>
      <button type="button" onClick={() => setVerifying(true)}>
        {t('dossierExport.verify')}
      </button>
      <VerifyDossierDialog open={verifying} onClose={() => setVerifying(false)} />
    </section>
  );
}
