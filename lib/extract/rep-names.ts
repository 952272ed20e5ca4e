import {
  ENGLISH_NOT_NAMES,
  HEBREW_GREETINGS,
  HEBREW_NAMES,
  HEBREW_NOT_NAMES,
  HEBREW_TEAM_WORDS,
  RUSSIAN_NOT_NAMES,
} from './name-words';
import { isSpaceUnit, lineBreakBetween, stemsOf, wordParts, type Token } from './text';
import type { ExtractedFact } from './types';

type Script = 'latin' | 'cyrillic' | 'hebrew';

/**
 * What must follow the name for a trigger to count:
 * any — nothing more ("my name is Dana");
 * intro — a word like "from", "with", or punctuation, or the end ("this is Marcus from billing");
 * signoff — punctuation or the end of the line ("Regards,\nKate");
 * known — Hebrew: a known first name, or an intro follower ("כאן דנה מצוות השירות");
 * greeted — Hebrew "אני": a greeting just before, or a team after ("נעים מאוד, אני יוסי");
 * team — Russian "это": a team after ("Это Светлана из отдела возвратов", "Это Анна, служба поддержки").
 */
type Follow = 'any' | 'intro' | 'signoff' | 'known' | 'greeted' | 'team';

interface Trigger {
  words: readonly string[];
  script: Script;
  confidence: number;
  follow: Follow;
  /** The name comes before the trigger ("Mike joined the chat"). */
  before?: boolean;
  /** Tokens that may stand between the trigger and the name. */
  skip?: readonly string[];
}

const t = (
  phrase: string,
  script: Script,
  confidence: number,
  follow: Follow,
  extra: Partial<Trigger> = {},
): Trigger => ({ words: phrase.split(' '), script, confidence, follow, ...extra });

const TRIGGERS: readonly Trigger[] = [
  t('my name is', 'latin', 0.95, 'any'),
  t("my name's", 'latin', 0.95, 'any'),
  t('this is', 'latin', 0.85, 'intro'),
  t("i'm", 'latin', 0.75, 'intro'),
  t('i am', 'latin', 0.75, 'intro'),
  t('chatting with', 'latin', 0.9, 'any'),
  t('connected with', 'latin', 0.85, 'any'),
  t('connected to', 'latin', 0.85, 'any'),
  t('speaking with', 'latin', 0.8, 'any'),
  ...['agent', 'rep', 'representative', 'advisor', 'specialist', 'operator'].map((w) =>
    t(w, 'latin', 0.85, 'any', { skip: [':', '-'] }),
  ),
  t('regards', 'latin', 0.75, 'signoff', { skip: [','] }),
  t('best ,', 'latin', 0.7, 'signoff'),
  t('sincerely', 'latin', 0.75, 'signoff', { skip: [','] }),
  t('cheers', 'latin', 0.7, 'signoff', { skip: [','] }),
  t('has joined', 'latin', 0.85, 'any', { before: true }),
  t('joined', 'latin', 0.8, 'any', { before: true }),
  t('here', 'latin', 0.75, 'intro', { before: true }),
  t('will be assisting', 'latin', 0.8, 'any', { before: true }),
  t('will be helping', 'latin', 0.8, 'any', { before: true }),

  t('меня зовут', 'cyrillic', 0.95, 'any'),
  t('с вами', 'cyrillic', 0.9, 'any', { skip: ['на', 'связи', 'сегодня', ','] }),
  t('на связи', 'cyrillic', 0.85, 'any', { skip: [','] }),
  t('вас приветствует', 'cyrillic', 0.9, 'any'),
  t('вас консультирует', 'cyrillic', 0.9, 'any'),
  t('вам отвечает', 'cyrillic', 0.85, 'any'),
  t('вам пишет', 'cyrillic', 0.8, 'any'),
  ...['оператор', 'специалист', 'консультант', 'менеджер'].map((w) =>
    t(w, 'cyrillic', 0.85, 'any', { skip: [':', '-', '—'] }),
  ),
  t('это', 'cyrillic', 0.75, 'team'),
  t('с уважением', 'cyrillic', 0.75, 'signoff', { skip: [','] }),
  ...['подключился', 'подключилась', 'присоединился', 'присоединилась'].map((w) =>
    t(w, 'cyrillic', 0.85, 'any', { before: true }),
  ),
  t('на связи', 'cyrillic', 0.8, 'intro', { before: true }),

  t('שמי', 'hebrew', 0.95, 'any', { skip: [',', ':', '-', 'הוא', 'היא'] }),
  t('השם שלי', 'hebrew', 0.95, 'any', { skip: [',', ':', '-', 'הוא', 'היא'] }),
  t('קוראים לי', 'hebrew', 0.95, 'any'),
  t('מדבר', 'hebrew', 0.8, 'known'),
  t('מדברת', 'hebrew', 0.8, 'known'),
  t('כאן', 'hebrew', 0.75, 'known'),
  t('אני', 'hebrew', 0.75, 'greeted'),
  ...['נציג', 'נציגה', 'נציגת'].map((w) =>
    t(w, 'hebrew', 0.85, 'any', { skip: [':', '-', 'שירות', 'השירות', 'תמיכה', 'התמיכה'] }),
  ),
  ...['משוחח עם', 'משוחחת עם', 'מדבר עם', 'מדברת עם'].map((w) => t(w, 'hebrew', 0.85, 'any')),
  t('בברכה', 'hebrew', 0.75, 'signoff', { skip: [','] }),
];

