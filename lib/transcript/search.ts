/**
 * Searching a transcript: text, author name and role, case-insensitive, ignoring Hebrew niqqud
 * and cantillation marks, and treating Russian ё as е. Pure: the Transcript tab highlights the
 * ranges this module returns by splitting text into React nodes, never by building markup.
 */
import type { AuthorRole } from '../schemas/message';

/** A half-open range [start, end) of UTF-16 positions in the original, unfolded text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A text folded for comparison, with each folded unit's place in the original text. */
export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: where the original character it came from starts… */
  starts: number[];
  /** …and where it ends (exclusive). */
  ends: number[];
}

const COMBINING_DIAERESIS = 0x0308;

/**
 * Hebrew points and cantillation (U+0591–U+05C7) that are marks. The four punctuation
 * characters of that block — maqaf U+05BE, paseq U+05C0, sof pasuq U+05C3, nun hafukha U+05C6
 * — are letters' neighbours, not decorations of a letter, so they are kept; maqaf (the Hebrew
 * hyphen) folds to "-" so "בית-ספר" typed on any keyboard finds "בית־ספר".
 */
function isHebrewMark(code: number): boolean {
  return code >= 0x0591 && code <= 0x05c7 && code !== 0x05be && code !== 0x05c0 && code !== 0x05c3 && code !== 0x05c6;
}

function foldChar(char: string): string {
  if (char === '\u05be') return '-';
  const lower = char.toLowerCase();
  return lower === 'ё' ? 'е' : lower;
}

/**
 * Folds a text for comparison and keeps the map back to it. Works code point by code point,
 * so a character whose lower case is longer ("İ") still maps to the one original character.
 * A combining diaeresis after е/Е (ё written in two code points) is dropped like the ё's.
 */
export function foldForSearch(text: string): FoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  let index = 0;
  let previous = '';
  for (const char of text) {
    const start = index;
    index += char.length;
    const code = char.codePointAt(0)!;
    if (isHebrewMark(code)) continue;
    if (code === COMBINING_DIAERESIS && (previous === 'е' || previous === 'Е')) {
      // Widen the е's range so a highlight covers the whole ё.
      for (let i = ends.length - 1; i >= 0 && starts[i] === start - 1; i--) ends[i] = index;
      previous = '';
      continue;
    }
    previous = char;
    const piece = foldChar(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) {
      starts.push(start);
      ends.push(index);
    }
  }
  return { folded, starts, ends };
}

/** The query as it is compared: folded, surrounding space trimmed, inner runs of space made one. */
export function foldQuery(query: string): string {
  return foldForSearch(query.trim().replace(/\s+/gu, ' ')).folded;
}

/** Every place a folded query occurs in a text, as ranges of the original text, in order. */
export function findRanges(text: string, foldedQuery: string): TextRange[] {
  if (foldedQuery === '') return [];
  const { folded, starts, ends } = foldForSearch(text);
  const ranges: TextRange[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(foldedQuery, from);
    if (at < 0) break;
    const last = at + foldedQuery.length - 1;
    ranges.push({ start: starts[at]!, end: ends[last]! });
    from = at + foldedQuery.length;
  }
  return ranges;
}

export interface SearchableMessage {
  role: AuthorRole;
  authorName: string | null;
  text: string;
}

export interface MessageMatch {
  text: TextRange[];
  author: TextRange[];
  /** The query named the message's role ("agent", or the role's label in the user's language). */
  role: boolean;
}

/**
 * Whether a message matches a folded query, and where. `roleLabels` are the words that name
 * each role (its stored name and the label the user sees). Null when nothing matches.
 */
export function matchMessage(
  message: SearchableMessage,
  foldedQuery: string,
  roleLabels: Readonly<Record<AuthorRole, readonly string[]>>,
): MessageMatch | null {
  if (foldedQuery === '') return null;
  const text = findRanges(message.text, foldedQuery);
  const author = message.authorName === null ? [] : findRanges(message.authorName, foldedQuery);
  const role = [message.role, ...roleLabels[message.role]].some((label) =>
    foldForSearch(label).folded.includes(foldedQuery),
  );
  return text.length > 0 || author.length > 0 || role ? { text, author, role } : null;
}

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Cuts a text into plain and matching pieces, in order, for highlighting. Ranges may overlap or
 * come unsorted; pieces never do. Joined, the pieces are the text again.
 */
export function splitByRanges(text: string, ranges: readonly TextRange[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const range of sorted) {
    if (range.end <= at) continue;
    const start = Math.max(range.start, at);
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, range.end), match: true });
    at = range.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
