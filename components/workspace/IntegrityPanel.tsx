import { ShieldAlert, ShieldCheck, ShieldEllipsis } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { formatWitnessLine } from '@/lib/integrity/witness';
import { Ltr } from '../common/Ltr';
import { useCaseLogVerdict } from './use-case-log-verdict';

/**
 * The case log's state, its root hash, and a witness line to send to someone else. The log is
 * checked after the case has opened ("checking…" until then), never in the way of its first paint.
 */
export function IntegrityPanel({
  repo,
  caseId,
  caseTitle,
  hold = false,
}: {
  repo: RepoContext;
  caseId: string;
  caseTitle: string;
  /** While true the check does not start (the case view is still showing its transcript). */
  hold?: boolean;
}) {
  const { t } = useTranslation();
  const verdict = useCaseLogVerdict(repo, caseId, hold);
  const [copied, setCopied] = useState(false);
  if (verdict === 'checking') {
    return (
      <p className="integrity integrity-checking" role="status" aria-busy="true">
        <ShieldEllipsis aria-hidden="true" size={16} /> {t('integrity.checking')}
      </p>
    );
  }
  const copy = async () => {
    if (!verdict.rootHash) return;
    const line = formatWitnessLine({
      caseId,
      caseTitle,
      rootHash: verdict.rootHash,
      eventCount: verdict.length,
      at: Date.now(),
    });
    await navigator.clipboard.writeText(line);
    setCopied(true);
  };
  return (
    <details className={verdict.ok ? 'integrity' : 'integrity integrity-broken'} aria-label={t('integrity.rootHash')}>
      <summary>
        {verdict.ok ? <ShieldCheck aria-hidden="true" size={16} /> : <ShieldAlert aria-hidden="true" size={16} />}{' '}
        {verdict.ok
          ? t('integrity.intact', { count: verdict.length })
          : t('integrity.broken', { count: verdict.problems.length })}
      </summary>
      {verdict.rootHash && (
        <div className="integrity-body">
          <div className="small muted">{t('integrity.rootHash')}</div>
          <Ltr className="mono" data-testid="root-hash">
            {verdict.rootHash}
          </Ltr>
          <div className="row">
            <button type="button" onClick={() => void copy()}>
              {copied ? t('integrity.witnessCopied') : t('integrity.copyWitness')}
            </button>
          </div>
          <p className="small muted">{t('integrity.witnessHelp')}</p>
        </div>
      )}
    </details>
  );
}
