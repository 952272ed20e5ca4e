import { firstMatch, foldForFilters, nextMatch } from './text';
import type { Deadline, DurationUnit, ExtractedFact, Weekday } from './types';

export interface DeadlinePhrase {
  start: number;
  end: number;
  deadline: Deadline;
}

const S = String.raw`[ \u00A0]{1,3}`;
const S0 = String.raw`[ \u00A0]{0,3}`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['the', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['fourteen', 14],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['אחד', 1],
  ['אחת', 1],
  ['שניים', 2],
  ['שתיים', 2],
  ['שני', 2],
  ['שתי', 2],
  ['שלושה', 3],
  ['שלוש', 3],
  ['שלושת', 3],
  ['ארבעה', 4],
  ['ארבע', 4],
  ['ארבעת', 4],
  ['חמישה', 5],
  ['חמש', 5],
  ['חמשת', 5],
  ['שבעה', 7],
  ['שבע', 7],
  ['שבעת', 7],
  ['עשרה', 10],
  ['עשר', 10],
  ['עשרת', 10],
  ['одного', 1],
  ['одной', 1],
  ['двух', 2],
  ['трёх', 3],
  ['трех', 3],
  ['четырёх', 4],
  ['четырех', 4],
  ['пяти', 5],
  ['семи', 7],
  ['десяти', 10],
  ['четырнадцати', 14],
  ['двадцати четырёх', 24],
  ['двадцати четырех', 24],
  ['сорока восьми', 48],
  ['тридцати', 30],
]);

const EN_NUM = 'a|an|one|the|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|twenty|thirty';
const HE_NUM =
  'אחד|אחת|שניים|שתיים|שני|שתי|שלושה|שלושת|שלוש|ארבעה|ארבעת|ארבע|חמישה|חמשת|חמש|שבעה|שבעת|שבע|עשרה|עשרת|עשר';
const RU_NUM =
  'одного|одной|двух|тр[её]х|четыр[её]х|пяти|семи|десяти|четырнадцати|двадцати четыр[её]х|сорока восьми|тридцати';
const RANGE = String.raw`(\d{1,3})(?:${S0}(?:-|–|to|or|או|или)${S0}(\d{1,3}))?`;

const EN_UNIT = String.raw`(?:(business|working|calendar)${S})?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)`;
const HE_UNIT = 'ימי עסקים|ימי עבודה|ימים|יום|שעות|שעה|דקות|דקה|שבועות|שבוע|חודשים|חודש|יומיים|שעתיים|שבועיים|חודשיים';
const RU_UNIT =
  'рабочих дней|рабочих дня|рабочего дня|рабочий день|календарных дней|дней|дня|день|суток|сутки|часов|часа|час|' +
  'минут[уы]?|недел[июья]|месяц(?:а|ев)?';

/** Regexes that must all match the lower-cased fold (`foldForFilters`) for a pattern to match. */
type Clue = readonly RegExp[];

// Each pattern comes with a cheap necessary condition on the fold: the words the pattern cannot
// match without (Hebrew ones too: lower-casing leaves Hebrew as it is). A pattern whose clue is
// absent is not run; most chat lines hold none, which one test of all first words together tells.
const EN_UNIT_CLUE = /min|hour|hr|day|week|month/;
const HE_LEAD_CLUE = /תוך|עד|בעוד/;
const HE_UNIT_CLUE = /ימ|יום|יומ|שע|דק|שבוע|חודש/;
const RU_LEAD_CLUE = /до|течени|через|предел/;
const RU_UNIT_CLUE = /дн|ден|сут|час|минут|недел|месяц/;

const DURATION_CLUES: readonly Clue[] = [[EN_UNIT_CLUE], [HE_LEAD_CLUE, HE_UNIT_CLUE], [RU_LEAD_CLUE, RU_UNIT_CLUE]];

const DURATION_RES: readonly RegExp[] = [
  new RegExp(
    `${B}(?:within|in|under|up to|allow|allowing|takes?|taking|no later than)${S}(?:(?:the${S})?next${S}|about${S}|around${S}|up to${S})?` +
      `(?:(?:${RANGE}|(${EN_NUM}))${S})?${EN_UNIT}${E}`,
    'giu',
  ),
  new RegExp(`${B}ו?(?:תוך|בתוך|עד|בעוד)${S0}(?:${RANGE}|(${HE_NUM}))?${S0}(${HE_UNIT})${E}`, 'gu'),
  new RegExp(
    `${B}(?:в течение|в течении|через|в пределах|не позднее чем через|до)${S}(?:${RANGE}|(${RU_NUM}))?${S0}(${RU_UNIT})${E}`,
    'giu',
  ),
];

