import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { markKeyEvidence } from '@/lib/db/repos/items';
import { listCaseMessages } from '@/lib/db/repos/messages';
import { dateFormatter } from '@/lib/i18n/format';
import type { AuthorRole, ChatMessageRecord } from '@/lib/schemas/message';
import { estimateMessageRowPx } from '@/lib/transcript/row-size';
import { buildRows, type TranscriptRow } from '@/lib/transcript/rows';
import { foldQuery, matchMessage, type MessageMatch } from '@/lib/transcript/search';
import { errorMessage } from '../../common/error-message';
import { useLocaleInfo, type LocaleInfo } from '../../common/locale-context';
import { MoveItemDialog } from '../MoveItemDialog';
import { bubbleLabels, MessageBubble, type BubbleLabels } from './MessageBubble';
import { TranscriptToolbar } from './TranscriptToolbar';

/** Rows a little above and below the view are kept rendered, so fast scrolling shows no gaps. */
const OVERSCAN = 6;
/** Within this many pixels of the bottom counts as "at the bottom": new messages are followed. */
const AT_END_PX = 48;
const ROLES: readonly AuthorRole[] = ['agent', 'customer', 'system', 'unknown'];

export function TranscriptTab({
  repo,
  caseId,
  onError,
  onShown,
}: {
  repo: RepoContext;
  caseId: string;
  onError: (m: string) => void;
  /** Called once the messages (or the word that there are none) have rendered. */
  onShown?: () => void;
}) {
  const { t } = useTranslation();
  const messages = useLiveQuery(() => listCaseMessages(repo, caseId), [repo, caseId]);
  const visible = useMemo(() => messages?.filter((m) => m.hiddenAt === null), [messages]);
  const loaded = visible !== undefined;
  useEffect(() => {
    if (loaded) onShown?.();
  }, [loaded, onShown]);
  if (!visible) return <p className="muted">{t('common.loading')}</p>;
  if (visible.length === 0) return <p className="empty">{t('transcript.empty')}</p>;
  return <TranscriptList repo={repo} caseId={caseId} messages={visible} onError={onError} />;
}

/**
 * The messages as a virtualised list: only the rows in view (and a few around them) are in the
 * DOM, each measured as it renders, so 10,000 messages scroll like 10. It opens at the newest
 * message and follows new ones while the user is at the bottom; scrolled up, a button says how
 * many arrived. Search jumps between matching messages and highlights the matches.
 */
function TranscriptList({
  repo,
  caseId,
  messages,
  onError,
}: {
  repo: RepoContext;
  caseId: string;
  messages: ChatMessageRecord[];
  onError: (m: string) => void;
}) {
  const { t } = useTranslation();
  const { locale, dir, timeZone } = useLocaleInfo();
  const localeInfo = useMemo(() => ({ locale, dir, timeZone }), [locale, dir, timeZone]);
  const labels = useMemo(() => bubbleLabels(t), [t]);
  const [moving, setMoving] = useState<string | null>(null);
  const run = useCallback(
    (work: Promise<unknown>) => work.catch((error: unknown) => onError(errorMessage(error, t))),
    [onError, t],
  );
  const toggleKey = useCallback(
    (m: ChatMessageRecord) => void run(markKeyEvidence(repo, 'messages', m.id, !m.keyEvidence)),
    [repo, run],
  );

  const rows = useMemo(() => buildRows(messages, dateFormatter(locale, timeZone)), [messages, locale, timeZone]);
  const rowOfMessage = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((row, index) => {
      if (row.kind === 'message') map.set(row.key, index);
    });
    return map;
  }, [rows]);

  // Search: the deferred query keeps typing smooth while 10,000 messages are matched.
  const [query, setQuery] = useState('');
  const folded = foldQuery(useDeferredValue(query));
  const roleLabels = useMemo(
    () =>
      Object.fromEntries(ROLES.map((role) => [role, [t(`role.${role}`), t(`transcript.asText.${role}`)]])) as Record<
        AuthorRole,
        string[]
      >,
    [t],
  );
  const matches = useMemo(() => {
    const found = new Map<string, MessageMatch>();
    if (folded === '') return found;
    for (const message of messages) {
      const match = matchMessage(message, folded, roleLabels);
      if (match) found.set(message.id, match);
    }
    return found;
  }, [messages, folded, roleLabels]);
  const matchIds = useMemo(() => [...matches.keys()], [matches]);
  const [current, setCurrent] = useState(0);
  const [searched, setSearched] = useState(folded);
  if (searched !== folded) {
    // A new query starts again at its first match.
    setSearched(folded);
    setCurrent(0);
  }
  const currentIndex = matchIds.length === 0 ? -1 : Math.min(current, matchIds.length - 1);
  const currentId = currentIndex < 0 ? null : matchIds[currentIndex]!;

  const step = (delta: number) => {
    if (matchIds.length === 0) return;
    setCurrent((currentIndex + delta + matchIds.length) % matchIds.length);
  };

  return (
    <div className="transcript-tab">
      <TranscriptToolbar
        query={query}
        onQuery={setQuery}
        searching={folded !== ''}
        matchCount={matchIds.length}
        currentIndex={currentIndex}
        onStep={step}
        toCopy={folded === '' ? messages : messages.filter((m) => matches.has(m.id))}
        onError={(error) => onError(errorMessage(error, t))}
      />
      <p className="muted small">{t('common.timeZone', { zone: timeZone })}</p>
      <TranscriptRows
        rows={rows}
        messageCount={messages.length}
        matches={matches}
        currentId={currentId}
        currentRow={currentId === null ? undefined : rowOfMessage.get(currentId)}
        labels={labels}
        localeInfo={localeInfo}
        onToggleKey={toggleKey}
        onMove={setMoving}
      />
      <MoveItemDialog
        repo={repo}
        table="messages"
        itemId={moving}
        caseId={caseId}
        onClose={() => setMoving(null)}
        run={(work) => void run(work)}
      />
    </div>
  );
}

