import { stampFormatter } from '../i18n/format';
import type { ChatMessageRecord } from '../schemas/message';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP):
 * such a cell gets a leading apostrophe, which spreadsheets show as text and hide.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a quote, comma or line break; quotes doubled. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const TRANSCRIPT_CSV_COLUMNS = [
  'number',
  'first_seen',
  'first_seen_utc',
  'time_zone',
  'chat_time_text',
  'role',
  'author',
  'text',
  'from_history',
  'truncated',
  'message_id',
] as const;

/**
 * The transcript as CSV (RFC 4180: CRLF line ends, a header row), UTF-8 with a byte-order mark
 * so spreadsheet programs read Hebrew and Russian correctly. `first_seen` is when Paper Trail
 * first saw the message, in `time_zone`; `chat_time_text` is the chat's own time text, verbatim.
 */
export function transcriptAsCsv(messages: readonly ChatMessageRecord[], timeZone: string): string {
  const stamp = stampFormatter(timeZone);
  const rows = messages.map((m, index) => [
    String(index + 1),
    stamp(m.firstSeenAt),
    new Date(m.firstSeenAt).toISOString(),
    timeZone,
    m.widgetTimeText ?? '',
    m.role,
    m.authorName ?? '',
    m.text,
    m.fromHistory ? 'yes' : 'no',
    m.truncated ? 'yes' : 'no',
    m.id,
  ]);
  return `\uFEFF${[[...TRANSCRIPT_CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