function unitOf(word: string, qualifier: string | undefined): { unit: DurationUnit; times: number } | undefined {
  const w = word.toLowerCase();
  const business = /business|working/i.test(qualifier ?? '') || /עסקים|עבודה|рабоч/.test(w);
  if (business) return { unit: 'business-day', times: 1 };
  for (const [re, unit, times] of UNIT_TABLE) if (re.test(w)) return { unit, times };
  return undefined;
}

const UNIT_TABLE: readonly (readonly [RegExp, DurationUnit, number])[] = [
  [/^(?:min|דק|минут)/, 'minute', 1],
  [/^(?:שעתיים)$/, 'hour', 2],
  [/^(?:h|שע|час)/, 'hour', 1],
  [/^(?:יומיים)$/, 'day', 2],
  [/^(?:d|י|дн|ден|день|сут)/, 'day', 1],
  [/^(?:שבועיים)$/, 'week', 2],
  [/^(?:w|שבוע|недел)/, 'week', 1],
  [/^(?:חודשיים)$/, 'month', 2],
  [/^(?:mo|חוד|месяц)/, 'month', 1],
];

const WEEKDAYS: readonly (readonly [RegExp, Weekday])[] = [
  [/^(?:mon|понедельн)/i, 'monday'],
  [/^(?:tue|вторн)/i, 'tuesday'],
  [/^(?:wed|сред)/i, 'wednesday'],
  [/^(?:thu|четверг)/i, 'thursday'],
  [/^(?:fri|пятниц)/i, 'friday'],
  [/^(?:sat|суббот)/i, 'saturday'],
  [/^(?:sun|воскресен)/i, 'sunday'],
];

// Israel counts days from Sunday: יום ראשון is Sunday, יום שני Monday … יום שישי Friday.
const HEBREW_WEEKDAYS: ReadonlyMap<string, Weekday> = new Map([
  ['ראשון', 'sunday'],
  ['שני', 'monday'],
  ['שלישי', 'tuesday'],
  ['רביעי', 'wednesday'],
  ['חמישי', 'thursday'],
  ['שישי', 'friday'],
  ['שבת', 'saturday'],
]);

function weekdayOf(word: string): Weekday | undefined {
  const he = HEBREW_WEEKDAYS.get(word);
  if (he) return he;
  for (const [re, day] of WEEKDAYS) if (re.test(word)) return day;
  return undefined;
}

const EN_WEEKDAY_CLUE = /monday|tuesday|wednesday|thursday|friday|saturday|sunday/;
const RU_WEEKDAY_CLUE = /понедельник|вторник|сред|четверг|пятниц|суббот|воскресень/;
const WEEKDAY_CLUES: readonly Clue[] = [[EN_WEEKDAY_CLUE], [/יום/], [RU_WEEKDAY_CLUE]];

const WEEKDAY_RES: readonly RegExp[] = [
  new RegExp(
    `${B}(?:by|before|until|till|on|this|next|no later than)${S}(monday|tuesday|wednesday|thursday|friday|saturday|sunday)${E}`,
    'giu',
  ),
  new RegExp(`${B}(?:(?:עד|לפני)${S})?ב?יום${S}(ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)${E}`, 'gu'),
  new RegExp(
    `${B}(?:до|к|в|во|не позднее)${S}(понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|` +
      `понедельнику|вторнику|среде|четвергу|пятнице|субботе|воскресенью|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)${E}`,
    'giu',
  ),
];

const EN_TODAY_CLUE = /today|tonight|end of|eod|close of business/;
const RELATIVE_CLUES: readonly Clue[] = [
  [/tomorrow/],
  [EN_TODAY_CLUE],
  [/end of/],
  [/end of/],
  [/מחר/],
  [/היום|עד הערב/],
  [/עד סוף השבוע/],
  [/עד סוף החודש/],
  [/завтра/],
  [/сегодня|до конца дня/],
  [/до конца недели/],
  [/до конца месяца/],
];

/** Matches wherever the first regex of any clue does: no match, no pattern can match. */
const ANY_CLUE = new RegExp(
  [...DURATION_CLUES, ...WEEKDAY_CLUES, ...RELATIVE_CLUES].map((clue) => (clue[0] as RegExp).source).join('|'),
);

function holds(clue: Clue, fold: string): boolean {
  for (const re of clue) if (!re.test(fold)) return false;
  return true;
}

