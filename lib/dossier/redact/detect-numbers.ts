import {
  israeliIdValid,
  luhnValid,
  russianPersonalInnValid,
  snilsValid,
  ukNinoValid,
  ukrainianRnokppValid,
  usSsnValid,
} from './checksums';
import type { DetectedSpan, NationalIdScheme } from './kinds';
import { NUMBER_END, NUMBER_START, digitsOnly, matchesOf } from './number-bounds';

/**
 * Card numbers: 13–19 digits, single spaces or dashes between groups allowed, a first digit that
 * card schemes use (2–6: Mir, Amex/JCB/Diners, Visa, Mastercard, Discover/UnionPay), and the Luhn
 * check. An order number of the same shape fails Luhn nine times in ten and is left alone.
 */
export function detectCards(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of matchesOf(`${NUMBER_START}(?<!\\+)[2-6](?:[ \\-]?\\d){12,18}${NUMBER_END}`, text)) {
    const digits = digitsOnly(m[0]);
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) {
      out.push({ kind: 'card', start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Words that say an identity or tax number follows (he, en, ru, uk), within a few words before it. */
const ID_CUE =
  /(ת\.?\s?ז\.?|ת"ז|תעודת\s+זהות|מספר\s+זהות|\bID\b|identity|teudat|удостоверени|паспорт|ИНН|РНОКПП|ІПН|ідентифікаційн|податков|tax)[^\n]{0,24}$/iu;

const hasCue = (text: string, index: number) => ID_CUE.test(text.slice(Math.max(0, index - 48), index));

function national(scheme: NationalIdScheme, start: number, length: number): DetectedSpan {
  return { kind: 'national-id', scheme, start, end: start + length };
}

/**
 * National numbers whose validity we can check:
 * - Israeli ID: 9 digits (or 8 + "-" + check digit) passing the check digit; 7 or 8 digits (leading
 *   zeros dropped) only after a word such as ת"ז or "ID", since one short number in ten passes.
 * - US SSN: 3-2-4 with dashes or spaces, within the ranges ever issued.
 * - UK NINO: two allocated prefix letters, six digits, suffix A–D (spaces between pairs allowed).
 * - Russian INN of a person: 12 digits, both check digits. SNILS: "123-456-789 01" with its check.
 * - Ukrainian RNOKPP: 10 digits with its check, only after a cue word (ІПН, РНОКПП, податковий…),
 *   since ten-digit phone and order numbers are common.
 */
export function detectNationalIds(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of matchesOf(`${NUMBER_START}(\\d{7,9}|\\d{6,8}-\\d)${NUMBER_END}`, text)) {
    const digits = digitsOnly(m[0]);
    if (!israeliIdValid(digits)) continue;
    if (digits.length === 9 || hasCue(text, m.index)) out.push(national('il-id', m.index, m[0].length));
  }
  for (const m of matchesOf(`${NUMBER_START}\\d{3}([\\- ])\\d{2}\\1\\d{4}${NUMBER_END}`, text)) {
    if (usSsnValid(digitsOnly(m[0]))) out.push(national('us-ssn', m.index, m[0].length));
  }
  for (const m of matchesOf(
    String.raw`(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])`,
    text,
  )) {
    if (ukNinoValid(m[0].replace(/ /g, '').toUpperCase())) out.push(national('uk-nino', m.index, m[0].length));
  }
  for (const m of matchesOf(`${NUMBER_START}\\d{12}${NUMBER_END}`, text)) {
    if (russianPersonalInnValid(m[0])) out.push(national('ru-inn', m.index, m[0].length));
  }
  for (const m of matchesOf(`${NUMBER_START}\\d{3}-\\d{3}-\\d{3}[ \\-]\\d{2}${NUMBER_END}`, text)) {
    if (snilsValid(digitsOnly(m[0]))) out.push(national('ru-snils', m.index, m[0].length));
  }
  for (const m of matchesOf(`${NUMBER_START}\\d{10}${NUMBER_END}`, text)) {
    if (ukrainianRnokppValid(m[0]) && hasCue(text, m.index)) out.push(national('ua-rnokpp', m.index, m[0].length));
  }
  return out;
}
