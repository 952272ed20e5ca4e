import { useLiveQuery } from 'dexie-react-hooks';
import { Search } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { searchCases } from '@/lib/db/repos/search';
import { formatRelative } from '@/lib/i18n/format';
import { caseStatusSchema, type CaseStatus } from '@/lib/schemas/case';
import { useLocaleInfo } from '../common/locale-context';
import { Ltr } from '../common/Ltr';
import { StatusBadge } from './StatusBadge';

type Filter = 'all' | CaseStatus;

export function CaseList({ repo, onOpen }: { repo: RepoContext; onOpen: (caseId: string) => void }) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const deferredQuery = useDeferredValue(query);
  const cases = useLiveQuery(() => searchCases(repo, deferredQuery), [repo, deferredQuery]);
  const counts = useLiveQuery(async () => {
    const ids = (cases ?? []).map((c) => c.id);
    const entries = await Promise.all(
      ids.map(async (id) => {
        const [messages, evidence] = await Promise.all([
          repo.db.messages
            .where('caseId')
            .equals(id)
            .filter((m) => m.hiddenAt === null)
            .count(),
          repo.db.evidence
            .where('caseId')
            .equals(id)
            .filter((e) => e.hiddenAt === null)
            .count(),
        ]);
        return [id, { messages, evidence }] as const;
      }),
    );
    return Object.fromEntries(entries);
  }, [repo, cases]);
  const shown = cases?.filter((c) => filter === 'all' || c.status === filter);
  const now = Date.now();

  return (
    <section aria-labelledby="cases-heading">
      <header className="list-header">
        <h1 id="cases-heading">{t('cases.heading')}</h1>
        {cases && <span className="muted">{t('cases.count', { count: cases.length })}</span>}
      </header>
      <div className="search">
        <Search aria-hidden="true" size={16} />
        <input
          type="search"
          aria-label={t('cases.searchLabel')}
          placeholder={t('cases.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          dir="auto"
        />
      </div>
      <div className="chips" role="radiogroup" aria-label={t('cases.filterLabel')}>
        {(['all', ...caseStatusSchema.options] as Filter[]).map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={filter === value}
            className={filter === value ? 'chip chip-on' : 'chip'}
            onClick={() => setFilter(value)}
          >
            {t(`status.${value}`)}
          </button>
        ))}
      </div>
      {!shown && <p className="muted">{t('common.loading')}</p>}
      {shown?.length === 0 && (
        <p className="empty">{query.trim() ? t('cases.noMatches', { query: query.trim() }) : t('cases.empty')}</p>
      )}
      <ul className="case-list" aria-label={t('cases.listLabel')}>
        {shown?.map((c) => (
          <li key={c.id}>
            <button type="button" className="case-card" onClick={() => onOpen(c.id)} data-testid="case-card">
              <span className="case-card-title">
                <bdi>{c.title}</bdi>
                <StatusBadge status={c.status} />
              </span>
              <span className="case-card-meta muted">
                {c.site && <Ltr>{c.site}</Ltr>}
                <span>{t('cases.messages', { count: counts?.[c.id]?.messages ?? 0 })}</span>
                <span>{t('cases.evidence', { count: counts?.[c.id]?.evidence ?? 0 })}</span>
                <span>{t('cases.updated', { when: formatRelative(c.updatedAt, now, locale) })}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
