/**
 * Check digits of parcel tracking numbers. Each function takes the compact number (no spaces,
 * upper case) and returns false for anything malformed instead of throwing.
 * Sources: the tracking_number_data project (github.com/jkeen/tracking_number_data), the UPU S10
 * standard, and Russian Post's barcode rules.
 */

function isDigits(s: string): boolean {
  return /^\d+$/.test(s);
}

/**
 * GS1 mod 10: from the right of the payload, weights 3, 1, 3, 1 …; the check digit makes the sum a
 * multiple of 10. USPS (20–34 digits), FedEx Ground (15), SSCC-18 and Russian Post (14) use it.
 */
export function gs1CheckDigit(payload: string): number {
  let sum = 0;
  for (let i = payload.length - 1, w = 3; i >= 0; i -= 1, w = 4 - w) sum += (payload.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10;
}

export function isValidGs1(digits: string): boolean {
  if (digits.length < 2 || !isDigits(digits)) return false;
  return gs1CheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** UPS "1Z" + 15 letters/digits + check digit; letters count as (code − 3) mod 10, odd places doubled. */
export function isValidUps(s: string): boolean {
  if (!/^1Z[0-9A-Z]{15}\d$/.test(s)) return false;
  const payload = s.slice(2, 17);
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    const code = payload.charCodeAt(i);
    const value = code >= 48 && code <= 57 ? code - 48 : (code - 3) % 10;
    sum += i % 2 === 1 ? value * 2 : value;
  }
  return (10 - (sum % 10)) % 10 === Number(s[17]);
}

/** UPU S10: two letters, 8 digits, check digit (weights 8 6 4 2 3 5 9 7, mod 11), ISO country. */
export function isValidS10(s: string): boolean {
  const m = /^[A-Z]{2}(\d{8})(\d)([A-Z]{2})$/.exec(s);
  if (!m || !m[1] || !m[3] || !COUNTRIES.has(m[3])) return false;
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (m[1].charCodeAt(i) - 48) * (weights[i] ?? 0);
  const r = 11 - (sum % 11);
  const check = r === 10 ? 0 : r === 11 ? 5 : r;
  return check === Number(m[2]);
}

/** DHL Express waybill: 10 (or 11) digits, the last is the rest as a number mod 7. */
export function isValidDhl(s: string): boolean {
  if (!/^\d{10,11}$/.test(s)) return false;
  return Number(s.slice(0, -1)) % 7 === Number(s.slice(-1));
}

/** FedEx Express 12 digits: weights 3 1 7 from the left, sum mod 11 mod 10. */
export function isValidFedEx12(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  const weights = [3, 1, 7];
  let sum = 0;
  for (let i = 0; i < 11; i += 1) sum += (s.charCodeAt(i) - 48) * (weights[i % 3] ?? 0);
  return (sum % 11) % 10 === Number(s[11]);
}

/** FedEx Ground 15 digits (GS1 mod 10). */
export function isValidFedEx15(s: string): boolean {
  return /^\d{15}$/.test(s) && isValidGs1(s);
}

/** FedEx Ground "96" 22 digits: GS1 mod 10 over the last 14 digits before the check digit. */
export function isValidFedEx96(s: string): boolean {
  return /^96\d{20}$/.test(s) && isValidGs1(s.slice(7));
}

/**
 * USPS: 20 digits, or Intelligent Mail package barcodes of 22 (…34 with a "420" + ZIP routing
 * prefix) starting 91–95; GS1 mod 10 over the number without the routing prefix.
 */
export function isValidUsps(s: string): boolean {
  if (!isDigits(s)) return false;
  const core = stripUspsRouting(s);
  if (core.length === 20) return isValidGs1(core);
  if (core.length === 22 || core.length === 26 || core.length === 30) return /^9[1-5]/.test(core) && isValidGs1(core);
  return false;
}

/** "420" + ZIP5 or ZIP9 in front of an IMpb barcode. */
export function stripUspsRouting(s: string): string {
  if (s.startsWith('420') && (s.length === 30 || s.length === 34)) {
    const rest = s.slice(s.length === 30 ? 8 : 12);
    if (/^9[1-5]/.test(rest)) return rest;
  }
  return s;
}

/** Russian Post domestic: 14 digits, GS1 mod 10 (odd places from the left × 3). */
export function isValidRussianPost(s: string): boolean {
  return /^\d{14}$/.test(s) && isValidGs1(s);
}

/** Nova Poshta express waybill: 14 digits starting 20 or 59; it has no check digit. */
export function isNovaPoshtaShape(s: string): boolean {
  return /^(?:20|59)\d{12}$/.test(s);
}

// ISO 3166-1 alpha-2, plus UPU's "UK" and "EU" style codes that appear on S10 labels.
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
    'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM ' +
    'FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT ' +
    'JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN ' +
    'MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT ' +
    'PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL ' +
    'TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW UK'
  ).split(' '),
);
