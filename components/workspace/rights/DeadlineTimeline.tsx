import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '@/lib/i18n/format';
import { CASE_RECORD_ANCHORS, isCaseRecordAnchor, ruleIdOfDeadline } from '@/lib/rights/case-deadline-inputs';
import type { CaseDeadline } from '@/lib/rights/deadlines';
import { ruleById } from '@/lib/rights/dataset';
import { Ltr } from '../../common/Ltr';
import { useLocaleInfo } from '../../common/locale-context';

function DaysLeft({ deadline }: { deadline: CaseDeadline }) {
  const { t } = useTranslation();
  const days = deadline.daysLeft ?? 0;
  if (deadline.status === 'today') return <strong>{t('rights.deadlines.today')}</strong>;
  if (deadline.kind === 'complaint-opens') {
    return (
      <span>
        {deadline.status === 'passed' ? t('rights.deadlines.openNow') : t('rights.deadlines.opensIn', { count: days })}
      </span>
    );
  }
  if (deadline.status === 'passed')
    return <span className="muted">{t('rights.deadlines.passed', { count: -days })}</span>;
  return <strong>{t('rights.deadlines.daysLeft', { count: days })}</strong>;
}

/** The case's deadlines as a small timeline, with what each cannot promise, and the dates still needed. */
export function DeadlineTimeline({ deadlines }: { deadlines: readonly CaseDeadline[] }) {
  const { t } = useTranslation();
  const { locale } = useLocaleInfo();
  const known = deadlines.filter((d) => d.date !== null);
  const unknownOnCase = CASE_RECORD_ANCHORS.map((anchor) => ({
    anchor,
    kinds: [...new Set(deadlines.filter((d) => d.missing === anchor).map((d) => d.kind))],
  })).filter(({ kinds }) => kinds.length > 0);
  const needsOtherDates = deadlines.some((d) => d.missing !== null && !isCaseRecordAnchor(d.missing));
  return (
    <section className="deadlines" aria-labelledby="rights-deadlines">
      <h3 id="rights-deadlines">{t('rights.deadlines.heading')}</h3>
      {known.length > 0 && (
        <ol className="deadline-timeline">
          {known.map((d) => (
            <li key={d.id} className={`deadline deadline-${d.status}`} data-deadline-id={d.id}>
              <span className="deadline-date">{formatCalendarDate(d.date!, locale)}</span>{' '}
              <span className="deadline-kind">{t(`rights.deadlines.kinds.${d.kind}`)}</span> — <DaysLeft deadline={d} />
              <span className="muted small deadline-rule">
                {t('rights.citation')}: <Ltr>{ruleById(ruleIdOfDeadline(d.id))?.citation}</Ltr>
              </span>
              {d.caveats.length > 0 && (
                <ul className="muted small deadline-caveats">
                  {d.caveats.map((caveat) => (
                    <li key={caveat}>{t(`rights.deadlines.caveats.${caveat}`)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {unknownOnCase.map(({ anchor, kinds }) => (
        <p key={anchor} className="muted">
          {t(`rights.deadlines.needed.${anchor}`, {
            what: kinds.map((kind) => t(`rights.deadlines.kinds.${kind}`)).join(', '),
          })}
        </p>
      ))}
      {needsOtherDates && <p className="muted small">{t('rights.deadlines.otherDates')}</p>}
      {deadlines.length === 0 && <p className="muted">{t('rights.deadlines.none')}</p>}
    </section>
  );
}