/**
 * The scrolling part, on its own: the virtualizer re-renders this on every scroll step and every
 * measurement, and nothing else of the tab (the toolbar, the search) needs to render with it.
 */
const TranscriptRows = memo(function TranscriptRows({
  rows,
  messageCount,
  matches,
  currentId,
  currentRow,
  labels,
  localeInfo,
  onToggleKey,
  onMove,
}: {
  rows: TranscriptRow<ChatMessageRecord>[];
  messageCount: number;
  matches: Map<string, MessageMatch>;
  currentId: string | null;
  currentRow: number | undefined;
  labels: BubbleLabels;
  localeInfo: LocaleInfo;
  onToggleKey: (message: ChatMessageRecord) => void;
  onMove: (messageId: string) => void;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Rows are guessed from their text at the list's width until measured (see row-size.ts).
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => setWidth(scrollRef.current?.clientWidth ?? 0), []);
  // Stable between renders: the virtualizer re-lays out all rows (10,000 calls of each) whenever
  // `getItemKey` changes, so it changes only with the rows or their estimates.
  const sizing = useMemo(() => {
    const estimates = rows.map((row) => (row.kind === 'message' ? estimateMessageRowPx(row.message.text, width) : 32));
    return {
      estimateSize: (index: number) => estimates[index] ?? 32,
      getItemKey: (index: number) => rows[index]?.key ?? index,
    };
  }, [rows, width]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    ...sizing,
    overscan: OVERSCAN,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: AT_END_PX,
  });

  // Open at the newest message, as a chat does: once, one frame after the list first renders
  // (a scroll written while it mounts is undone by its own first measurement).
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    const frame = requestAnimationFrame(() => {
      opened.current = true;
      virtualizer.scrollToEnd();
    });
    return () => cancelAnimationFrame(frame);
  });

  // Go to the current match when it changes.
  useEffect(() => {
    if (currentRow !== undefined) virtualizer.scrollToIndex(currentRow, { align: 'center' });
  }, [currentRow, virtualizer]);

  // New messages while scrolled up: counted from the last time the bottom was in view.
  const [atEnd, setAtEnd] = useState(true);
  const [seen, setSeen] = useState(messageCount);
  if (atEnd && seen !== messageCount) setSeen(messageCount);
  const unseen = atEnd ? 0 : Math.max(0, messageCount - seen);

  return (
    <div className="transcript-frame">
      <div
        ref={scrollRef}
        className="transcript-viewport"
        tabIndex={0}
        role="region"
        aria-label={t('transcript.listLabel')}
        onScroll={(event) => {
          // From the element itself: this handler can run before the virtualizer has read the scroll.
          const el = event.currentTarget;
          setAtEnd(el.scrollHeight - el.scrollTop - el.clientHeight <= AT_END_PX);
        }}
      >
        <ol
          className="transcript-rows"
          data-testid="transcript"
          aria-label={t('transcript.listLabel')}
          style={{ blockSize: `${virtualizer.getTotalSize()}px` }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const common = {
              ref: virtualizer.measureElement,
              'data-index': item.index,
              style: { transform: `translateY(${item.start}px)` },
            };
            if (row.kind === 'message') {
              const m = row.message;
              return (
                <li
                  key={row.key}
                  {...common}
                  className="transcript-row"
                  aria-setsize={messageCount}
                  aria-posinset={row.position}
                  data-testid="transcript-row"
                >
                  <MessageBubble
                    message={m}
                    match={matches.get(m.id)}
                    current={m.id === currentId}
                    labels={labels}
                    locale={localeInfo}
                    onToggleKey={onToggleKey}
                    onMove={onMove}
                  />
                </li>
              );
            }
            return (
              <li key={row.key} {...common} role="none" className="transcript-row transcript-row-note">
                {row.kind === 'day' && <div className="day">{row.label}</div>}
                {row.kind === 'history-start' && <div className="history-note">{t('transcript.fromHistory')}</div>}
                {row.kind === 'history-end' && <div className="history-note" aria-hidden="true" />}
              </li>
            );
          })}
        </ol>
      </div>
      {unseen > 0 && (
        <button
          type="button"
          className="transcript-new"
          data-testid="transcript-new"
          onClick={() => virtualizer.scrollToEnd({ behavior: 'smooth' })}
        >
          {t('transcript.newMessages', { count: unseen })}
        </button>
      )}
    </div>
  );
});