const BY_FIRST_WORD = new Map<string, Trigger[]>();
for (const trigger of TRIGGERS) {
  const first = trigger.words[0] ?? '';
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), trigger]);
}

/**
 * For `runFlags`: one word part of every trigger (the longest, so the rarest), which stands in the
 * text wherever the trigger does; with none of them and no dash after a space, `findRepNames`
 * finds nothing.
 */
export const TRIGGER_CLUE_WORDS: readonly string[] = TRIGGERS.map((tr) => {
  const parts = tr.words.flatMap(wordParts);
  return parts.reduce((best, part) => (part.length >= best.length ? part : best), '');
});

/** "— Kate": a dash that starts the text or follows white space. */
export function dashAfterSpace(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c === 0x2d || c === 0x2014 || c === 0x2013) && (i === 0 || isSpaceUnit(text.charCodeAt(i - 1)))) return true;
  }
  return false;
}

const INTRO_FOLLOWERS = new Set([
  'from',
  'with',
  'at',
  'of',
  'on',
  'here',
  'and',
  'из',
  'с',
  ',',
  '.',
  '!',
  '—',
  '–',
  '-',
  ':',
  '(',
]);
const RUSSIAN_TEAM_WORDS = new Set([
  'служба',
  'отдел',
  'оператор',
  'специалист',
  'менеджер',
  'ваш',
  'ваша',
  'консультант',
]);
const SIGNOFF_FOLLOWERS = new Set([',', '.', '!', '—', '–', '-', '(', '|']);
const NOTHING: ReadonlySet<string> = new Set();
const DASHES = new Set(['—', '–', '-', '--']);

