import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { promiseDueAt, weekendOf } from '@/lib/facts/promise-due';
import { formatDateTime } from '@/lib/i18n/format';
import { factKindSchema } from '@/lib/schemas/fact';
import { errorMessage } from '../../common/error-message';
import { useLocaleInfo } from '../../common/locale-context';
import { useSettings } from '../../common/use-settings';
import { AddFactForm } from '../facts/AddFactForm';
import { FactCard } from '../facts/FactCard';
import { RemindDialog } from '../facts/RemindDialog';
import { RemindersList } from '../facts/RemindersList';
import { useCaseFacts, type CaseFact } from '../facts/use-case-facts';

export function FactsTab({
  repo,
  caseId,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  onError: (m: string) => void;
}) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const { settings } = useSettings(repo);
  const items = useCaseFacts(repo, caseId);
  const [reminding, setReminding] = useState<CaseFact | null>(null);
  const report = (error: unknown) => onError(errorMessage(error, t));
  if (!items) return <p className="muted">{t('common.loading')}</p>;
  const now = repo.now();
  const weekend = weekendOf(settings?.homeCountry ?? null);
  const dueAt = (item: CaseFact) =>
    item.fact.deadline && item.source.at !== null ? promiseDueAt(item.fact.deadline, item.source.at, weekend) : null;
  // A suggestion from a capture the user undid goes with it; what the user confirmed stays.
  const shown = items.filter(
    ({ fact, source }) => fact.status === 'confirmed' || (fact.status === 'suggested' && !source.hidden),
  );
  const rejected = items.filter(({ fact }) => fact.status === 'rejected');
  const card = (item: CaseFact) => {
    const due = dueAt(item);
    return (
      <FactCard
        key={item.fact.id}
        repo={repo}
        item={item}
        onError={report}
        dueText={due === null ? null : t('facts.falls', { date: formatDateTime(due, locale, timeZone) })}
        onRemind={item.fact.kind === 'promise' ? () => setReminding(item) : undefined}
      />
    );
  };
  return (
    <div className="facts-tab">
      <RemindersList repo={repo} caseId={caseId} now={now} onError={report} />
      {shown.length === 0 ? (
        <p className="empty">{t('facts.empty')}</p>
      ) : (
        <>
          <p className="muted small">{t('facts.intro')}</p>
          {factKindSchema.options.map((kind) => {
            const ofKind = shown.filter((item) => item.fact.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`facts-${kind}`} className="fact-group">
                <h3 id={`facts-${kind}`}>{t(`facts.kinds.${kind}`)}</h3>
                <ul className="facts">{ofKind.map(card)}</ul>
              </section>
            );
          })}
        </>
      )}
      {rejected.length > 0 && (
        <details className="fact-group">
          <summary>{t('facts.rejectedHeading', { count: rejected.length })}</summary>
          <ul className="facts">{rejected.map(card)}</ul>
        </details>
      )}
      <AddFactForm repo={repo} caseId={caseId} onError={report} />
      <RemindDialog
        repo={repo}
        item={reminding}
        suggestedDueAt={reminding ? dueAt(reminding) : null}
        now={now}
        onClose={() => setReminding(null)}
        onError={report}
      />
    </div>
  );
}
