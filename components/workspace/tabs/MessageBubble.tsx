import type { TFunction } from 'i18next';
import { memo } from 'react';
import { formatDateTime, formatTime } from '@/lib/i18n/format';
import type { AuthorRole, ChatMessageRecord } from '@/lib/schemas/message';
import type { MessageMatch } from '@/lib/transcript/search';
import type { LocaleInfo } from '../../common/locale-context';
import { Highlighted } from './Highlighted';
import { ItemActionButtons, type ItemActionLabels } from './ItemActions';

/** Everything a bubble says that is not the message: translated once per list, not per bubble. */
export interface BubbleLabels extends ItemActionLabels {
  role: Record<AuthorRole, string>;
  keyEvidence: string;
  truncated: string;
  firstSeen: (time: string) => string;
  widgetTime: (text: string) => string;
}

export function bubbleLabels(t: TFunction): BubbleLabels {
  return {
    role: {
      agent: t('role.agent'),
      customer: t('role.customer'),
      system: t('role.system'),
      unknown: t('role.unknown'),
    },
    keyEvidence: t('transcript.keyEvidence'),
    truncated: t('transcript.truncated'),
    firstSeen: (time) => t('transcript.firstSeen', { time }),
    widgetTime: (text) => t('transcript.widgetTime', { text }),
    markKey: t('transcript.markKey'),
    unmarkKey: t('transcript.unmarkKey'),
    moveTo: t('transcript.moveTo'),
  };
}

/**
 * One recorded message: who, what, when first seen, and the widget's own time text. `match`
 * highlights a search's matches; `current` marks the match the search is on. Memoised: a list
 * re-renders on every scroll step, and a message's props stay the same while it is in view.
 */
export const MessageBubble = memo(function MessageBubble({
  message: m,
  match,
  current = false,
  labels,
  locale: { locale, timeZone },
  onToggleKey,
  onMove,
}: {
  message: ChatMessageRecord;
  match?: MessageMatch | undefined;
  current?: boolean;
  labels: BubbleLabels;
  locale: LocaleInfo;
  onToggleKey: (message: ChatMessageRecord) => void;
  onMove: (messageId: string) => void;
}) {
  return (
    <div
      className={`bubble bubble-${m.role}${m.keyEvidence ? ' bubble-key' : ''}${match ? ' bubble-match' : ''}${current ? ' bubble-current' : ''}`}
      data-role={m.role}
    >
      <div className="bubble-head">
        <strong>
          <bdi>
            {m.authorName === null ? labels.role[m.role] : <Highlighted text={m.authorName} ranges={match?.author} />}
          </bdi>
        </strong>
        {m.authorName && m.role !== 'unknown' && <span className="muted"> · {labels.role[m.role]}</span>}
        {m.keyEvidence && <span className="badge badge-key">{labels.keyEvidence}</span>}
      </div>
      <div className="bubble-text" dir="auto">
        <Highlighted text={m.text} ranges={match?.text} />
      </div>
      <div className="bubble-foot muted small">
        <time dateTime={new Date(m.firstSeenAt).toISOString()} title={formatDateTime(m.firstSeenAt, locale, timeZone)}>
          {labels.firstSeen(formatTime(m.firstSeenAt, locale, timeZone))}
        </time>
        {m.widgetTimeText && <span dir="auto">{labels.widgetTime(m.widgetTimeText)}</span>}
        {m.truncated && <span>{labels.truncated}</span>}
      </div>
      <ItemActionButtons
        labels={labels}
        keyEvidence={m.keyEvidence}
        onToggleKey={() => onToggleKey(m)}
        onMove={() => onMove(m.id)}
      />
    </div>
  );
});