function scriptOf(raw: string): Script | undefined {
  if (/^[\p{Script=Latin}'’-]+$/u.test(raw)) return 'latin';
  if (/^[\p{Script=Cyrillic}'’-]+$/u.test(raw)) return 'cyrillic';
  if (/^\p{Script=Hebrew}+$/u.test(raw)) return 'hebrew';
  return undefined;
}

function hebrewStop(token: Token): boolean {
  if (HEBREW_NAMES.has(token.norm)) return false;
  // Read without prefixes only down to three letters: "כהן" is a surname, not "כ" + "הן".
  return stemsOf(token).some(
    (s, i) => (i === 0 || s.length >= 3) && (HEBREW_NOT_NAMES.has(s) || HEBREW_TEAM_WORDS.has(s)),
  );
}

/** Whether a token can be (part of) a name in the given script. */
function nameLike(token: Token | undefined, script: Script): boolean {
  if (!token?.word || scriptOf(token.raw) !== script) return false;
  const bare = token.norm.replace(/'s$/, '');
  if (script === 'hebrew') {
    if (bare.length < 2 || bare.length > 10 || hebrewStop(token)) return false;
    return HEBREW_NAMES.has(bare) || !/^[הו]/.test(bare);
  }
  if (bare.length < 2 || bare.length > 20 || !/^\p{Lu}/u.test(token.raw) || !/\p{Ll}/u.test(token.raw)) return false;
  return !(script === 'latin' ? ENGLISH_NOT_NAMES : RUSSIAN_NOT_NAMES).has(bare);
}

function hebrewTeam(token: Token | undefined): boolean {
  if (!token) return false;
  return stemsOf(token).some((s) => HEBREW_TEAM_WORDS.has(s));
}

/** "ואני", "ואשמח": the sentence goes on about the speaker. */
function hebrewAndI(token: Token | undefined): boolean {
  return !!token && /^ו(?:אני|אשמח|אעזור|אטפל|אבדוק|אעדכן|אנחנו)$/.test(token.norm);
}

function endsHere(text: string, tokens: readonly Token[], last: number, allowed: ReadonlySet<string>): boolean {
  const here = tokens[last] as Token;
  const next = tokens[last + 1];
  return !next || lineBreakBetween(text, here, next) || allowed.has(next.norm);
}

interface Name {
  first: number;
  last: number;
}

/** The name starting (or, reading backwards, ending) at token k: a first name and maybe a surname. */
function readName(text: string, tokens: readonly Token[], k: number, script: Script, backwards: boolean): Name | null {
  if (!nameLike(tokens[k], script)) return null;
  const other = backwards ? k - 1 : k + 1;
  const a = tokens[Math.min(k, other)];
  const b = tokens[Math.max(k, other)];
  const adjacent = !!a && !!b && text.slice(a.end, b.start) === ' ';
  if (adjacent && nameLike(tokens[other], script)) {
    if (script !== 'hebrew') return backwards ? { first: other, last: k } : { first: k, last: other };
    // Hebrew has no capitals: take a second word only when the name clearly ends after it.
    const after = tokens[other + 1];
    const second = tokens[other] as Token;
    const ends =
      !backwards &&
      !/^ו/.test(second.norm) &&
      (!after ||
        SIGNOFF_FOLLOWERS.has(after.norm) ||
        lineBreakBetween(text, second, after) ||
        hebrewAndI(after) ||
        hebrewTeam(after));
    if (ends) return { first: k, last: other };
  }
  return { first: k, last: k };
}

function accepted(text: string, tokens: readonly Token[], name: Name, trigger: Trigger, triggerStart: number): boolean {
  const next = tokens[name.last + 1];
  switch (trigger.follow) {
    case 'any':
      return true;
    case 'intro':
      return endsHere(text, tokens, name.last, INTRO_FOLLOWERS);
    case 'signoff':
      return endsHere(text, tokens, name.last, SIGNOFF_FOLLOWERS);
    case 'known': {
      const known = HEBREW_NAMES.has(tokens[name.first]?.norm ?? '');
      return known || endsHere(text, tokens, name.last, SIGNOFF_FOLLOWERS) || hebrewTeam(next) || hebrewAndI(next);
    }
    case 'team': {
      const after = tokens[name.last + 2];
      return next?.norm === 'из' || (next?.norm === ',' && !!after && RUSSIAN_TEAM_WORDS.has(after.norm));
    }
    case 'greeted': {
      if (hebrewTeam(next)) return true;
      for (let k = Math.max(0, triggerStart - 4); k < triggerStart; k += 1) {
        const token = tokens[k];
        if (token && stemsOf(token).some((s) => HEBREW_GREETINGS.has(s))) return true;
      }
      return false;
    }
  }
}

function matchWords(tokens: readonly Token[], i: number, trigger: Trigger): number {
  for (let w = 0; w < trigger.words.length; w += 1) {
    const token = tokens[i + w];
    if (!token) return -1;
    const want = trigger.words[w];
    const ok = w === 0 && trigger.script === 'hebrew' ? stemsOf(token).includes(want ?? '') : token.norm === want;
    if (!ok) return -1;
  }
  return i + trigger.words.length;
}

function emit(facts: ExtractedFact[], text: string, tokens: readonly Token[], name: Name, confidence: number): void {
  const first = tokens[name.first] as Token;
  const last = tokens[name.last] as Token;
  const end = last.end - (/['’]s$/.test(last.raw) ? 2 : 0);
  facts.push({ kind: 'rep-name', value: text.slice(first.start, end), confidence, start: first.start, end });
}

const NO_TRIGGERS: readonly Trigger[] = [];

/** Triggers whose first word the token is (a Hebrew word also without its prefixes), in lookup order. */
function triggersAt(token: Token): readonly Trigger[] {
  const direct = BY_FIRST_WORD.get(token.norm);
  if (!token.hebrew) return direct ?? NO_TRIGGERS;
  let out: Trigger[] | undefined;
  for (const stem of stemsOf(token)) {
    const more = BY_FIRST_WORD.get(stem);
    if (!more || more === direct) continue;
    out ??= [...(direct ?? [])];
    for (const tr of more) if (!out.includes(tr)) out.push(tr);
  }
  return out ?? direct ?? NO_TRIGGERS;
}

export function findRepNames(text: string, tokens: readonly Token[]): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    for (const trigger of triggersAt(token)) {
      const after = matchWords(tokens, i, trigger);
      if (after < 0) continue;
      let name: Name | null;
      if (trigger.before) {
        name = readName(text, tokens, i - 1, trigger.script, true);
        // "Mike joined": the trigger must follow the name directly, on the same line.
        if (name && i > 0 && lineBreakBetween(text, tokens[i - 1] as Token, token)) name = null;
        if (name && trigger.follow === 'intro' && !endsHere(text, tokens, after - 1, INTRO_FOLLOWERS)) name = null;
        if (name) emit(facts, text, tokens, name, trigger.confidence);
        continue;
      }
      let k = after;
      let colon = false;
      while (k < tokens.length && k < after + 3 && trigger.skip?.includes(tokens[k]?.norm ?? '')) {
        colon ||= tokens[k]?.norm === ':';
        k += 1;
      }
      name = readName(text, tokens, k, trigger.script, false);
      // "Оператор: Проверила …" is a speaker label and a sentence; "Оператор: Мария" is a name.
      if (name && colon && !endsHere(text, tokens, name.last, NOTHING)) name = null;
      if (name && accepted(text, tokens, name, trigger, i)) emit(facts, text, tokens, name, trigger.confidence);
    }
    // "— Kate" closing a message or a line.
    if (DASHES.has(token.raw)) {
      const prev = tokens[i - 1];
      const startsLine = !prev || lineBreakBetween(text, prev, token) || /\s/.test(text[token.start - 1] ?? '');
      const next = tokens[i + 1];
      const script = next ? scriptOf(next.raw) : undefined;
      if (!startsLine || !next || !script || next.start !== token.end + (text[token.end] === ' ' ? 1 : 0)) continue;
      const name = readName(text, tokens, i + 1, script, false);
      if (name && endsHere(text, tokens, name.last, SIGNOFF_FOLLOWERS)) emit(facts, text, tokens, name, 0.7);
    }
  }
  return facts;
}
