/** Text generators for the extractor fuzz target: any UTF-16, and near-misses of real patterns. */
import fc from 'fast-check';
import { LABELS } from '@/lib/extract/labels';
import { TRIGGER_CLUE_WORDS } from '@/lib/extract/rep-names';

/** Any UTF-16 code unit, lone surrogates included. */
export const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const WORDS = [
  ...LABELS.keys(),
  ...TRIGGER_CLUE_WORDS,
  // English
  'order',
  'number',
  'is',
  'your',
  'we',
  "we'll",
  'will',
  'refund',
  'within',
  'business',
  'days',
  'by',
  'until',
  'on',
  'before',
  'tomorrow',
  'Friday',
  'end of the week',
  'if',
  'unless',
  'my name is',
  'this is',
  'Dana',
  'regards',
  'agent',
  'Nov',
  'November',
  'may',
  'Sept.',
  'March',
  '18th',
  'of',
  'tracking',
  'UPS',
  'FedEx',
  'USPS',
  'DHL',
  'Israel Post',
  'Nova Poshta',
  'dollars',
  'euros',
  'bucks',
  'shekels',
  'USD',
  'EUR',
  'NIS',
  // Hebrew
  'הזמנה',
  'מספר',
  'שלך',
  'נחזור',
  'אליך',
  'תוך',
  'יומיים',
  'ימי עסקים',
  'עד',
  'יום',
  'ראשון',
  'נובמבר',
  'ש"ח',
  'ש״ח',
  'שקלים',
  'דואר ישראל',
  'שמי',
  'דנה',
  'אם',
  'ב-',
  'ל',
  'מ',
  // Russian
  'заказ',
  'номер',
  'вашего',
  'вернём',
  'вернем',
  'до',
  'ноября',
  'дек.',
  'в течение',
  'рабочих дней',
  'суток',
  'меня зовут',
  'Анна',
  'с вами',
  'если',
  'руб.',
  'р.',
  'грн',
  'гривен',
  'Почта России',
  'Новая Почта',
  'ТТН',
  'трек-номер',
  'обращение',
  'к',
  'по',
];

const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '\u00A0',
  '\u202F',
  ', ',
  '. ',
  '.',
  ',',
  ':',
  ': ',
  '\n',
  '\r\n',
  '\t',
  '-',
  '–',
  '־',
  '/',
  '#',
  '№',
  '+',
  '(',
  ')',
  '"',
  "'",
  '’',
  '\u200B',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202E',
  '\u2066',
  '\uFEFF',
  '!',
  '?',
  ';',
  '—',
];

const CURRENCY = ['$', 'US$', '€', '£', '₪', '₽', '₴', 'USD', 'EUR', 'GBP', 'ILS', 'NIS', 'RUB', 'UAH', 'грн.'];

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** Numbers in the shapes the extractors look for: identifiers, grouped thousands, dates, tracking. */
const numberish = fc.oneof(
  digits(1, 4),
  digits(5, 12),
  digits(10, 34),
  fc
    .tuple(
      digits(1, 3),
      fc.constantFrom(' ', ',', '.', '\u00A0', '\u202F'),
      digits(3, 3),
      fc.constantFrom('', ',50', '.5', '.99'),
    )
    .map((p) => p.join('')),
  fc
    .tuple(
      digits(1, 2),
      fc.constantFrom('.', '/', '-'),
      digits(1, 2),
      fc.constantFrom('.', '/', '-', ''),
      fc.constantFrom('', '2026', '26', '1999', '0000', '9999'),
    )
    .map((p) => p.join('')),
  fc.tuple(fc.constantFrom('2026', '2025', '0000', '9999'), digits(1, 2), digits(1, 2)).map((p) => p.join('-')),
  fc.array(digits(1, 6), { minLength: 2, maxLength: 8 }).map((g) => g.join(' ')),
  fc.tuple(fc.constantFrom('1Z', '1z', '1 Z', '1Zſ'), fc.stringMatching(/^[0-9A-Z ]{14,18}$/)).map((p) => p.join('')),
  fc
    .tuple(fc.stringMatching(/^[A-Z]{2}$/), digits(9, 9), fc.constantFrom('IL', 'RU', 'US', 'CN', 'ıl'))
    .map((p) => p.join('')),
  fc
    .tuple(fc.stringMatching(/^[A-Za-z]{1,4}$/), fc.constantFrom('-', '‐', '‑', '–', ''), digits(2, 8))
    .map((p) => p.join('')),
  fc.tuple(fc.constantFrom('ב-', 'ה-', 'ו־', 'מה-'), digits(4, 9)).map((p) => p.join('')),
  // Non-ASCII digits: Arabic-Indic, full-width, Devanagari.
  fc.array(fc.constantFrom('٣', '٤', '５', '７', '३', '𝟗'), { minLength: 1, maxLength: 8 }).map((d) => d.join('')),
);

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 5, arbitrary: numberish },
  { weight: 2, arbitrary: fc.constantFrom(...CURRENCY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Words, numbers and signs of the extractors' own languages, with random separators between. */
export const nearMissText = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 24 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

const CUES = [
  "We'll",
  'we will',
  'I will',
  'You should receive it',
  'נחזור אליך',
  'הכסף יוחזר',
  'вернём деньги',
  'Мы перезвоним',
  'It is going to arrive',
  'expect it',
];
const DEADLINES = [
  'within 5 business days',
  'in 3-5 days',
  'by Friday',
  'by 18/11',
  'tomorrow',
  'by the end of the week',
  'on Nov 20th',
  'до 20 ноября',
  'в течение 3 рабочих дней',
  'до 25.12',
  'в течение суток',
  'завтра',
  'תוך יומיים',
  'עד יום ראשון',
  'תוך 14 ימי עסקים',
  'עד 20.11',
  'מחר',
];
const NAMES = [
  'my name is Dana',
  "Hi, I'm Mike from billing",
  'This is Olga Petrova',
  'Regards, John Smith',
  'Agent: Sarah',
  'меня зовут Анна',
  'С вами на связи Игорь',
  'שמי דנה',
  'כאן יוסי',
  'Dana has joined the chat',
  '— Maria',
];
const FACTS = [
  'order #AB-12345',
  'заказ № 5531209',
  'הזמנה מספר 778812',
  'ticket 99123',
  'tracking number 1Z999AA10123456784',
  'RR123456785IL',
  '9400 1112 0620 6406 2607 87',
  '$1,234.50',
  '1 200,50 грн',
  '₪ 99.90',
  '59,99 €',
  '300 ש"ח',
  '18.11.2026',
  '2026-11-18',
  '03/04/26',
  '20 ноября 2026',
  '5 במרץ',
];

/** Real phrases, mutated: characters inserted, replaced or removed at random places. */
const templated = fc
  .tuple(
    fc.array(fc.constantFrom(...CUES, ...DEADLINES, ...NAMES, ...FACTS), { minLength: 1, maxLength: 6 }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.oneof(fc.constantFrom(...SEPARATORS), fc.string({ unit: anyUnit, maxLength: 2 })),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([phrases, edits]) => {
    let text = phrases.join(' ');
    for (const [at, remove, insert] of edits) {
      const i = text.length === 0 ? 0 : at % text.length;
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return text;
  });

/** Any text: full Unicode, lone surrogates, near-misses and mutated real phrases. */
export const fuzzText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 3, arbitrary: nearMissText },
  { weight: 3, arbitrary: templated },
);
