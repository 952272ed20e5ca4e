import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { confirmFact, editFact, rejectFact, restoreFact } from '@/lib/db/repos/facts';
import { formatDateTime } from '@/lib/i18n/format';
import { useLocaleInfo } from '../../common/locale-context';
import { Ltr } from '../../common/Ltr';
import type { CaseFact } from './use-case-facts';

/** Values that read left to right whatever the page language: numbers, codes, amounts. */
const LTR_KINDS = new Set(['order-number', 'ticket-number', 'tracking-number', 'amount', 'date']);

function SourceLine({ item }: { item: CaseFact }) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const { fact, source } = item;
  if (fact.source.kind === 'manual') return <span>{t('facts.from.manual')}</span>;
  const time = source.at === null ? '' : formatDateTime(source.at, locale, timeZone);
  if (fact.source.kind === 'message' && source.authorName) {
    return <span>{t('facts.from.messageBy', { name: source.authorName, time })}</span>;
  }
  if (fact.source.kind === 'message') return <span>{t('facts.from.message', { time })}</span>;
  if (source.evidenceKind === 'pasted-text') return <span>{t('facts.from.pasted', { time })}</span>;
  if (source.evidenceKind === 'call-log') return <span>{t('facts.from.call', { time })}</span>;
  return <span>{t('facts.from.evidence', { time })}</span>;
}

export function FactCard({
  repo,
  item,
  onRemind,
  onError,
  dueText,
}: {
  repo: RepoContext;
  item: CaseFact;
  onRemind?: () => void;
  onError: (error: unknown) => void;
  /** Promises: when they fall due, already formatted. */
  dueText?: string | null;
}) {
  const { t } = useTranslation();
  const { fact } = item;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(fact.value);
  const run = (work: Promise<unknown>) => work.catch(onError);
  const value = LTR_KINDS.has(fact.kind) ? <Ltr className="mono">{fact.value}</Ltr> : <bdi>{fact.value}</bdi>;
  return (
    <li className={`fact fact-${fact.status}`} data-testid="fact" data-kind={fact.kind}>
      <div className="row">
        <span className="fact-value grow">{value}</span>
        <span className={`badge badge-fact-${fact.status}`}>{t(`facts.status.${fact.status}`)}</span>
        {fact.status === 'suggested' && (
          <span className="muted small">
            {t('facts.confidence', { percent: String(Math.round(fact.confidence * 100)) })}
          </span>
        )}
      </div>
      {fact.context && (
        <p className="fact-context small">
          <bdi>
            {fact.context.before}
            <mark>{fact.context.match}</mark>
            {fact.context.after}
          </bdi>
        </p>
      )}
      <div className="muted small">
        <SourceLine item={item} />
        {fact.extractedValue && fact.extractedValue !== fact.value && (
          <>
            {' · '}
            {t('facts.edited', { value: fact.extractedValue })}
          </>
        )}
        {dueText && (
          <>
            {' · '}
            {dueText}
          </>
        )}
      </div>
      {editing ? (
        <form
          className="row fact-edit"
          onSubmit={(event) => {
            event.preventDefault();
            void run(editFact(repo, fact.id, draft).then(() => setEditing(false)));
          }}
        >
          <label className="grow">
            <span className="visually-hidden">{t('facts.editLabel')}</span>
            <input value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={500} required autoFocus />
          </label>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <div className="row fact-actions">
          {fact.status === 'suggested' && (
            <button type="button" className="primary" onClick={() => void run(confirmFact(repo, fact.id))}>
              {t('facts.confirm')}
            </button>
          )}
          {fact.status !== 'rejected' && (
            <button
              type="button"
              onClick={() => {
                setDraft(fact.value);
                setEditing(true);
              }}
            >
              {t('facts.edit')}
            </button>
          )}
          {fact.status === 'suggested' && (
            <button type="button" onClick={() => void run(rejectFact(repo, fact.id))}>
              {t('facts.reject')}
            </button>
          )}
          {fact.status === 'rejected' && (
            <button type="button" onClick={() => void run(restoreFact(repo, fact.id))}>
              {t('facts.restore')}
            </button>
          )}
          {onRemind && fact.status !== 'rejected' && (
            <button type="button" onClick={onRemind}>
              {t('facts.remind.button')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
