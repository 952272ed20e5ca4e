import { describe, expect, it } from 'vitest';
import {
  extractFacts,
  isValidDhl,
  isValidFedEx12,
  isValidFedEx15,
  isValidFedEx96,
  isValidRussianPost,
  isValidS10,
  isValidUps,
  isValidUsps,
  isNovaPoshtaShape,
  normaliseAmount,
  normaliseOrderNumber,
  trackingFormats,
  type ExtractedFact,
  type FactKind,
} from '@/lib/extract';

const of = (text: string, kind: FactKind): ExtractedFact[] => extractFacts(text).filter((f) => f.kind === kind);
const values = (text: string, kind: FactKind): string[] => of(text, kind).map((f) => f.value);

// Valid and invalid numbers from the tracking_number_data project's test lists, plus S10 and
// Russian Post numbers computed by hand from their published rules.
describe('check digits', () => {
  it.each(['1Z5R89390357567127', '1Z879E930346834440', '1Z410E7W0392751591', '1Z8V92A70367203024'])('UPS %s', (n) =>
    expect(isValidUps(n)).toBe(true),
  );
  it.each(['1Z5R89390357567128', '2Z5R89390357567127', '1Z1111111111111111', '1Z5R8939035756712'])('not UPS %s', (n) =>
    expect(isValidUps(n)).toBe(false),
  );
  it.each(['RB123456785GB', 'RR123456785IL', 'LZ409172335IL', 'RA123456785RU', 'EE302194510RU'])('S10 %s', (n) =>
    expect(isValidS10(n)).toBe(true),
  );
  it.each(['RB123456786US', 'RB123456785XX', 'RR123456784IL', 'R1123456785IL'])('not S10 %s', (n) =>
    expect(isValidS10(n)).toBe(false),
  );
  it.each([
    '9400111206206406260787',
    '9405803699300124287899',
    '9505511069605048600624',
    '03071790000523483741',
    '71123456789123456787',
    '420787459400111206206406260787',
  ])('USPS %s', (n) => expect(isValidUsps(n)).toBe(true));
  it.each(['9434611206206407667131', '03071790000523483742', '9400111206206406260788', '1234'])('not USPS %s', (n) =>
    expect(isValidUsps(n)).toBe(false),
  );
  it.each(['986578788855', '477179081230', '799531274483', '790535312317'])('FedEx Express %s', (n) =>
    expect(isValidFedEx12(n)).toBe(true),
  );
  it('FedEx Express with a wrong check digit', () => expect(isValidFedEx12('996578788855')).toBe(false));
  it('FedEx Ground 15 and 96', () => {
    expect(isValidFedEx15('041441760228964')).toBe(true);
    expect(isValidFedEx15('568283610012734')).toBe(true);
    expect(isValidFedEx15('568283610012732')).toBe(false);
    expect(isValidFedEx96('9611020987654312345672')).toBe(true);
    expect(isValidFedEx96('9600000000000000000001')).toBe(false);
  });
  it.each(['3318810025', '8487135506', '1099255990', '73891051146'])('DHL %s', (n) => expect(isValidDhl(n)).toBe(true));
  it.each(['3318810010', '3318810034', '331881002', 'abcdefghij'])('not DHL %s', (n) =>
    expect(isValidDhl(n)).toBe(false),
  );
  it('Russian Post 14 digits', () => {
    expect(isValidRussianPost('14102385026453')).toBe(true);
    expect(isValidRussianPost('80083266301520')).toBe(true);
    expect(isValidRussianPost('14102385026454')).toBe(false);
    expect(isValidRussianPost('1410238502645')).toBe(false);
  });
  it('Nova Poshta has a shape but no check digit', () => {
    expect(isNovaPoshtaShape('20450123456789')).toBe(true);
    expect(isNovaPoshtaShape('59000123456789')).toBe(true);
    expect(isNovaPoshtaShape('30450123456789')).toBe(false);
  });
  it('reports the formats a number fits', () => {
    expect(trackingFormats('1Z5R89390357567127')).toEqual(['ups']);
    expect(trackingFormats('RR123456785IL')).toEqual(['s10']);
    expect(trackingFormats('9400111206206406260787')).toContain('usps');
    expect(trackingFormats('12345')).toEqual([]);
  });
});

