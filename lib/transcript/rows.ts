/**
 * The rows of the virtualised transcript: messages, and between them day separators and the
 * notes that mark where messages loaded from the chat's history begin and end. Each row has a
 * stable key, so the list keeps measured heights and its place when messages arrive.
 */
export type TranscriptRow<M> =
  | { kind: 'history-start'; key: string }
  | { kind: 'history-end'; key: string }
  | { kind: 'day'; key: string; label: string }
  | { kind: 'message'; key: string; message: M; position: number };

interface RowMessage {
  id: string;
  firstSeenAt: number;
  fromHistory: boolean;
}

/**
 * `dayOf` names a message's day in the user's language and time zone; a new day starts a
 * separator. `position` is the message's 1-based place among the messages (for aria-posinset).
 */
export function buildRows<M extends RowMessage>(
  messages: readonly M[],
  dayOf: (ms: number) => string,
): TranscriptRow<M>[] {
  const rows: TranscriptRow<M>[] = [];
  let previousDay: string | null = null;
  let previous: M | undefined;
  messages.forEach((message, index) => {
    if (index === 0 && message.fromHistory) rows.push({ kind: 'history-start', key: 'history-start' });
    if (previous?.fromHistory && !message.fromHistory)
      rows.push({ kind: 'history-end', key: `history-end:${message.id}` });
    const day = dayOf(message.firstSeenAt);
    if (day !== previousDay) rows.push({ kind: 'day', key: `day:${message.id}`, label: day });
    rows.push({ kind: 'message', key: message.id, message, position: index + 1 });
    previousDay = day;
    previous = message;
  });
  return rows;
}
