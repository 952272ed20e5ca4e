import { describe, expect, it } from 'vitest';
import { stampFormatter } from '@/lib/i18n/format';
import { firstStrongDirection, transcriptAsText, type AsTextOptions, type TextMessage } from '@/lib/transcript/as-text';
import { buildRows } from '@/lib/transcript/rows';

const FSI = '\u2068';
const PDI = '\u2069';

const at = (iso: string) => Date.parse(iso);

function message(overrides: Partial<TextMessage>): TextMessage {
  return {
    role: 'agent',
    authorName: 'Dana',
    text: 'I have approved a refund.',
    truncated: false,
    firstSeenAt: at('2026-11-22T08:03:00Z'),
    widgetTimeText: null,
    fromHistory: false,
    ...overrides,
  };
}

const EN: AsTextOptions = {
  timeZone: 'Asia/Jerusalem',
  dir: 'ltr',
  labels: {
    role: { agent: 'agent', customer: 'customer', system: 'system', unknown: 'unknown' },
    widgetTime: (text) => `chat: ${text}`,
    fromHistory: 'from history',
    truncated: 'cut',
  },
};

const HE: AsTextOptions = {
  timeZone: 'Asia/Jerusalem',
  dir: 'rtl',
  labels: {
    role: { agent: 'נציג/ה', customer: 'לקוח/ה', system: 'מערכת', unknown: 'לא ידוע' },
    widgetTime: (text) => `בצ׳אט: ${text}`,
    fromHistory: 'מההיסטוריה',
    truncated: 'קוצרה',
  },
};

describe('time stamps', () => {
  it('writes yyyy-mm-dd hh:mm in the given time zone, 24 hours', () => {
    // 08:03 UTC is 10:03 in Jerusalem in November (UTC+2) and 03:03 in New York.
    expect(stampFormatter('Asia/Jerusalem')(at('2026-11-22T08:03:00Z'))).toBe('2026-11-22 10:03');
    expect(stampFormatter('America/New_York')(at('2026-11-22T08:03:00Z'))).toBe('2026-11-22 03:03');
    expect(stampFormatter('UTC')(at('2026-11-22T00:05:00Z'))).toBe('2026-11-22 00:05');
  });

  it('moves the date with the time zone', () => {
    expect(stampFormatter('Asia/Jerusalem')(at('2026-11-21T23:30:00Z'))).toBe('2026-11-22 01:30');
  });
});