describe('tracking numbers in text', () => {
  it('needs no label for self-checking formats', () => {
    expect(values('Shipped as 1Z 5R8 939 03 5756 7127 today', 'tracking-number')).toEqual(['1Z5R89390357567127']);
    expect(values('Shipped as RR 123 456 785 IL', 'tracking-number')).toEqual(['RR123456785IL']);
    expect(values('USPS: 9400 1112 0620 6406 2607 87', 'tracking-number')).toEqual(['9400111206206406260787']);
  });
  it('rejects a wrong check digit', () => {
    expect(values('Shipped as 1Z5R89390357567128 today', 'tracking-number')).toEqual([]);
    expect(values('Tracking number RR123456784IL', 'tracking-number')).toEqual([]);
  });
  it('takes DHL, FedEx and Nova Poshta numbers only with a carrier or a label', () => {
    expect(values('Call me on 3318810025 please', 'tracking-number')).toEqual([]);
    expect(values('DHL sent it: 3318810025', 'tracking-number')).toEqual(['3318810025']);
    expect(values('The id is 986578788855', 'tracking-number')).toEqual([]);
    expect(values('FedEx 986578788855', 'tracking-number')).toEqual(['986578788855']);
    expect(values('Код 20450123456789', 'tracking-number')).toEqual([]);
    expect(values('Нова Пошта: 20450123456789', 'tracking-number')).toEqual(['20450123456789']);
  });
  it('keeps a labelled code of unknown format, unsure', () => {
    const [fact] = of('Amazon tracking ID: TBA123456789000', 'tracking-number');
    expect(fact?.value).toBe('TBA123456789000');
    expect(fact?.confidence).toBeLessThan(0.6);
  });
});

describe('Hebrew prefixes', () => {
  it.each([
    ['ושמי דנה, אשמח לעזור', 'דנה'],
    ['שלום, ושמי רונית.', 'רונית'],
    ['וכאן יוסי מהתמיכה', 'יוסי'],
    ['ומדברת רונית', 'רונית'],
  ])('%s → rep %s', (text, name) => expect(values(text, 'rep-name')).toEqual([name]));
  it.each([
    ['בהזמנה 845512 חסר פריט', '845512'],
    ['להזמנה 845512 אין חשבונית', '845512'],
    ['ולהזמנה מספר 845512 צורף קישור', '845512'],
    ['שבהזמנה 845512 יש טעות', '845512'],
    ['מההזמנה שלך, מספר 845512, בוטל פריט', '845512'],
    ['וכשההזמנה 845512 תגיע, עדכן אותנו', '845512'],
  ])('%s → order %s', (text, id) => expect(values(text, 'order-number')).toEqual([id]));
  it('reads a ticket behind a prefix and a Hebrew "number"', () => {
    expect(values('בפנייה מס׳ 4471 ציינת', 'ticket-number')).toEqual(['4471']);
    expect(values('ובקריאת שירות מספר 20331876', 'ticket-number')).toEqual(['20331876']);
  });
  it('reads amounts and dates after a prefix with a hyphen', () => {
    expect(values('שילמתי ב-149 ש"ח', 'amount')).toEqual(['149 ILS']);
    expect(values('ההזמנה בוצעה ב-18/11/2026', 'date')).toEqual(['2026-11-18']);
    expect(values('נשלח ב-12 בדצמבר', 'date')).toEqual(['--12-12']);
  });
  it('does not read "בבקשה" (please) as a request label', () => {
    expect(extractFacts('תן לי בבקשה 1234 דקות').filter((f) => f.kind === 'ticket-number')).toEqual([]);
  });
});

describe('Russian inflection', () => {
  it.each([
    ['Заказ 4512873 отправлен', '4512873'],
    ['Статус заказа 4512873', '4512873'],
    ['По заказу 4512873 оплата прошла', '4512873'],
    ['Письмо с номером заказа 4512873', '4512873'],
    ['В заказе № 4512873 две позиции', '4512873'],
    ['Что с моим заказом №4512873?', '4512873'],
    ['Номер вашего заказа — 4512873', '4512873'],
  ])('%s', (text, id) => expect(values(text, 'order-number')).toEqual([id]));
  it.each([
    ['Обращение №123456 закрыто', '123456'],
    ['Номер обращения: 123456', '123456'],
    ['По вашей заявке 123456 решение принято', '123456'],
    ['К заявке № 123456 приложен файл', '123456'],
  ])('%s', (text, id) => expect(values(text, 'ticket-number')).toEqual([id]));
  it('reads deadlines in any case', () => {
    const deadline = (t: string) => of(t, 'promise')[0]?.deadline;
    expect(deadline('Перезвоним в течение часа')).toEqual({ type: 'duration', amount: 1, unit: 'hour' });
    expect(deadline('Ответим в течение трёх рабочих дней')).toEqual({
      type: 'duration',
      amount: 3,
      unit: 'business-day',
    });
    expect(deadline('Вернём деньги в течение 10 дней')).toEqual({ type: 'duration', amount: 10, unit: 'day' });
    expect(deadline('Доставим к пятнице')).toEqual({ type: 'weekday', weekday: 'friday' });
    expect(deadline('Ответим до 20 ноября')).toEqual({ type: 'date', date: '--11-20' });
  });
});

