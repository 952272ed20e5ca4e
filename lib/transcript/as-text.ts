/**
 * A transcript as plain text, one message per line:
 *
 *   [2026-11-22 10:03] Dana (agent): I have approved a refund.
 *   [2026-11-22 10:04, chat: 10:04 AM] customer: Thank you.
 *   [2026-11-22 10:01, from history] Dana (agent): Hello!
 *
 * Times are when Paper Trail first saw the message, in the user's time zone, always as
 * yyyy-mm-dd hh:mm with Latin digits; the widget's own time text, "from history" and "cut" are
 * noted in the brackets. A text of several lines continues on lines indented by two spaces.
 *
 * Bidirectional text. We add no Unicode isolates to ordinary lines: a line in one script reads
 * correctly in any editor or mail client (digits keep their order in right-to-left text, and
 * the bracketed time holds no letters to decide a line's direction), and invisible control
 * characters in a copy that people paste into complaint forms and e-mails cause trouble of
 * their own (forms count or reject them, searches miss them). Isolates are added only where
 * they change what the reader sees: around an author name or widget time whose script runs the
 * other way from the user's language, so that a Latin name at the start of a Hebrew line does
 * not turn the whole line left-to-right (and the reverse). Bidi control characters inside those
 * short fields (a page can put U+202E in a "name") are written as visible <U+202E> escapes so
 * they cannot reorder our labels; the stored record keeps them verbatim. The message text
 * comes last on its line, so it can reorder nothing but itself, and is copied verbatim.
 */
import { stampFormatter } from '../i18n/format';
import type { AuthorRole } from '../schemas/message';

export interface TextMessage {
  role: AuthorRole;
  authorName: string | null;
  text: string;
  truncated: boolean;
  firstSeenAt: number;
  widgetTimeText: string | null;
  fromHistory: boolean;
}

export interface AsTextLabels {
  /** How a role is written in the copy ("agent", "נציג/ה", "оператор"). */
  role: Readonly<Record<AuthorRole, string>>;
  /** The widget's own time text, e.g. `chat: ${text}`. */
  widgetTime: (text: string) => string;
  fromHistory: string;
  truncated: string;
}

export interface AsTextOptions {
  timeZone: string;
  /** The direction of the user's language: fields written the other way are isolated. */
  dir: 'ltr' | 'rtl';
  labels: AsTextLabels;
  /** Lines printed before the messages (and a blank line), e.g. the time zone. */
  heading?: readonly string[];
}

const FSI = '\u2068';
const PDI = '\u2069';
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LETTER = /\p{L}/u;

/** The direction of a text's first strong (letter) character, or null when it has none. */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | null {
  for (const char of text) {
    if (RTL_CHAR.test(char)) return 'rtl';
    if (LETTER.test(char)) return 'ltr';
  }
  return null;
}

function escapeControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** A short untrusted field: controls made visible, isolated when its script runs the other way. */
function field(text: string, dir: 'ltr' | 'rtl'): string {
  const safe = escapeControls(text);
  const own = firstStrongDirection(safe);
  return own !== null && own !== dir ? `${FSI}${safe}${PDI}` : safe;
}

export function messageAsText(
  message: TextMessage,
  options: AsTextOptions,
  stamp: (ms: number) => string = stampFormatter(options.timeZone),
): string {
  const { labels, dir } = options;
  const notes = [stamp(message.firstSeenAt)];
  if (message.widgetTimeText !== null) notes.push(labels.widgetTime(field(message.widgetTimeText, dir)));
  if (message.fromHistory) notes.push(labels.fromHistory);
  if (message.truncated) notes.push(labels.truncated);
  const role = labels.role[message.role];
  const who =
    message.authorName === null
      ? role
      : message.role === 'unknown'
        ? field(message.authorName, dir)
        : `${field(message.authorName, dir)} (${role})`;
  const [first = '', ...rest] = message.text.split(/\r\n|[\r\n\u2028\u2029]/u);
  return [`[${notes.join(', ')}] ${who}: ${first}`, ...rest.map((line) => `  ${line}`)].join('\n');
}

/** The whole copy: heading lines, a blank line, then one entry per message. Ends with a newline. */
export function transcriptAsText(messages: readonly TextMessage[], options: AsTextOptions): string {
  const heading = options.heading && options.heading.length > 0 ? [...options.heading, ''] : [];
  const stamp = stampFormatter(options.timeZone);
  const lines = messages.map((m) => messageAsText(m, options, stamp));
  return `${[...heading, ...lines].join('\n')}\n`;
}
