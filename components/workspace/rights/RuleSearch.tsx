import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchRules } from '@/lib/rights/dataset';
import { RuleCard } from './RuleCard';

const MAX_SHOWN = 20;

/** Search across the rules of every jurisdiction, in any of the three languages. */
export function RuleSearch() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = query.trim() ? searchRules(query) : [];
  return (
    <section className="rule-search" aria-labelledby="rights-search">
      <h3 id="rights-search">{t('rights.search.heading')}</h3>
      <input
        type="search"
        value={query}
        aria-label={t('rights.search.label')}
        placeholder={t('rights.search.placeholder')}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() !== '' && (
        <>
          <p className="muted small" role="status">
            {found.length === 0 ? t('rights.search.none') : t('rights.search.count', { count: found.length })}
          </p>
          <ul className="rules">
            {found.slice(0, MAX_SHOWN).map((rule) => (
              <RuleCard key={rule.id} rule={rule} showJurisdiction />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
