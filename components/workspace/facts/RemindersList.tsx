import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { dismissReminder } from '@/lib/db/repos/facts';
import { formatDateTime } from '@/lib/i18n/format';
import { useLocaleInfo } from '../../common/locale-context';

export function RemindersList({
  repo,
  caseId,
  now,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  now: number;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const reminders = useLiveQuery(
    async () =>
      (await repo.db.reminders.where('caseId').equals(caseId).toArray())
        .filter((r) => r.dismissedAt === null)
        .sort((a, b) => a.dueAt - b.dueAt),
    [repo, caseId],
  );
  if (!reminders || reminders.length === 0) return null;
  return (
    <section aria-labelledby="reminders-heading" className="reminders">
      <h3 id="reminders-heading">{t('facts.reminders.heading')}</h3>
      <ul className="facts">
        {reminders.map((reminder) => {
          const date = formatDateTime(reminder.dueAt, locale, timeZone);
          const overdue = reminder.dueAt <= now;
          return (
            <li key={reminder.id} className={`reminder${overdue ? ' reminder-overdue' : ''}`} data-testid="reminder">
              <div className="row">
                <bdi className="grow">{reminder.title}</bdi>
                <button type="button" onClick={() => void dismissReminder(repo, reminder.id).catch(onError)}>
                  {t('facts.reminders.dismiss')}
                </button>
              </div>
              <div className={overdue ? 'warning small' : 'muted small'}>
                {t(overdue ? 'facts.reminders.overdue' : 'facts.reminders.due', { date })}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
