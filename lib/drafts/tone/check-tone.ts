import { en } from './lexicon/en';
import { he } from './lexicon/he';
import type { ToneLexicon } from './lexicon/lexicon';
import { findPhrases, hasPhrase } from './lexicon/patterns';
import { ru } from './lexicon/ru';
import { dominantLocale, localeBefore, localeOfLetter } from './script';
import { shoutRuns, stackedPunctuation } from './shouting';
import {
  toneLocaleSchema,
  type ToneFinding,
  type ToneFindingKind,
  type ToneLocale,
  type ToneOptions,
  type ToneResult,
} from './types';
import { decideVerdict, needsDeadline, SHORT_MESSAGE_WORDS } from './verdict';

const LEXICONS: Readonly<Record<ToneLocale, ToneLexicon>> = { en, he, ru };
const LOCALES: readonly ToneLocale[] = ['en', 'he', 'ru'];
/**
 * A word as the lexicons see it: Latin, Cyrillic or Hebrew letters (niqqud and combining accents
 * inside), "*" kept so that "f*ck" and "бл*ть" stay one word. Explicit ranges rather than \p{L}:
 * several times faster on a long text, and no lexicon has words in other scripts.
 */
const TOKEN =
  // eslint-disable-next-line no-misleading-character-class -- combining marks are meant to continue a word
  /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0400-\u052F\u05D0-\u05EA\uFB1D-\uFB4F][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0400-\u052F\u0591-\u05C7\u05D0-\u05EA\uFB1D-\uFB4F*]*/g;

/**
 * Checks the tone of a message: what in it reads as too harsh or too meek, each with a span and a
 * suggestion in the language of the words it is about, and a verdict decided from those findings
 * (rule in verdict.ts). Hebrew, Cyrillic and other words are each checked with their own lexicon,
 * so a mixed message is checked run by run; `locale` (else the script with the most letters) is
 * the language of message-level findings (no request, no deadline). Pure; never throws; offsets
 * are UTF-16 code units into `text`.
 */
export function checkTone(text: string, options: ToneOptions = {}): ToneResult {
  const source = typeof text === 'string' ? text : '';
  const found: ToneFinding[] = [];
  const add = (kind: ToneFindingKind, start: number, end: number, locale: ToneLocale) =>
    found.push({ kind, start, end, suggestion: LEXICONS[locale].suggestions[kind] });

  const counts: Record<ToneLocale, number> = { en: 0, he: 0, ru: 0 };
  let words = 0;
  for (const m of source.matchAll(TOKEN)) {
    words++;
    const locale = localeOfLetter(m[0].charAt(0));
    counts[locale] += m[0].length;
    const kind = wordKind(LEXICONS[locale], m[0]);
    if (kind) add(kind, m.index, m.index + m[0].length, locale);
  }
  const parsed = toneLocaleSchema.safeParse(options.locale);
  const main = parsed.success ? parsed.data : dominantLocale(counts);

  let hasRequest = false;
  let hasDeadline = false;
  // A lexicon's phrases are words of its own script, so over the whole text they only match
  // runs of that script: each run is checked with its own lexicon, without cutting the text up.
  for (const locale of LOCALES) {
    if (counts[locale] === 0) continue;
    const lexicon = LEXICONS[locale];
    for (const rule of lexicon.phrases) {
      for (const span of findPhrases(rule.pattern, source, lexicon.prefixLetters)) {
        add(rule.kind, span.start, span.end, locale);
      }
    }
    hasRequest ||= hasPhrase(lexicon.request, source, lexicon.prefixLetters);
    hasDeadline ||= hasPhrase(lexicon.deadline, source, lexicon.prefixLetters);
  }

  let shoutedWords = 0;
  for (const shout of shoutRuns(source, (locale) => LEXICONS[locale].acronyms)) {
    shoutedWords += shout.words;
    add('shouting', shout.start, shout.end, shout.locale);
  }
  for (const mark of stackedPunctuation(source)) {
    add('stacked-punctuation', mark.start, mark.end, localeBefore(source, mark.start) ?? main);
  }

  const findings = pileApologies(withoutOverlaps(found));
  const long = words > SHORT_MESSAGE_WORDS;
  const meekMarkers = findings.filter((f) => f.kind === 'hedge' || f.kind === 'apology').length;
  const messageLevel = (kind: ToneFindingKind): ToneFinding => ({
    kind,
    start: source.length,
    end: source.length,
    suggestion: LEXICONS[main].suggestions[kind],
  });
  if (!hasRequest) findings.push(messageLevel('no-request'));
  if (!hasDeadline && needsDeadline(long, meekMarkers)) findings.push(messageLevel('no-deadline'));

  return {
    verdict: decideVerdict({ findings, shoutedWords, hasRequest, hasDeadline, long }),
    findings,
  };
}

/** Words repeat, so each distinct word is looked up once (memoised; bounded so memory stays small). */
const wordCache = new Map<ToneLocale, Map<string, 'insult' | 'profanity' | null>>();
const WORD_CACHE_LIMIT = 20_000;

function wordKind(lexicon: ToneLexicon, token: string): 'insult' | 'profanity' | null {
  let cache = wordCache.get(lexicon.locale);
  if (!cache) wordCache.set(lexicon.locale, (cache = new Map()));
  const known = cache.get(token);
  if (known !== undefined) return known;
  const kind = lexicon.word(token);
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(token, kind);
  return kind;
}

/** In reading order; of two overlapping findings of one kind, the earlier (then longer) is kept. */
function withoutOverlaps(findings: readonly ToneFinding[]): ToneFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<ToneFindingKind, number>();
  return sorted.filter((f) => {
    const end = lastEnd.get(f.kind);
    if (end !== undefined && f.start < end) return false;
    lastEnd.set(f.kind, f.end);
    return true;
  });
}

/** One "sorry" is politeness; apologies are reported only when there are two or more. */
function pileApologies(findings: readonly ToneFinding[]): ToneFinding[] {
  const apologies = findings.filter((f) => f.kind === 'apology').length;
  return apologies >= 2 ? [...findings] : findings.filter((f) => f.kind !== 'apology');
}
