/** Check-digit algorithms of the numbers the detectors accept. Each takes the digits only. */

const digitsOf = (digits: string) => [...digits].map(Number);

/** Payment cards (ISO/IEC 7812): Luhn mod 10. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  digitsOf(digits)
    .reverse()
    .forEach((d, i) => {
      const v = i % 2 === 1 ? d * 2 : d;
      sum += v > 9 ? v - 9 : v;
    });
  return digits.length > 1 && sum % 10 === 0;
}

/**
 * Israeli identity number (Teudat Zehut): 9 digits, weights 1,2,1,2… from the left, each product's
 * digits summed, total divisible by 10. Shorter forms are the same number with its leading zeros
 * dropped, so they are padded back to 9 before the check.
 */
export function israeliIdValid(digits: string): boolean {
  if (digits.length < 5 || digits.length > 9) return false;
  const padded = digits.padStart(9, '0');
  if (/^0+$/.test(padded)) return false;
  let sum = 0;
  digitsOf(padded).forEach((d, i) => {
    const v = d * ((i % 2) + 1);
    sum += v > 9 ? v - 9 : v;
  });
  return sum % 10 === 0;
}

/** US Social Security number: the rules the SSA never issues (area 000, 666, 900–999; group 00; serial 0000). */
export function usSsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  return (
    area !== '000' && area !== '666' && area[0] !== '9' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000'
  );
}

/** UK National Insurance number: prefix letters and suffix as HMRC allocates them (no checksum exists). */
export function ukNinoValid(nino: string): boolean {
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(nino);
  if (!m) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(`${m[1]}${m[2]}`);
}

const weighted = (digits: number[], weights: readonly number[]) =>
  weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);

/** Russian INN of a person (12 digits): two check digits, weights of the Federal Tax Service. */
export function russianPersonalInnValid(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const c11 = (weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  const c12 = (weighted(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
  return c11 === d[10] && c12 === d[11];
}

/**
 * Russian SNILS (11 digits): the last two are the check number of the first nine, weights 9…1;
 * a sum of 100 or 101 gives 00, more than 101 is taken mod 101 first. Numbers up to 001-001-998
 * carry no check.
 */
export function snilsValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = digitsOf(digits);
  if (Number(digits.slice(0, 9)) <= 1001998) return false;
  let sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  if (sum > 101) sum %= 101;
  const check = sum === 100 || sum === 101 ? 0 : sum;
  return check === Number(digits.slice(9));
}

/** Ukrainian RNOKPP (individual tax number, 10 digits): weights −1,5,7,9,4,6,10,5,7, mod 11 mod 10. */
export function ukrainianRnokppValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const sum = weighted(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]);
  return (((sum % 11) + 11) % 11) % 10 === d[9];
}
