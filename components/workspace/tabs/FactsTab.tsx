import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { Ltr } from '../../common/Ltr';

export function FactsTab({ repo, caseId }: { repo: RepoContext; caseId: string }) {
  const { t } = useTranslation();
  const facts = useLiveQuery(() => repo.db.facts.where('caseId').equals(caseId).toArray(), [repo, caseId]);
  if (!facts) return <p className="muted">{t('common.loading')}</p>;
  const shown = facts.filter((f) => f.status !== 'rejected');
  if (shown.length === 0) return <p className="empty">{t('facts.empty')}</p>;
  return (
    <ul className="facts">
      {shown.map((fact) => (
        <li key={fact.id} className="fact">
          <span className="muted small">{fact.kind}</span> <Ltr className="mono">{fact.value}</Ltr>
        </li>
      ))}
    </ul>
  );
}