describe('distractors are not order numbers', () => {
  it.each([
    'Call us at 054-1234567 about your order',
    'My phone is +972 54 123 4567',
    'Наш телефон +7 (495) 123-45-67, звоните по заказу',
    'Звоните 8-800-555-35-35',
    'Your order total is $59.99',
    'The order was placed on 18/11/2026',
    'Order date: 2026-11-18',
    'Shipping to ZIP 94105',
    'I ordered 2 items',
    'Your account number 88812345',
    'Card ending 4242, **** 4242',
    'Your order ships at 14:30',
    'Order placed in 2025',
    'You get 15% off your next order',
    'הזמנתי 3 יחידות',
    'המיקוד 6701101 וההזמנה בדרך',
    'Заказ на 3 490 ₽ оформлен 18.11.2026',
  ])('%s', (text) => {
    const ids = extractFacts(text).filter((f) => f.kind === 'order-number' || f.kind === 'tracking-number');
    expect(ids).toEqual([]);
  });
  it('unless a label says so', () => {
    expect(values('Order number: 0541234567', 'order-number')).toEqual(['0541234567']);
  });
});

describe('amounts', () => {
  it.each([
    ['$59.99', '59.99 USD'],
    ['USD 59.99', '59.99 USD'],
    ['59,99 €', '59.99 EUR'],
    ['₪149.90', '149.90 ILS'],
    ['149.90 ש"ח', '149.90 ILS'],
    ['149.90 ש״ח', '149.90 ILS'],
    ['150 שקלים', '150 ILS'],
    ['3 490 ₽', '3490 RUB'],
    ['3490 руб.', '3490 RUB'],
    ['1 200,50 грн', '1200.50 UAH'],
    ['£20', '20 GBP'],
    ['$1,249.50', '1249.50 USD'],
    ['1.234,56 EUR', '1234.56 EUR'],
    ['3\u00A0490\u00A0₽', '3490 RUB'],
  ])('%s → %s', (text, value) => {
    const [fact] = of(`paid ${text} today`, 'amount');
    expect(fact?.value).toBe(value);
    expect(`paid ${text} today`.slice(fact?.start, fact?.end)).toBe(text);
  });
  it('normalises numbers', () => {
    expect(normaliseAmount('1 200,50')).toBe('1200.50');
    expect(normaliseAmount('007')).toBe('7');
    expect(normaliseAmount('1,200')).toBe('1200');
  });
  it('ignores numbers without a currency', () => {
    expect(values('15% off, 2 items, 3490 points', 'amount')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['18/11/2026', '2026-11-18'],
    ['2026-11-18', '2026-11-18'],
    ['18.11.26', '2026-11-18'],
    ['Nov 18', '--11-18'],
    ['November 18th, 2026', '2026-11-18'],
    ['18 November', '--11-18'],
    ['18th of November 2026', '2026-11-18'],
    ['18 בנובמבר', '--11-18'],
    ['18 בנובמבר 2026', '2026-11-18'],
    ['18 ноября', '--11-18'],
    ['18 ноября 2026', '2026-11-18'],
  ])('%s → %s', (text, value) => expect(values(`on ${text} we`, 'date')).toEqual([value]));
  it('keeps the full stop of an abbreviated month only', () => {
    const spans = (t: string) => of(t, 'date').map((f) => t.slice(f.start, f.end));
    expect(spans('It arrives on 9 December.')).toEqual(['9 December']);
    expect(spans('It arrives on 9 Dec. 2026')).toEqual(['9 Dec. 2026']);
    expect(spans('It arrives on Dec. 9')).toEqual(['Dec. 9']);
  });
  it('rejects impossible dates, times, years and prices', () => {
    expect(values('31/02/2026, 14:30, 2026, 18.11 руб', 'date')).toEqual([]);
  });
  it('follows the date order of the locale for ambiguous dates', () => {
    expect(extractFacts('on 03/04/2026').map((f) => f.value)).toEqual(['2026-04-03']);
    expect(extractFacts('on 03/04/2026', { locale: 'en-US' }).map((f) => f.value)).toEqual(['2026-03-04']);
    expect(extractFacts('on 03/04/2026', { dateOrder: 'mdy' }).map((f) => f.value)).toEqual(['2026-03-04']);
    expect(extractFacts('on 25/04/2026', { dateOrder: 'mdy' }).map((f) => f.value)).toEqual(['2026-04-25']);
  });
  it('gives a year from the reference date', () => {
    expect(extractFacts('by Jan 3', { referenceDate: '2026-12-20' }).find((f) => f.kind === 'date')?.value).toBe(
      '2027-01-03',
    );
    expect(extractFacts('on Nov 18', { referenceDate: '2026-11-01' })[0]?.value).toBe('2026-11-18');
  });
});

describe('promises', () => {
  const deadline = (t: string) => of(t, 'promise').map((f) => f.deadline);
  it('carry a structured deadline', () => {
    expect(deadline('We will refund you within 5 business days.')).toEqual([
      { type: 'duration', amount: 5, unit: 'business-day' },
    ]);
    expect(deadline("We'll call you back within 24 hours")).toEqual([{ type: 'duration', amount: 24, unit: 'hour' }]);
    expect(deadline('You will receive it by Friday')).toEqual([{ type: 'weekday', weekday: 'friday' }]);
    expect(deadline('נחזור אלייך תוך 3 ימי עסקים')).toEqual([{ type: 'duration', amount: 3, unit: 'business-day' }]);
    expect(deadline('הזיכוי יתקבל תוך 14 יום')).toEqual([{ type: 'duration', amount: 14, unit: 'day' }]);
    expect(deadline('ניצור קשר עד יום ראשון')).toEqual([{ type: 'weekday', weekday: 'sunday' }]);
  });
  it('need a commitment, not just a duration', () => {
    expect(deadline('I have been waiting for 5 days')).toEqual([]);
    expect(deadline('Orders placed within 24 hours of launch got a discount')).toEqual([]);
    expect(deadline('Я жду уже 2 недели')).toEqual([]);
  });
  it('are not read inside an "if" clause', () => {
    expect(deadline('If you return it within 30 days we will refund you')).toEqual([]);
    expect(deadline('ההנחה תינתן אם תזמין עד 31.12.2026')).toEqual([]);
    expect(deadline('Если не поступят до 25.12.2026, напишите нам')).toEqual([]);
    expect(deadline('אם לא תקבל עד 20.12, פנה אלינו')).toEqual([]);
    expect(deadline('If you have questions, we will reply within 2 days')).toEqual([
      { type: 'duration', amount: 2, unit: 'day' },
    ]);
  });
  it('read a single unit without a number', () => {
    expect(deadline('You should receive it within the next hour')).toEqual([
      { type: 'duration', amount: 1, unit: 'hour' },
    ]);
    expect(deadline('We will answer in days')).toEqual([]);
  });
  it('span from the commitment to the deadline', () => {
    const text = 'OK. We will refund the full amount within 14 days. Anything else?';
    const [p] = of(text, 'promise');
    expect(text.slice(p?.start, p?.end)).toBe('will refund the full amount within 14 days');
    expect(p?.value).toBe('will refund the full amount within 14 days');
  });
});

describe('rep names', () => {
  it.each([
    ['my name is Dana', 'Dana'],
    ['This is Marcus from billing', 'Marcus'],
    ['Thanks!\n— Kate', 'Kate'],
    ["You're chatting with Ana", 'Ana'],
    ['שמי דנה', 'דנה'],
    ['מדבר יוסי', 'יוסי'],
    ['מדברת רונית', 'רונית'],
    ['כאן דנה', 'דנה'],
    ['נעים מאוד, אני יוסי', 'יוסי'],
    ['Меня зовут Ольга', 'Ольга'],
    ['С вами Дмитрий', 'Дмитрий'],
    ['Вас приветствует Анна', 'Анна'],
    ['на связи Игорь', 'Игорь'],
    ['оператор Мария', 'Мария'],
  ])('%s → %s', (text, name) => expect(values(text, 'rep-name')).toEqual([name]));
  it.each([
    'This is a known issue',
    "I'm sorry to hear that",
    'I am Unable to help',
    'אני מבין אותך',
    'כאן כדי לעזור',
    'על מה אתה מדבר?',
    'Вы общаетесь с оператором',
    'Это Москва, детка',
    'Оператор: Проверила, посылка вернулась',
    'Agent: Let me check that for you',
  ])('not in: %s', (text) => expect(values(text, 'rep-name')).toEqual([]));
  it('reads a speaker label only when the name stands alone', () => {
    expect(values('Agent: Tom\nHi there!', 'rep-name')).toEqual(['Tom']);
    expect(values('נציגה: שירה', 'rep-name')).toEqual(['שירה']);
  });
  it('prefers the strongest cue for the same name', () => {
    const text = '— שמי דנה\nHello';
    expect(of(text, 'rep-name').map((f) => text.slice(f.start, f.end))).toEqual(['דנה']);
  });
});

describe('output', () => {
  it('has spans in UTF-16 code units that hold the value', () => {
    const text = '😀👍🏽 Order #A-48213 for ₪149.90 — שמי דנה 👋 refund within 5 days, we will.';
    const facts = extractFacts(text);
    expect(facts.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['order-number', 'A-48213'],
      ['amount', '₪149.90'],
      ['rep-name', 'דנה'],
      ['promise', 'within 5 days, we will'],
    ]);
  });
  it('is sorted, de-duplicated and deterministic', () => {
    const text = 'Оператор Мария подключилась к чату. Order 12345, order 12345. $5 $5';
    const a = extractFacts(text);
    expect(extractFacts(text)).toEqual(a);
    expect([...a].sort((x, y) => x.start - y.start)).toEqual(a);
    expect(a.filter((f) => f.kind === 'rep-name')).toHaveLength(1);
    const keys = a.map((f) => `${f.kind}|${f.value}|${f.start}|${f.end}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('normalises order numbers', () => {
    expect(normaliseOrderNumber('#ab-123')).toBe('AB-123');
    expect(normaliseOrderNumber('№ 55–20')).toBe('55-20');
    expect(normaliseOrderNumber('ב-12345')).toBe('12345');
  });
});

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Extracts, and throws if a span falls outside the text (one check per text, not per fact). */
function checkSpans(text: string): void {
  const bad = extractFacts(text).filter((f) => !(f.start >= 0 && f.end <= text.length && f.start < f.end));
  if (bad.length > 0) throw new Error(`spans outside the text: ${JSON.stringify(bad.slice(0, 3))}`);
}

describe('hostile input', () => {
  it('never throws on odd values', () => {
    for (const value of ['', ' ', '\u0000', '\uD800', '\uDC00abc\uD800', '#', '№', '$', '1Z', 'ש"ח', '—']) {
      expect(() => checkSpans(value)).not.toThrow();
    }
    expect(extractFacts(undefined as unknown as string)).toEqual([]);
    expect(extractFacts(42 as unknown as string)).toEqual([]);
    expect(extractFacts('order 12345', null as unknown as undefined)).toHaveLength(1);
  });

  it('never throws on random junk, binary or lone surrogates', () => {
    const alphabet = [
      ...'0123456789 0123456789     abcXYZ1Z#№$€₪₽.,:;/-—–\'"()\n\t',
      ...'שמיהזמנהמספרתוךימי',
      ...'заказномерчерезднейОльга',
      '\uD800',
      '\uDFFF',
      '😀',
      '\u0000',
      '\uFFFF',
      'ש"ח',
      'order #',
      'tracking ',
      'within 5 days ',
      'we will ',
    ];
    const next = random(7);
    for (let round = 0; round < 300; round += 1) {
      let text = '';
      const length = Math.floor(next() * 200);
      for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(() => checkSpans(text)).not.toThrow();
    }
    const bytes = Array.from({ length: 4096 }, () => String.fromCharCode(Math.floor(next() * 65536))).join('');
    expect(() => checkSpans(bytes)).not.toThrow();
  });

  // Each of these would take minutes with a backtracking regex; they take about a second. The
  // generous timeout only keeps a slow CI machine from failing them; it is not a speed assertion.
  it.each([
    ['digits', () => '1'.repeat(1 << 20)],
    ['digits and spaces', () => '12 '.repeat(350_000)],
    ['grouped digits', () => '123 456 '.repeat(131_072)],
    ['letters', () => 'a'.repeat(1 << 20)],
    ['capitalised words', () => 'Kate Dana '.repeat(100_000)],
    ['Hebrew', () => 'ושמי דנה בהזמנה '.repeat(65_536)],
    ['labels without numbers', () => 'order number is #'.repeat(60_000)],
    ['promises', () => 'we will refund within 5 business days. '.repeat(27_000)],
    ['mixed', () => 'Order #12345 $59.99 18/11/2026 1Z5R89390357567127 '.repeat(20_000)],
    ['dotted digits', () => '1.1.1.1,1,1 '.repeat(90_000)],
  ])(
    'a 1 MB line of %s',
    (_name, make) => {
      const text = make();
      expect(() => checkSpans(text)).not.toThrow();
    },
    60_000,
  );
});
