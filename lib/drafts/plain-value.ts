import { capText, cleanText } from '../text/clean';

/** Direction overrides and isolates: they would reorder the letter's text around the value. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/**
 * Something that looks like a tag or a comment: dropped, its text kept. A quoted attribute value
 * may hold `<` and `>` (`<iframe srcdoc="<script>…">`): it belongs to its tag.
 */
const MARKUP = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>"']*(?:(?:"[^"]*"|'[^']*')[^<>"']*)*>/g;
/** What is left that an HTML parser would still read as the start of markup (a tag left open). */
const MARKUP_START = /<+(?=[A-Za-z!?/])/g;
const WHITESPACE = /\s+/g;

/** Longest value a slot holds, in UTF-16 code units; longer ones end with an ellipsis. */
export const MAX_VALUE_LENGTH = 200;
/** Promises, the user's own words and citations may be a sentence or two. */
export const MAX_LONG_VALUE_LENGTH = 400;

/**
 * Case text as one line of plain text for a draft: control characters, direction overrides and
 * markup-looking tags removed, whitespace collapsed, cut to `limit` with an ellipsis. Only a
 * bounded head of a huge value is ever scanned, so a 100 KB company name costs nothing.
 */
export function plainValue(value: string, limit: number = MAX_VALUE_LENGTH): string {
  const head = capText(value, limit * 4);
  const plain = cleanText(head.text)
    .replace(BIDI_CONTROLS, '')
    .replace(MARKUP, ' ')
    .replace(MARKUP_START, '')
    .replace(WHITESPACE, ' ')
    .trim();
  const cut = capText(plain, limit);
  return cut.truncated || head.truncated ? `${cut.text.trimEnd()}…` : cut.text;
}
