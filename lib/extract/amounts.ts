import { firstMatch, foldForFilters, nextMatch } from './text';
import type { ExtractedFact } from './types';

/** Currency signs, codes and words → ISO 4217. Checked in order, so longer spellings come first. */
const CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/^(?:US\$|\$|usd|dollars?|bucks|долл(?:ар(?:а|ов|ы)?|\.)|דולר(?:ים)?)$/i, 'USD'],
  [/^(?:€|eur|euros?|евро|אירו|יורו)$/i, 'EUR'],
  [/^(?:£|gbp|фунт(?:а|ов)?(?: стерлингов)?)$/i, 'GBP'],
  [/^(?:₪|ils|nis|shekels?|sheqels?|ש"ח|ש״ח|ש''ח|ש׳׳ח|שקלים|שקל|шекел(?:ь|я|ей))$/i, 'ILS'],
  [/^(?:₽|rub|rur|roubles?|rubles?|руб(?:л(?:ь|я|ей))?\.?|р\.)$/i, 'RUB'],
  [/^(?:₴|uah|hryvnias?|hryvnia|грн\.?|гривн(?:а|ы|ей|у)|гривен|гривень)$/i, 'UAH'],
];

// A number: grouped thousands ("1 200", "1,234", "1.234") or plain digits, then up to two decimals.
// Every quantifier is bounded, so no start position costs more than a few dozen steps.
const NUM = String.raw`(?:\d{1,3}(?:[ \u00A0\u202F,.]\d{3}){1,4}|\d{1,12})(?:[.,]\d{1,2})?`;
const SIGN_BEFORE = String.raw`US\$|\$|€|£|₪|₽|₴|USD|EUR|GBP|ILS|NIS|RUB|UAH`;
const WORD_AFTER =
  String.raw`[$€£₪₽₴]|USD|EUR|GBP|ILS|NIS|RUB|RUR|UAH|dollars?|bucks|euros?|shekels?|roubles?|rubles?|hryvnias?|` +
  String.raw`ש"ח|ש״ח|ש''ח|ש׳׳ח|שקלים|שקל|דולרים|דולר|אירו|יורו|` +
  String.raw`рублей|рубля|рубль|руб\.?|р\.|грн\.?|гривн[аыеу]й?|гривен|гривень|долларов|доллара|доллары|доллар|долл\.|евро|фунтов|фунта|фунт|шекелей|шекеля|шекель`;

const BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${SIGN_BEFORE})[ \u00A0\u202F]?(${NUM})(?![\p{N}]|[.,]\d)`,
  'gu',
);
const AFTER_RE = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}.,])(${NUM})[ \u00A0\u202F]?(${WORD_AFTER})(?![\p{L}\p{N}])`,
  'giu',
);

export function currencyCode(word: string): string | undefined {
  for (const [re, code] of CURRENCIES) if (re.test(word)) return code;
  return undefined;
}

/** "1 200,50" → "1200.50"; "1,234.56" → "1234.56"; "1.200" → "1200"; "59,99" → "59.99". */
export function normaliseAmount(raw: string): string | undefined {
  const compact = raw.replace(/[ \u00A0\u202F]/g, '');
  const m = /^(.*?)(?:([.,])(\d{1,2}))?$/.exec(compact);
  if (!m) return undefined;
  const whole = (m[1] ?? '').replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return undefined;
  const int = whole.replace(/^0+(?=\d)/, '');
  return m[3] === undefined ? int : `${int}.${m[3]}`;
}

function push(facts: ExtractedFact[], number: string, currency: string, start: number, end: number): void {
  const code = currencyCode(currency);
  const amount = normaliseAmount(number);
  if (!code || amount === undefined) return;
  facts.push({ kind: 'amount', value: `${amount} ${code}`, confidence: 0.9, start, end });
}

// Necessary conditions: a currency sign or code (case-sensitive) before, a currency word after.
const SIGN_CLUE = /[$€£₪₽₴]|USD|EUR|GBP|ILS|NIS|RUB|UAH/;
const WORD_CLUE =
  /[$€£₪₽₴]|usd|eur|gbp|ils|nis|rub|rur|uah|dollar|buck|euro|shekel|rouble|ruble|hryvnia|ש"ח|ש״ח|ש''ח|ש׳׳ח|שקל|דולר|אירו|יורו|руб|р\.|грн|гривн|гривен|долл|евро|фунт|шекел/;

/** `fold` is `foldForFilters(text)` when the caller has it already. */
export function findAmounts(text: string, fold?: string): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  if (!/\d/.test(text)) return facts;
  // Every sign and code of SIGN_CLUE is, lower-cased, among WORD_CLUE's words.
  if (!WORD_CLUE.test(fold ?? foldForFilters(text))) return facts;
  if (SIGN_CLUE.test(text)) {
    for (let m = firstMatch(BEFORE_RE, text); m; m = nextMatch(BEFORE_RE, text, m)) {
      push(facts, m[2] ?? '', m[1] ?? '', m.index, m.index + m[0].length);
    }
  }
  for (let m = firstMatch(AFTER_RE, text); m; m = nextMatch(AFTER_RE, text, m)) {
    push(facts, m[1] ?? '', m[2] ?? '', m.index, m.index + m[0].length);
  }
  return facts;
}
