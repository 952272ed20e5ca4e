import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '@/lib/i18n/format';
import type { ChatMessageRecord } from '@/lib/schemas/message';
import { useLocaleInfo } from '../../common/locale-context';
import { ItemActions } from './ItemActions';

/** One recorded message: who, what, when first seen, and the widget's own time text. */
export function MessageBubble({
  message: m,
  onToggleKey,
  onMove,
}: {
  message: ChatMessageRecord;
  onToggleKey: () => void;
  onMove: () => void;
}) {
  const { t } = useTranslation();
  const { locale, timeZone } = useLocaleInfo();
  return (
    <li className={`bubble bubble-${m.role}${m.keyEvidence ? ' bubble-key' : ''}`} data-role={m.role}>
      <div className="bubble-head">
        <strong>
          <bdi>{m.authorName ?? t(`role.${m.role}`)}</bdi>
        </strong>
        {m.authorName && m.role !== 'unknown' && <span className="muted"> · {t(`role.${m.role}`)}</span>}
        {m.keyEvidence && <span className="badge badge-key">{t('transcript.keyEvidence')}</span>}
      </div>
      <div className="bubble-text" dir="auto">
        {m.text}
      </div>
      <div className="bubble-foot muted small">
        <time dateTime={new Date(m.firstSeenAt).toISOString()} title={formatDateTime(m.firstSeenAt, locale, timeZone)}>
          {t('transcript.firstSeen', { time: formatTime(m.firstSeenAt, locale, timeZone) })}
        </time>
        {m.widgetTimeText && <span dir="auto">{t('transcript.widgetTime', { text: m.widgetTimeText })}</span>}
        {m.truncated && <span>{t('transcript.truncated')}</span>}
      </div>
      <ItemActions section="transcript" keyEvidence={m.keyEvidence} onToggleKey={onToggleKey} onMove={onMove} />
    </li>
  );
}
