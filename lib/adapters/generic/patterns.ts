/**
 * Words and shapes chat widgets print around messages, in English, Russian and Hebrew: time
 * lines, read receipts, the customer's "You" label, typing indicators and day separators.
 * Hebrew has no `\b` in JavaScript regexes (its letters are not `\w`), so Hebrew words are
 * matched between explicit boundaries.
 */
const HE = (words: string) => `(?<![\\u0590-\\u05FF])(?:${words})(?![\\u0590-\\u05FF])`;

const CLOCK = String.raw`\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?`;
const RELATIVE_EN = String.raw`\bjust now\b|\bnow\b|\b(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago\b|\btoday\b|\byesterday\b`;
const RELATIVE_RU = String.raw`только что|сейчас|(?:\d+\s*)?(?:сек|мин|ч|час|часа|часов|дн|дня|дней|день)\.?\s+назад|вчера|сегодня`;
const RELATIVE_HE = HE('עכשיו|לפני\\s+(?:\\d+\\s+)?(?:שניות|דקה|דקות|שעה|שעות|יום|ימים)|אתמול|היום');
const RECEIPT = `\\b(?:sent|seen|delivered|read|edited)\\b|отправлено|доставлено|прочитано|изменено|${HE('נשלח|נקרא|נמסר|נצפה')}|[✓✔]+`;
const YOU = `\\b(?:you|me)\\b|(?<![а-яё])(?:вы|я)(?![а-яё])|${HE('את/ה|אתה|את|אני')}`;

const TIME_TOKEN = new RegExp(`${CLOCK}|${RELATIVE_EN}|${RELATIVE_RU}|${RELATIVE_HE}|${RECEIPT}`, 'giu');
const YOU_TOKEN = new RegExp(YOU, 'giu');
const SEPARATORS = /[\s·•|,:;\-–—()[\]]+/gu;

/** "10:03", "You · 11 min ago", "Вы · только что · Прочитано": nothing but time, receipt and label words. */
export function isMetaText(text: string): boolean {
  if (!text || text.length > 80) return false;
  const withoutTimes = text.replace(TIME_TOKEN, ' ');
  if (withoutTimes === text) return false;
  return withoutTimes.replace(YOU_TOKEN, ' ').replace(SEPARATORS, '') === '';
}

const YOU_LABEL = new RegExp(`^(?:${YOU})$`, 'iu');

/** "You", "Вы:", "את/ה": the label widgets put on the customer's own messages. */
export function isYouLabel(text: string): boolean {
  return YOU_LABEL.test(text.replace(/[\s:·•,]+$/u, '').trim());
}

/** A meta line that starts with (or is) the customer's label: "You · 10:03". */
export function metaSaysYou(text: string): boolean {
  const first = text.split(/[·•|,]/u)[0] ?? '';
  return isYouLabel(first);
}

const TYPING = new RegExp(
  `\\b(?:is|are) typing\\b|\\btyping\\s*(?:…|\\.\\.\\.)|печата(?:ет|ют)|набира(?:ет|ют)|${HE('מקליד|מקלידה|מקלידים|כותב|כותבת')}`,
  'iu',
);

/** "Dana is typing…", "Ольга печатает…", "דנה מקלידה…". */
export function isTypingText(text: string): boolean {
  return text.length <= 80 && TYPING.test(text);
}

const MONTHS_EN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAYS_EN = 'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
const MONTHS_RU =
  'январ[ья]|феврал[ья]|марта?|апрел[ья]|мая|май|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]';
const DAYS_RU = 'пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|г\\.';
const MONTHS_HE = 'ב?(?:ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)';
const DAYS_HE = "יום|[אבגדהו][׳']|שישי|שבת|ראשון|שני|שלישי|רביעי|חמישי";
const DAY_WORDS = new RegExp(
  `\\b(?:today|yesterday|${MONTHS_EN}|${DAYS_EN})\\b\\.?|(?<![а-яё])(?:сегодня|вчера|${MONTHS_RU}|${DAYS_RU})(?![а-яё])|${HE(`היום|אתמול|${MONTHS_HE}|${DAYS_HE}`)}|\\d+`,
  'giu',
);

/** "Today", "Сегодня", "היום", "Mon, March 3", "3 марта 2025 г.", "12.03.2025": a date and nothing else. */
export function isDaySeparator(text: string): boolean {
  if (!text || text.length > 40) return false;
  const rest = text.replace(DAY_WORDS, ' ');
  if (rest === text) return false;
  return rest.replace(/[\s,./\-–—·]+/gu, '') === '' && !/^\s*\d+\s*$/u.test(text);
}

/** Class, data and label hints for a side: `message--incoming`, `data-sender="visitor"`. */
export const AGENT_HINT = /\b(?:agent|operator|support|staff|incoming|received|inbound|bot|admin|rep|business)\b/i;
export const CUSTOMER_HINT = /\b(?:customer|user|visitor|client|outgoing|sent|outbound|own|self|mine|me)\b/i;
export const SYSTEM_HINT = /\b(?:system|notice|notification|event|announcement|info)\b/i;

/** A short line naming someone: no sentence punctuation, a few words, no digits. */
export function looksLikeName(text: string): boolean {
  return text.length > 1 && text.length <= 40 && text.split(' ').length <= 4 && !/[.!?…,;:"«»\d]/u.test(text);
}

/**
 * "Dana · 10:03", "Fin · AI Agent · 10:00", "Maria Lopez • 10:01 AM": a time line that starts
 * with the author's name. Returns the name, or null for any other text.
 */
export function nameInMeta(text: string): string | null {
  if (text.length > 80) return null;
  const segments = text.split(/\s*[·•|]\s*/u).filter(Boolean);
  if (segments.length < 2 || !segments.some(isMetaText)) return null;
  const names = segments.filter((segment) => !isMetaText(segment));
  if (names.length === 0 || names.length > 2 || !names.every(looksLikeName) || isYouLabel(names[0]!)) return null;
  return segments[0] === names[0] ? names[0]! : null;
}

/** "D", "DS", "ד": an avatar's initials printed as text. */
export function isInitials(text: string): boolean {
  return /^(?:[A-ZА-ЯЁ]{1,2}|[\u0590-\u05FF])$/u.test(text);
}
