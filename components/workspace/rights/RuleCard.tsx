import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '@/lib/i18n/format';
import { displayRule, type RightsRule } from '@/lib/rights/rule';
import { Ltr } from '../../common/Ltr';
import { useLocaleInfo } from '../../common/locale-context';
import { useAddToDraft } from '../drafts/draft-editor';

/** One rule: its summary in the UI language (or "not confirmed"), exceptions, citation, date checked. */
export function RuleCard({ rule, showJurisdiction = false }: { rule: RightsRule; showJurisdiction?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const shown = displayRule(rule, locale);
  const addToDraft = useAddToDraft();
  return (
    <li className={shown.shownAsFact ? 'rule' : 'rule rule-unconfirmed'} data-rule-id={shown.id}>
      {showJurisdiction && <span className="muted small">{t(`jurisdiction.${rule.jurisdiction}`)} · </span>}
      {!shown.shownAsFact && <strong className="rule-unconfirmed-note">{t('rights.unconfirmed')}</strong>}
      <p className="rule-summary">{shown.summary}</p>
      {shown.exceptions.length > 0 && (
        <>
          <p className="muted small">{t('rights.exceptions')}</p>
          <ul className="rule-exceptions">
            {shown.exceptions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {shown.varies && (
        <p className="small">
          <span className="muted">{t('rights.varies')}: </span>
          {shown.varies}
        </p>
      )}
      <p className="muted small rule-meta">
        {t('rights.citation')}: <Ltr>{shown.citation}</Ltr> ·{' '}
        {t('rights.checked', { date: formatCalendarDate(shown.lastChecked, locale) })}
        {shown.source && (
          <>
            {' · '}
            <a href={shown.source} target="_blank" rel="noopener noreferrer">
              {t('rights.officialText')}
            </a>
          </>
        )}
      </p>
      {addToDraft && shown.shownAsFact && (
        <button type="button" className="quiet small" onClick={() => addToDraft(rule)}>
          {t('draftTab.useInDraft')}
        </button>
      )}
    </li>
  );
}
