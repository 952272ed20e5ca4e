import type { DetectedSpan } from './kinds';
import { NUMBER_END, digitsOnly, matchesOf } from './number-bounds';

const PHONE_CANDIDATE = String.raw`(?<![\p{L}\p{N}_+]|\p{N}[.,\-/])(?:\+ ?)?(?:\(\d{1,4}\)|\d{1,5})(?:[ .\-]?(?:\(\d{1,4}\)|\d{1,5})){1,6}`;
const US_GROUPING = /^(?:1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;

/**
 * Whether a run of digits and separators is written as a phone number:
 * - international: "+" or "00", then 8–15 digits (any country);
 * - with a trunk 0 (Israel 0X/05X, UK 01/02/07, Ukraine 0XX, most of the EU): 9–11 digits;
 * - Russia: 8 or 7, then 3/4/8/9, 11 digits, written in groups or starting 89/79;
 * - US: 3-3-4 in groups, "(212) 555-0182", optionally after 1; the area and exchange start 2–9.
 * Plain runs of digits of other shapes (order numbers, amounts, dates) are not phones.
 */
function isPhone(raw: string): boolean {
  const digits = digitsOnly(raw);
  const grouped = /[ .\-()]/.test(raw);
  if (raw.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  if (digits.startsWith('00')) return digits.length >= 10 && digits.length <= 17;
  if (digits.startsWith('0')) return digits.length >= 9 && digits.length <= 11;
  if (/^[78][3489]/.test(digits) && digits.length === 11) return grouped || /^[78]9/.test(digits);
  if (US_GROUPING.test(raw)) {
    const local = digits.length === 11 ? digits.slice(1) : digits;
    return /^[2-9]\d{2}[2-9]/.test(local);
  }
  return false;
}

export function detectPhones(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of matchesOf(`${PHONE_CANDIDATE}${NUMBER_END}`, text)) {
    const raw = m[0].trimEnd();
    if (isPhone(raw)) out.push({ kind: 'phone', start: m.index, end: m.index + raw.length });
  }
  return out;
}

const EMAIL = String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}])`;

export function detectEmails(text: string): DetectedSpan[] {
  return [...matchesOf(EMAIL, text)].map((m) => ({
    kind: 'email' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
