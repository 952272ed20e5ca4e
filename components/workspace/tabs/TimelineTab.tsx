import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { listCaseEvents } from '@/lib/db/repos/events';
import { formatDateTime } from '@/lib/i18n/format';
import type { CaseEventRecord } from '@/lib/schemas/event';
import { useLocaleInfo } from '../../common/locale-context';

function detailOf(event: CaseEventRecord): string | null {
  const payload = event.payload as Record<string, unknown>;
  const message = payload.message as { text?: string } | undefined;
  if (message?.text) return message.text.length > 140 ? `${message.text.slice(0, 140)}…` : message.text;
  if (typeof payload.text === 'string') return payload.text.slice(0, 140);
  const changes = payload.changes as Record<string, unknown> | undefined;
  if (changes)
    return Object.entries(changes)
      .map(([k, v]) => (typeof v === 'object' && v !== null ? k : `${k}: ${String(v)}`))
      .join(', ');
  return null;
}

export function TimelineTab({ repo, caseId }: { repo: RepoContext; caseId: string }) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  const events = useLiveQuery(() => listCaseEvents(repo, caseId), [repo, caseId]);
  if (!events) return <p className="muted">{t('common.loading')}</p>;
  if (events.length === 0) return <p className="empty">{t('timeline.empty')}</p>;
  return (
    <>
      <p className="muted small">{t('common.timeZone', { zone: timeZone })}</p>
      <ol className="timeline">
        {[...events].reverse().map((event) => {
          const detail = detailOf(event);
          return (
            <li key={event.id} className="timeline-item">
              <span className="timeline-time muted">{formatDateTime(event.at, locale, timeZone)}</span>
              <span className="timeline-what">{t(`timeline.event.${event.type}`)}</span>
              {detail && (
                <span className="timeline-detail" dir="auto">
                  {detail}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
