import { describe, expect, it } from 'vitest';
import {
  israeliIdValid,
  luhnValid,
  russianPersonalInnValid,
  snilsValid,
  ukNinoValid,
  ukrainianRnokppValid,
  usSsnValid,
} from '@/lib/dossier/redact/checksums';
import { detectSpans, findSelected } from '@/lib/dossier/redact/detect';
import type { DetectedKind } from '@/lib/dossier/redact/kinds';
import { redactionMarkers } from '@/lib/dossier/redact/markers';
import { redactText } from '@/lib/dossier/redact/redact-text';

/** What the detectors find in `text`, as [kind, exact text] pairs. */
const found = (text: string, kinds?: DetectedKind[]) =>
  detectSpans(text, kinds).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('check digits', () => {
  it('Luhn accepts test card numbers and refuses a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('5555555555554444')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('Israeli ID: 9 digits, and the same number with its leading zeros dropped', () => {
    expect(israeliIdValid('123456782')).toBe(true);
    expect(israeliIdValid('123456789')).toBe(false);
    expect(israeliIdValid('012345674')).toBe(true);
    expect(israeliIdValid('12345674')).toBe(true);
    expect(israeliIdValid('1234566')).toBe(true);
    expect(israeliIdValid('1234567')).toBe(false);
    expect(israeliIdValid('000000000')).toBe(false);
  });
  it('US SSN ranges, UK NINO letters, Russian INN and SNILS, Ukrainian RNOKPP', () => {
    expect(usSsnValid('123456789')).toBe(true);
    for (const bad of ['000456789', '666456789', '900456789', '123006789', '123450000'])
      expect(usSsnValid(bad)).toBe(false);
    expect(ukNinoValid('AB123456C')).toBe(true);
    for (const bad of ['AB123456E', 'GB123456A', 'DA123456A', 'AO123456A']) expect(ukNinoValid(bad)).toBe(false);
    expect(russianPersonalInnValid('500100732259')).toBe(true);
    expect(russianPersonalInnValid('500100732258')).toBe(false);
    expect(snilsValid('11223344595')).toBe(true);
    expect(snilsValid('11223344596')).toBe(false);
    expect(snilsValid('00100199800')).toBe(false);
    expect(ukrainianRnokppValid('3012345670')).toBe(true);
    expect(ukrainianRnokppValid('3012345671')).toBe(false);
  });
});

describe('card numbers', () => {
  it('finds them in groups or whole, in every language', () => {
    expect(found('card 4111 1111 1111 1111, thanks')).toEqual([['card', '4111 1111 1111 1111']]);
    expect(found('כרטיס 5555-5555-5555-4444 בבקשה')).toEqual([['card', '5555-5555-5555-4444']]);
    expect(found('карта 378282246310005.')).toEqual([['card', '378282246310005']]);
  });
  it('leaves order numbers of the same shape that fail Luhn, and longer numbers', () => {
    expect(found('order 4111 1111 1111 1112')).toEqual([]);
    expect(found('заказ 5555-5555-5555-4445')).toEqual([]);
    expect(found('ref 41111111111111110000')).toEqual([]);
    expect(found('tracking 9111111111111111')).toEqual([]);
  });
});

describe('national ID numbers', () => {
  it('Israeli: 9 digits anywhere; 8 or 7 only after an ID word', () => {
    expect(found('מספר 123456782 בבקשה')).toEqual([['national-id', '123456782']]);
    expect(found('ת"ז 12345674')).toEqual([['national-id', '12345674']]);
    expect(found('ID: 1234566')).toEqual([['national-id', '1234566']]);
    expect(found('תעודת זהות 12345674-')).toEqual([['national-id', '12345674']]);
  });
  it('Israeli traps: a failing check, a short number without a cue, part of a longer number', () => {
    expect(found('order 123456789')).toEqual([]);
    expect(found('order 12345674 shipped')).toEqual([]);
    expect(found('הזמנה 1234566')).toEqual([]);
    expect(found('ref 2026-123456782')).toEqual([]);
  });
  it('US, UK, Russian and Ukrainian numbers with their checks', () => {
    expect(found('SSN 123-45-6789')).toEqual([['national-id', '123-45-6789']]);
    expect(found('SSN 666-45-6789')).toEqual([]);
    expect(found('NI number AB 12 34 56 C.')).toEqual([['national-id', 'AB 12 34 56 C']]);
    expect(found('NI number GB123456A')).toEqual([]);
    expect(found('ИНН 500100732259')).toEqual([['national-id', '500100732259']]);
    expect(found('номер заказа 500100732258')).toEqual([]);
    expect(found('СНИЛС 112-233-445 95')).toEqual([['national-id', '112-233-445 95']]);
    expect(found('СНИЛС 112-233-445 96')).toEqual([]);
    expect(found('мій ІПН 3012345670')).toEqual([['national-id', '3012345670']]);
    expect(found('замовлення 3012345670')).toEqual([]);
  });
});

