import { useLiveQuery } from 'dexie-react-hooks';
import { ShieldAlert, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { verifyCaseLog } from '@/lib/db/repos/events';
import { formatWitnessLine } from '@/lib/integrity/witness';
import { Ltr } from '../common/Ltr';

/** The case log's state, its root hash, and a witness line to send to someone else. */
export function IntegrityPanel({ repo, caseId, caseTitle }: { repo: RepoContext; caseId: string; caseTitle: string }) {
  const { t } = useTranslation();
  const verdict = useLiveQuery(() => verifyCaseLog(repo, caseId), [repo, caseId]);
  const [copied, setCopied] = useState(false);
  if (!verdict) return null;
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