const RELATIVE_RES: readonly (readonly [RegExp, Deadline])[] = [
  [new RegExp(`${B}(?:(?:by|before|until)${S})?tomorrow${E}`, 'giu'), { type: 'relative', when: 'tomorrow' }],
  [
    new RegExp(
      `${B}(?:(?:by|before|until|later)${S}(?:today|tonight)|(?:by${S})?(?:the${S})?end of (?:the |to)?day|(?:by${S})?EOD|(?:by${S})?close of business)${E}`,
      'giu',
    ),
    { type: 'relative', when: 'today' },
  ],
  [
    new RegExp(`${B}(?:by${S})?(?:the${S})?end of (?:the |this )?week${E}`, 'giu'),
    { type: 'relative', when: 'end-of-week' },
  ],
  [
    new RegExp(`${B}(?:by${S})?(?:the${S})?end of (?:the |this )?month${E}`, 'giu'),
    { type: 'relative', when: 'end-of-month' },
  ],
  [new RegExp(`${B}(?:(?:עד|לפני)${S})?מחר${E}`, 'gu'), { type: 'relative', when: 'tomorrow' }],
  [new RegExp(`${B}(?:עוד היום|עד סוף היום|במהלך היום|עד הערב)${E}`, 'gu'), { type: 'relative', when: 'today' }],
  [new RegExp(`${B}עד סוף השבוע${E}`, 'gu'), { type: 'relative', when: 'end-of-week' }],
  [new RegExp(`${B}עד סוף החודש${E}`, 'gu'), { type: 'relative', when: 'end-of-month' }],
  [new RegExp(`${B}(?:(?:до|к)${S})?завтра${E}`, 'giu'), { type: 'relative', when: 'tomorrow' }],
  [new RegExp(`${B}(?:(?:до|к)${S})?(?:сегодня|до конца дня)${E}`, 'giu'), { type: 'relative', when: 'today' }],
  [new RegExp(`${B}до конца недели${E}`, 'giu'), { type: 'relative', when: 'end-of-week' }],
  [new RegExp(`${B}до конца месяца${E}`, 'giu'), { type: 'relative', when: 'end-of-month' }],
];

/** Words that put a date in a deadline: "by Nov 20", "до 20 ноября", "עד 18 בנובמבר". */
const DATE_LEAD = new RegExp(
  String.raw`(?:${B}(?:by|before|until|till|on|no later than|до|к|не позднее|в срок до|עד|לפני)${S}|${B}ב[-־]?)$`,
  'iu',
);

/** `fold` is `foldForFilters(text)` when the caller has it already. */
export function findDeadlines(text: string, dates: readonly ExtractedFact[], fold?: string): DeadlinePhrase[] {
  const out: DeadlinePhrase[] = [];
  const folded = fold ?? foldForFilters(text);
  if (ANY_CLUE.test(folded)) findWordDeadlines(text, folded, out);
  for (const date of dates) {
    const lead = DATE_LEAD.exec(text.slice(Math.max(0, date.start - 20), date.start));
    if (!lead) continue;
    out.push({ start: date.start - lead[0].length, end: date.end, deadline: { type: 'date', date: date.value } });
  }
  return out;
}

/** Durations, weekdays and relative days ("within 5 days", "ביום שישי", "завтра"). */
function findWordDeadlines(text: string, folded: string, out: DeadlinePhrase[]): void {
  for (let r = 0; r < DURATION_RES.length; r += 1) {
    if (!holds(DURATION_CLUES[r] as Clue, folded)) continue;
    const re = DURATION_RES[r] as RegExp;
    for (let m = firstMatch(re, text); m; m = nextMatch(re, text, m)) {
      const [, low, high, word, qualifierOrUnit, maybeUnit] = m;
      const unitWord = maybeUnit ?? qualifierOrUnit ?? '';
      const qualifier = maybeUnit === undefined ? undefined : qualifierOrUnit;
      const unit = unitOf(unitWord, qualifier);
      if (!unit) continue;
      // Without a number only one unit is meant: "within the next hour", not "in days".
      if (low === undefined && word === undefined && /^[a-z]+s$/i.test(unitWord)) continue;
      const counted = high ?? low;
      const amount =
        counted !== undefined ? Number(counted) : word !== undefined ? NUMBER_WORDS.get(word.toLowerCase()) : 1;
      if (amount === undefined || amount <= 0) continue;
      const deadline: Deadline = { type: 'duration', amount: amount * unit.times, unit: unit.unit };
      out.push({ start: m.index, end: m.index + m[0].length, deadline });
    }
  }
  for (let r = 0; r < WEEKDAY_RES.length; r += 1) {
    if (!holds(WEEKDAY_CLUES[r] as Clue, folded)) continue;
    const re = WEEKDAY_RES[r] as RegExp;
    for (let m = firstMatch(re, text); m; m = nextMatch(re, text, m)) {
      const weekday = weekdayOf((m[1] ?? '').toLowerCase());
      if (weekday) out.push({ start: m.index, end: m.index + m[0].length, deadline: { type: 'weekday', weekday } });
    }
  }
  for (let r = 0; r < RELATIVE_RES.length; r += 1) {
    if (!holds(RELATIVE_CLUES[r] as Clue, folded)) continue;
    const [re, deadline] = RELATIVE_RES[r] as readonly [RegExp, Deadline];
    for (let m = firstMatch(re, text); m; m = nextMatch(re, text, m)) {
      out.push({ start: m.index, end: m.index + m[0].length, deadline });
    }
  }
}
