import { Check, ChevronDown, ChevronUp, Copy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorRole } from '@/lib/schemas/message';
import { transcriptAsText, type TextMessage } from '@/lib/transcript/as-text';
import { useLocaleInfo } from '../../common/locale-context';

/**
 * The Transcript tab's search box ("3 of 17", previous, next) and "Copy as text", which copies
 * the whole transcript, or only the matching messages while a search is on.
 */
export function TranscriptToolbar({
  query,
  onQuery,
  searching,
  matchCount,
  currentIndex,
  onStep,
  toCopy,
  onError,
}: {
  query: string;
  onQuery: (query: string) => void;
  searching: boolean;
  matchCount: number;
  currentIndex: number;
  onStep: (delta: 1 | -1) => void;
  toCopy: readonly TextMessage[];
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { timeZone, dir } = useLocaleInfo();
  const [copied, setCopied] = useState<{ count: number; query: string } | null>(null);

  const copy = () => {
    const role = (r: AuthorRole) => t(`transcript.asText.${r}`);
    const heading: string[] = [t('common.timeZone', { zone: timeZone })];
    if (toCopy.some((m) => m.fromHistory)) heading.push(t('transcript.asText.historyNote'));
    const text = transcriptAsText(toCopy, {
      timeZone,
      dir,
      heading,
      labels: {
        role: { agent: role('agent'), customer: role('customer'), system: role('system'), unknown: role('unknown') },
        widgetTime: (widget) => t('transcript.asText.widgetTime', { text: widget }),
        fromHistory: t('transcript.asText.fromHistory'),
        truncated: t('transcript.asText.truncated'),
      },
    });
    navigator.clipboard.writeText(text).then(
      () => setCopied({ count: toCopy.length, query }),
      (error: unknown) => onError(error),
    );
  };
  const confirmed = copied !== null && copied.query === query;

  return (
    <div className="transcript-toolbar" role="search">
      <input
        type="search"
        className="transcript-search"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onStep(event.shiftKey ? -1 : 1);
        }}
        aria-label={t('transcript.searchLabel')}
        placeholder={t('transcript.searchPlaceholder')}
        dir="auto"
      />
      {searching && (
        <span className="transcript-count small" aria-live="polite" data-testid="transcript-count">
          {matchCount === 0
            ? t('transcript.noMatches')
            : t('transcript.matchPosition', { current: String(currentIndex + 1), total: String(matchCount) })}
        </span>
      )}
      {searching && (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label={t('transcript.previousMatch')}
            title={t('transcript.previousMatch')}
            disabled={matchCount === 0}
            onClick={() => onStep(-1)}
          >
            <ChevronUp aria-hidden="true" size={16} />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('transcript.nextMatch')}
            title={t('transcript.nextMatch')}
            disabled={matchCount === 0}
            onClick={() => onStep(1)}
          >
            <ChevronDown aria-hidden="true" size={16} />
          </button>
        </>
      )}
      <button type="button" className="quiet small" disabled={toCopy.length === 0} onClick={copy}>
        {confirmed ? <Check aria-hidden="true" size={14} /> : <Copy aria-hidden="true" size={14} />}
        {searching ? t('transcript.copyMatchesAsText') : t('transcript.copyAsText')}
      </button>
      <span className="transcript-copied small" role="status" data-testid="transcript-copied">
        {confirmed ? t('transcript.copied', { count: copied.count }) : ''}
      </span>
    </div>
  );
}