describe('phone numbers', () => {
  const phones = [
    '+972 54-123-4567',
    '050-1234567',
    '03-1234567',
    '+1 (212) 555-0182',
    '(212) 555-0182',
    '212-555-0182',
    '07700 900123',
    '020 7946 0958',
    '+44 20 7946 0958',
    '+7 916 123-45-67',
    '8 (495) 123-45-67',
    '+380 44 123 4567',
    '067 123 45 67',
    '+49 30 1234567',
    '0049 30 1234567',
  ];
  it.each(phones)('finds %s', (phone) => {
    expect(found(`call ${phone} today`)).toEqual([['phone', phone]]);
    expect(found(`התקשרו ${phone}`)).toEqual([['phone', phone]]);
    expect(found(`звоните: ${phone}.`)).toEqual([['phone', phone]]);
  });
  it('leaves dates, amounts, times, order numbers and plain digit runs', () => {
    for (const text of [
      'on 2026-11-22',
      'on 22.11.2026',
      'on 11/22/2026',
      'сумма 1 234 567 руб.',
      'at 14:03',
      'order A-48213',
      'order 1234567890',
      '$59.99 within 5 business days',
      'version 1.2.3.4',
    ]) {
      expect(found(text, ['phone'])).toEqual([]);
    }
  });
});

describe('e-mail addresses', () => {
  it('finds plain and international addresses', () => {
    expect(found('write to dana.cohen+x@mail.example.co.il!')).toEqual([['email', 'dana.cohen+x@mail.example.co.il']]);
    expect(found('пишите иван@пример.рф')).toEqual([['email', 'иван@пример.рф']]);
    expect(found('כתבו support@acme.example.')).toEqual([['email', 'support@acme.example']]);
  });
  it('leaves handles and addresses without a domain', () => {
    expect(found('@dana and user@localhost and a@b.c')).toEqual([]);
  });
});

describe('street addresses', () => {
  it('finds a number with a street word in English, Hebrew, Russian and Ukrainian', () => {
    expect(found('ship to 221B Baker Street, Flat 3 please')).toEqual([['address', '221B Baker Street, Flat 3']]);
    expect(found('1600 Pennsylvania Avenue NW')).toEqual([['address', '1600 Pennsylvania Avenue NW']]);
    expect(found('גר ברחוב הרצל 12')).toEqual([]);
    expect(found('הכתובת: רחוב הרצל 12 דירה 4')).toEqual([['address', 'רחוב הרצל 12 דירה 4']]);
    expect(found("רח' בן יהודה 34")).toEqual([['address', "רח' בן יהודה 34"]]);
    expect(found('адрес: ул. Ленина, д. 5, кв. 12')).toEqual([['address', 'ул. Ленина, д. 5, кв. 12']]);
    expect(found('вул. Хрещатик, 22')).toEqual([['address', 'вул. Хрещатик, 22']]);
  });
  it('leaves numbers with ordinary words (what it misses is documented)', () => {
    expect(found('refund within 5 business days', ['address'])).toEqual([]);
    expect(found('I called 3 times on Main', ['address'])).toEqual([]);
    expect(found('Herzl 12, Tel Aviv', ['address'])).toEqual([]);
    expect(found('в течение 5 рабочих дней', ['address'])).toEqual([]);
  });
});

describe('redacting text', () => {
  const rules = (over: Partial<Parameters<typeof redactText>[1]> = {}) => ({
    kinds: ['card', 'national-id', 'phone', 'email', 'address'] as DetectedKind[],
    keep: [],
    selected: [],
    markers: redactionMarkers('en').kinds,
    ...over,
  });
  it('replaces each span by its marker, in the export language, and counts them', () => {
    const text = 'Card 4111 1111 1111 1111, phone 050-1234567, mail a@b.example.';
    expect(redactText(text, rules())).toEqual({
      text: 'Card [card number removed], phone [phone number removed], mail [e-mail removed].',
      counts: { card: 1, phone: 1, email: 1 },
    });
    expect(redactText(text, rules({ markers: redactionMarkers('he').kinds })).text).toContain('[מספר כרטיס הוסר]');
    expect(redactText(text, rules({ markers: redactionMarkers('ru').kinds })).text).toContain('[номер карты удалён]');
  });
  it('keeps what the user unticked and kinds switched off, removes what they chose', () => {
    const text = 'Dana at 050-1234567 or 03-1234567, a@b.example';
    expect(redactText(text, rules({ keep: ['03-1234567'], kinds: ['phone'], selected: ['Dana'] })).text).toBe(
      '[removed] at [phone number removed] or 03-1234567, a@b.example',
    );
  });
  it('finds every occurrence of chosen text, longest first', () => {
    expect(findSelected('Kiryat Ono, Ono, Kiryat Ono', ['Ono', 'Kiryat Ono']).map((s) => [s.start, s.end])).toEqual([
      [0, 10],
      [12, 15],
      [17, 27],
    ]);
  });
});

describe('hostile input', () => {
  // No timed assertion (speed is measured in bench/): a pattern that backtracks, quadratic or
  // worse, runs for minutes on 200,000 characters, far past the test's time budget, while a
  // linear scan takes milliseconds.
  it('long runs of digits, separators and street words are scanned, with spans inside the text', () => {
    for (const text of [
      '1'.repeat(200_000),
      '1 '.repeat(100_000),
      '(1)-'.repeat(50_000),
      'ул. '.repeat(50_000),
      'a@'.repeat(100_000),
    ]) {
      for (const span of detectSpans(text)) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});
