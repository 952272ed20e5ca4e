import type { ToneFindingKind, ToneLocale } from '../types';

/** Kinds found by phrase patterns over a run of text in the lexicon's script. */
export type PhraseKind = 'threat' | 'sarcasm' | 'blame' | 'apology' | 'hedge' | 'insult' | 'profanity';

export interface PhraseRule {
  kind: PhraseKind;
  /** Built by `phrases`; matched with `findPhrases`, which checks the left word boundary. */
  pattern: RegExp;
}

export interface ToneLexicon {
  locale: ToneLocale;
  /** Letters that may be glued in front of a phrase's first word (Hebrew ו ה ש ב ל כ מ). */
  prefixLetters: string;
  phrases: readonly PhraseRule[];
  /** The kind of a single word of this script (insult or profanity), or null. */
  word(token: string): 'insult' | 'profanity' | null;
  /** A concrete request ("please refund", "прошу вернуть", "אבקש"); a `phrases` pattern. */
  request: RegExp;
  /** A deadline: a date, a weekday, "within 7 days"; a `phrases` pattern. */
  deadline: RegExp;
  /** All-caps words of at least four letters that are names, not shouting (SMS-like words are shorter). */
  acronyms: ReadonlySet<string>;
  suggestions: Readonly<Record<ToneFindingKind, string>>;
}
