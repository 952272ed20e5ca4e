import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '@/lib/i18n/format';
import type { ChatMessageRecord } from '@/lib/schemas/message';
import type { MessageMatch } from '@/lib/transcript/search';
import { useLocaleInfo } from '../../common/locale-context';
import { Highlighted } from './Highlighted';
import { ItemActions } from './ItemActions';

/**
 * One recorded message: who, what, when first seen, and the widget's own time text. `match`
 * highlights a search's matches; `current` marks the match the search is on.
 */
export function MessageBubble({
  message: m,
  match,
  current = false,
  onToggleKey,
  onMove,
}: {
  message: ChatMessageRecord;
  match?: MessageMatch | undefined;
  current?: boolean;
  onToggleKey: () => void;
  onMove: () => void;
}) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  return (
    <div
      className={`bubble bubble-${m.role}${m.keyEvidence ? ' bubble-key' : ''}${match ? ' bubble-match' : ''}${current ? ' bubble-current' : ''}`}
      data-role={m.role}
    >
      <div className="bubble-head">
        <strong>
          <bdi>
            {m.authorName === null ? t(`role.${m.role}`) : <Highlighted text={m.authorName} ranges={match?.author} />}
          </bdi>
        </strong>
        {m.authorName && m.role !== 'unknown' && <span className="muted"> · {t(`role.${m.role}`)}</span>}
        {m.keyEvidence && <span className="badge badge-key">{t('transcript.keyEvidence')}</span>}
      </div>
      <div className="bubble-text" dir="auto">
        <Highlighted text={m.text} ranges={match?.text} />
      </div>
      <div className="bubble-foot muted small">
        <time dateTime={new Date(m.firstSeenAt).toISOString()} title={formatDateTime(m.firstSeenAt, locale, timeZone)}>
          {t('transcript.firstSeen', { time: formatTime(m.firstSeenAt, locale, timeZone) })}
        </time>
        {m.widgetTimeText && <span dir="auto">{t('transcript.widgetTime', { text: m.widgetTimeText })}</span>}
        {m.truncated && <span>{t('transcript.truncated')}</span>}
      </div>
      <ItemActions section="transcript" keyEvidence={m.keyEvidence} onToggleKey={onToggleKey} onMove={onMove} />
    </div>
  );
}
