import { findDeadlines, type DeadlinePhrase } from './deadlines';
import {
  collapseSpaces,
  execAtWordStart,
  isLetterUnit,
  letterBefore,
  letterOrNumberBefore,
  type Sentences,
} from './text';
import type { ExtractedFact } from './types';

const E = String.raw`(?![\p{L}\p{N}])`;

const HE_FUTURE =
  'נחזור|נחזיר|נשלח|נעדכן|ניצור|נטפל|נזכה|נבדוק|נתקשר|נודיע|נעביר|נסדיר|נספק|נחליף|נבצע|' +
  'יתקבל|תתקבל|יתקבלו|יגיע|תגיע|יגיעו|יזוכה|תזוכה|יזוכו|יוחזר|תוחזר|יוחזרו|יועבר|תועבר|יועברו|יטופל|תטופל|יטופלו|' +
  'ישלח|יישלח|תישלח|תשלח|יישלחו|ייצור|תיצור|יחזור|תחזור|יחזרו|יתקשר|תתקשר|יבוצע|תבוצע|יופיע|תופיע|ייכנס|תיכנס|' +
  'יעודכן|תעודכן|תקבל|תקבלי|תקבלו|תינתן|יינתן|אחזור|אעדכן|אשלח|אטפל|אבדוק|צפוי|צפויה|צפויים|צפויות|' +
  'מתחייבים|מתחייב|מתחייבת|מבטיחים|אמור|אמורה|אמורים|יאסוף|תאסוף|נאסוף|יאספו|יצור|תתבצע|יתבצע';

const RU_FUTURE =
  'верн[её]м|вернут|вернутся|верн[её]тся|возвратим|перезвоним|перезвонит|перезвонят|позвоним|ответим|ответит|ответят|' +
  'свяжемся|свяжется|отправим|отправят|отправит|вышлем|рассмотрим|рассмотрят|рассмотрит|сообщим|решим|поступят|' +
  'поступит|прид[её]т|придут|привез[её]т|привезут|доставим|доставят|доставит|зачислим|зачислят|переведем|переведём|' +
  'получите|получит|обработаем|обработают|будет|будут|ожидайте|гарантируем|обещаем|постараемся|сделаем|выполним|' +
  'оформим|исправим|заменим|начислим|компенсируем|забер[её]т|заберут|забер[её]м|приедет|приедут|примут|примем';

// A commitment: a future or modal verb. "'ll" is matched after its letter ("we'll"). Stands for
// (?<![\p{L}\p{N}]) before every alternative but "'ll", which needs (?<=\p{L}) instead: see `nextCue`.
const CUE_RE = new RegExp(
  `(?:will|shall|going to|gonna|should|guarantee[sd]?|promise[sd]?|expect|allow|aim to|commit(?:ted)? to)${E}|` +
    `['’]ll${E}|` +
    `[וש]?(?:${HE_FUTURE})${E}|` +
    `(?:${RU_FUTURE})${E}`,
  'giu',
);
/** How far (UTF-16 units) a commitment may stand from its deadline, so a promise stays a phrase. */
const MAX_GAP = 160;
/** Stands for (?<![\p{L}\p{N}]) + itself (`execAtWordStart`). */
const CONDITION_RE = /(?:if|unless|אם|если)(?![\p{L}\p{N}])/giu;

interface Mark {
  start: number;
  end: number;
  sentence: number;
}

/**
 * The next commitment. Every alternative of CUE_RE starts with a letter of its own script but "'ll",
 * so at any position at most one can match, and its own lookbehind decides: checked here, after the
 * match, instead of by the engine at every position.
 */
function nextCue(text: string): RegExpExecArray | null {
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) {
    const c = text.charCodeAt(m.index);
    const apostrophe = c === 0x27 || c === 0x2019;
    if (apostrophe ? letterBefore(text, m.index, true) : !letterOrNumberBefore(text, m.index, true)) return m;
    CUE_RE.lastIndex = m.index + 1;
  }
  return null;
}

function nextCondition(text: string): RegExpExecArray | null {
  return execAtWordStart(CONDITION_RE, text);
}

function marks(text: string, next: (text: string) => RegExpExecArray | null, sentences: Sentences): Mark[] {
  const out: Mark[] = [];
  for (let m = next(text); m; m = next(text)) {
    let start = m.index;
    while (start > 0 && isLetterUnit(text.charCodeAt(start - 1))) start -= 1;
    out.push({ start, end: m.index + m[0].length, sentence: sentences.indexOf(m.index) });
  }
  return out;
}

/** Of phrases that overlap ("עד יום" inside "עד יום ראשון"), the longest. */
function longestPhrases(phrases: readonly DeadlinePhrase[]): DeadlinePhrase[] {
  const sorted = [...phrases].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DeadlinePhrase[] = [];
  let best: DeadlinePhrase | undefined;
  let clusterEnd = -1;
  for (const p of sorted) {
    if (best && p.start >= clusterEnd) {
      kept.push(best);
      best = undefined;
    }
    if (!best || p.end - p.start > best.end - best.start) best = p;
    clusterEnd = Math.max(clusterEnd, p.end);
  }
  if (best) kept.push(best);
  return kept;
}

/** Index of the last mark starting before the offset, or -1 (marks sorted by start). */
function lastBefore(list: readonly Mark[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A promise: a deadline ("within 5 business days", "до 20 ноября", "תוך יומיים") in the same
 * sentence as a commitment ("we'll", "вернём", "נחזור"), not inside an "if" clause. The span runs
 * from the commitment word to the end of the deadline.
 */
export function findPromises(
  text: string,
  sentences: Sentences,
  dates: readonly ExtractedFact[],
  fold?: string,
): ExtractedFact[] {
  const phrases = longestPhrases(findDeadlines(text, dates, fold));
  if (phrases.length === 0) return [];
  CUE_RE.lastIndex = 0;
  const cues = marks(text, nextCue, sentences);
  CONDITION_RE.lastIndex = 0;
  const conditions = marks(text, nextCondition, sentences);
  const facts: ExtractedFact[] = [];
  for (const phrase of phrases) {
    const sentence = sentences.indexOf(phrase.start);
    const i = lastBefore(cues, phrase.start);
    const before = cues[i];
    const after = cues[i + 1];
    let cue: Mark | undefined;
    if (before && before.sentence === sentence && phrase.start - before.end <= MAX_GAP) cue = before;
    else if (after && after.sentence === sentence && after.start - phrase.end <= MAX_GAP) cue = after;
    if (!cue) continue;
    // Inside an "if" clause: an "if" between the commitment and the deadline, or an "if" whose
    // clause runs on to the deadline ("Если не поступят до 25.12, напишите нам").
    const from = cue.start < phrase.start ? cue.start : -1;
    const condition = conditions[lastBefore(conditions, phrase.start)];
    if (
      condition &&
      condition.sentence === sentence &&
      (condition.start > from || !/[,;—]/.test(text.slice(condition.end, phrase.start)))
    ) {
      continue;
    }
    const start = Math.min(cue.start, phrase.start);
    const end = Math.max(cue.end, phrase.end);
    const value = collapseSpaces(text.slice(start, end)).slice(0, 200);
    facts.push({ kind: 'promise', value, confidence: 0.8, start, end, deadline: phrase.deadline });
  }
  return facts;
}
