import type { DetectedSpan } from './kinds';
import { matchesOf } from './number-bounds';

const EN_STREET = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq|Highway|Hwy)\.?`;
const EN_UNIT = String.raw`(?:,? (?:Apt|Apartment|Flat|Suite|Unit)\.? ?#?\d{1,5}[A-Za-z]?)?`;
/** "221B Baker Street", "1600 Pennsylvania Avenue NW", "12 High St., Flat 3". */
const EN = String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]? (?:[A-Z][\p{L}'\-]+ ){1,3}${EN_STREET}(?: (?:NW|NE|SW|SE|N|S|E|W)\b)?${EN_UNIT}`;

/** "רחוב הרצל 12", "רח' בן יהודה 34 דירה 5", "שדרות רוטשילד 1". */
const HE = String.raw`(?<![\p{L}])(?:רחוב|רח'|רח׳|שדרות|שד'|שד׳|דרך|סמטת|סמטה)\s+(?:[\u05D0-\u05EA"'׳״\-]+\s+){1,3}\d{1,4}(?:\s*(?:דירה|דירת|ד')\s*\d{1,4})?`;

/** "ул. Ленина, д. 5, кв. 12", "проспект Мира 10", "вул. Хрещатик, 22". */
const RU_STREET = String.raw`(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|бульвар|б-р|шоссе|наб\.|набережная|пл\.|площадь|вул\.|вулиця|провулок|бульв\.)`;
const RU = String.raw`(?<![\p{L}])${RU_STREET}\s*(?:[\p{Lu}\p{N}][\p{L}\-]*\.?\s+){0,2}[\p{Lu}][\p{L}\-]*,?\s*(?:(?:д\.|дом|буд\.)\s*)?\d{1,4}[\p{L}]?(?:\s*[,/]\s*(?:(?:кв\.|квартира|корп\.|к\.|стр\.)\s*)?\d{1,4})*`;

/**
 * Street addresses, conservatively: a house number with a street word (English, Hebrew, Russian and
 * Ukrainian). Addresses written without a street word, post codes, cities, P.O. boxes and
 * addresses split over lines are not found: the user selects those by hand.
 */
export function detectAddresses(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const pattern of [EN, HE, RU]) {
    for (const m of matchesOf(pattern, text)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
