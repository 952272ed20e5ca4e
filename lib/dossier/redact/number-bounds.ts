/**
 * Lookarounds that keep a number whole: no letter or digit touches it, and it is not one part of
 * a longer number written with a dot, comma, dash or slash ("1.234567890", "2026-123456789").
 */
export const NUMBER_START = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,\-/])`;
export const NUMBER_END = String.raw`(?![\p{L}\p{N}_]|[.,\-/]\p{N})`;

export const digitsOnly = (text: string) => text.replace(/\D/g, '');

export function* matchesOf(pattern: string, text: string, flags = 'gu'): Generator<RegExpExecArray> {
  const re = new RegExp(pattern, flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}
