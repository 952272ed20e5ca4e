import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { markKeyEvidence } from '@/lib/db/repos/items';
import { listCaseMessages } from '@/lib/db/repos/messages';
import { formatDate } from '@/lib/i18n/format';
import { errorMessage } from '../../common/error-message';
import { useLocaleInfo } from '../../common/locale-context';
import { MoveItemDialog } from '../MoveItemDialog';
import { MessageBubble } from './MessageBubble';

export function TranscriptTab({
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
  const messages = useLiveQuery(() => listCaseMessages(repo, caseId), [repo, caseId]);
  const [moving, setMoving] = useState<string | null>(null);
  const run = (work: Promise<unknown>) => work.catch((error: unknown) => onError(errorMessage(error, t)));
  if (!messages) return <p className="muted">{t('common.loading')}</p>;
  const visible = messages.filter((m) => m.hiddenAt === null);
  if (visible.length === 0) return <p className="empty">{t('transcript.empty')}</p>;
  return (
    <>
      <p className="muted small">{t('common.timeZone', { zone: timeZone })}</p>
      <ol className="transcript" data-testid="transcript">
        {visible.map((m, index) => {
          const day = formatDate(m.firstSeenAt, locale, timeZone);
          const previous = visible[index - 1];
          const newDay = !previous || formatDate(previous.firstSeenAt, locale, timeZone) !== day;
          const historyEnds = previous?.fromHistory && !m.fromHistory;
          return (
            <Fragment key={m.id}>
              {index === 0 && m.fromHistory && <li className="history-note">{t('transcript.fromHistory')}</li>}
              {historyEnds && <li className="history-note" aria-hidden="true" />}
              {newDay && <li className="day">{day}</li>}
              <MessageBubble
                message={m}
                onToggleKey={() => void run(markKeyEvidence(repo, 'messages', m.id, !m.keyEvidence))}
                onMove={() => setMoving(m.id)}
              />
            </Fragment>
          );
        })}
      </ol>
      <MoveItemDialog
        repo={repo}
        table="messages"
        itemId={moving}
        caseId={caseId}
        onClose={() => setMoving(null)}
        run={(work) => void run(work)}
      />
    </>
  );
}