describe('a transcript as plain text', () => {
  it('writes one line per message: time, name (role): text', () => {
    const text = transcriptAsText(
      [
        message({}),
        message({ role: 'customer', authorName: null, text: 'Thank you.', firstSeenAt: at('2026-11-22T08:04:00Z') }),
      ],
      EN,
    );
    expect(text).toBe(
      '[2026-11-22 10:03] Dana (agent): I have approved a refund.\n[2026-11-22 10:04] customer: Thank you.\n',
    );
  });

  it('adds the widget’s own time, the history mark and the cut mark in the brackets', () => {
    const text = transcriptAsText(
      [message({ widgetTimeText: '2 min ago', fromHistory: true, truncated: true, authorName: null })],
      EN,
    );
    expect(text).toBe('[2026-11-22 10:03, chat: 2 min ago, from history, cut] agent: I have approved a refund.\n');
  });

  it('writes a name of unknown role without a role', () => {
    expect(transcriptAsText([message({ role: 'unknown', authorName: 'Bot 7' })], EN)).toBe(
      '[2026-11-22 10:03] Bot 7: I have approved a refund.\n',
    );
  });

  it('continues a text of several lines on indented lines', () => {
    expect(transcriptAsText([message({ text: 'Line one\r\nLine two\nLine three' })], EN)).toBe(
      '[2026-11-22 10:03] Dana (agent): Line one\n  Line two\n  Line three\n',
    );
  });

  it('starts with the heading lines and a blank line', () => {
    expect(transcriptAsText([message({})], { ...EN, heading: ['Northwind', 'Times in Asia/Jerusalem'] })).toBe(
      'Northwind\nTimes in Asia/Jerusalem\n\n[2026-11-22 10:03] Dana (agent): I have approved a refund.\n',
    );
  });

  it('keeps a Hebrew line in logical order, with no control characters, and its numbers as typed', () => {
    const text = transcriptAsText(
      [message({ authorName: 'דנה', text: "אישרתי זיכוי של ₪149.90 על הזמנה מס' 7781234." })],
      HE,
    );
    expect(text).toBe("[2026-11-22 10:03] דנה (נציג/ה): אישרתי זיכוי של ₪149.90 על הזמנה מס' 7781234.\n");
    expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
    // The line's first letter is Hebrew, so an editor shows it right to left.
    expect(firstStrongDirection(text)).toBe('rtl');
  });

  it('isolates a Latin name in a Hebrew copy so it cannot turn the line left to right', () => {
    const text = transcriptAsText([message({ authorName: 'Dana', text: 'אושר' })], HE);
    expect(text).toBe(`[2026-11-22 10:03] ${FSI}Dana${PDI} (נציג/ה): אושר\n`);
    // Isolated content does not decide a paragraph's direction (UAX #9, P2).
    const withoutIsolated = text.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'gu'), '');
    expect(firstStrongDirection(withoutIsolated)).toBe('rtl');
  });

  it('isolates a Hebrew name in an English copy, and leaves a Latin one alone', () => {
    expect(transcriptAsText([message({ authorName: 'דנה' })], EN)).toBe(
      `[2026-11-22 10:03] ${FSI}דנה${PDI} (agent): I have approved a refund.\n`,
    );
    expect(transcriptAsText([message({ authorName: 'Dana 2' })], EN)).not.toContain(FSI);
  });

  it('shows bidi controls in a name or widget time as visible escapes, and the text verbatim', () => {
    const text = transcriptAsText(
      [
        message({
          authorName: 'Dana\u202E',
          widgetTimeText: '\u202B10:03',
          text: 'Order \u202E24001-A\u202C confirmed',
        }),
      ],
      EN,
    );
    expect(text).toBe(
      '[2026-11-22 10:03, chat: <U+202B>10:03] Dana<U+202E> (agent): Order \u202E24001-A\u202C confirmed\n',
    );
  });

  it('writes Russian text and ё unchanged', () => {
    expect(transcriptAsText([message({ authorName: 'Ольга', text: 'Ваш счёт: 3 490 ₽' })], { ...EN, dir: 'ltr' })).toBe(
      '[2026-11-22 10:03] Ольга (agent): Ваш счёт: 3 490 ₽\n',
    );
  });

  it('writes nothing but a newline for no messages', () => {
    expect(transcriptAsText([], EN)).toBe('\n');
  });
});

describe('transcript rows', () => {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const m = (id: string, iso: string, fromHistory = false) => ({ id, firstSeenAt: at(iso), fromHistory });

  it('puts a day separator before each new day and history notes around history', () => {
    const rows = buildRows(
      [
        m('a', '2026-11-21T10:00:00Z', true),
        m('b', '2026-11-22T10:00:00Z', true),
        m('c', '2026-11-22T11:00:00Z'),
        m('d', '2026-11-22T12:00:00Z'),
      ],
      day,
    );
    expect(
      rows.map((r) => (r.kind === 'message' ? `${r.key}#${r.position}` : r.kind === 'day' ? r.label : r.kind)),
    ).toEqual(['history-start', '2026-11-21', 'a#1', '2026-11-22', 'b#2', 'history-end', 'c#3', 'd#4']);
  });

  it('gives every row a distinct key that stays when messages are appended', () => {
    const first = buildRows([m('a', '2026-11-22T10:00:00Z', true), m('b', '2026-11-22T11:00:00Z')], day);
    const more = buildRows(
      [m('a', '2026-11-22T10:00:00Z', true), m('b', '2026-11-22T11:00:00Z'), m('c', '2026-11-23T11:00:00Z')],
      day,
    );
    expect(new Set(more.map((r) => r.key)).size).toBe(more.length);
    expect(more.slice(0, first.length).map((r) => r.key)).toEqual(first.map((r) => r.key));
  });

  it('has no rows for no messages', () => {
    expect(buildRows([], day)).toEqual([]);
  });
});
