import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { updateCase } from '@/lib/db/repos/cases';
import { caseLawInputs } from '@/lib/rights/case-law-inputs';
import type { CaseRecord } from '@/lib/schemas/case';
import { errorMessage } from '../../common/error-message';
import { useLocaleInfo } from '../../common/locale-context';
import { useSettings } from '../../common/use-settings';
import { CaseDatesForm } from '../rights/CaseDatesForm';
import { DeadlineTimeline } from '../rights/DeadlineTimeline';
import { JurisdictionChoice } from '../rights/JurisdictionChoice';
import { RulesByTopic } from '../rights/RulesByTopic';
import { RuleSearch } from '../rights/RuleSearch';

/**
 * What the law gives the user in this case: the rules of the case's jurisdiction (else the home
 * country from the options), the deadlines worked out from the case's dates, and a search across
 * all rules. Information, not legal advice.
 */
export function RightsTab({
  repo,
  record,
  onError,
}: {
  repo: RepoContext;
  record: CaseRecord;
  onError: (m: string) => void;
}) {
  const { t } = useTranslation();
  const { timeZone } = useLocaleInfo();
  const { settings } = useSettings(repo);
  const home = settings?.homeCountry ?? null;
  const { jurisdiction, rules, deadlines } = caseLawInputs(record, home, { timeZone, now: repo.now() });
  const from = record.jurisdiction ? 'case' : home ? 'home' : null;
  const save = (changes: Parameters<typeof updateCase>[2]) =>
    void updateCase(repo, record.id, changes).catch((error: unknown) => onError(errorMessage(error, t)));
  return (
    <div className="rights-tab">
      <p className="muted small rights-disclaimer">{t('rights.disclaimer')}</p>
      <JurisdictionChoice jurisdiction={jurisdiction} from={from} onChoose={(j) => save({ jurisdiction: j })} />
      {jurisdiction && (
        <>
          <CaseDatesForm record={record} onChange={(field, date) => save({ [field]: date })} />
          <DeadlineTimeline deadlines={deadlines} />
          <h3>{t('rights.rulesHeading', { place: t(`jurisdiction.${jurisdiction}`) })}</h3>
          <RulesByTopic rules={rules} />
        </>
      )}
      <RuleSearch />
    </div>
  );
}
