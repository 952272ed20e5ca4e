import { describe, expect, it } from 'vitest';
import { capText, cleanAndCap, cleanText, isCleanText } from '@/lib/text/clean';

describe('page text cleaning', () => {
  it('replaces unpaired surrogates with U+FFFD and keeps pairs', () => {
    expect(cleanText('a\uD83Db')).toBe('a\uFFFDb');
    expect(cleanText('\uDE00a\uDFFF')).toBe('\uFFFDa\uFFFD');
    expect(cleanText('ok 😀 \uD83D')).toBe('ok 😀 \uFFFD');
    expect(cleanText('👩‍👩‍👧‍👦')).toBe('👩‍👩‍👧‍👦');
  });

  it('removes NUL and control characters but keeps tab, line breaks, bidi and zero-width characters', () => {
    expect(cleanText('order\u0000A-1\u0007\u001b[0m\u007f\u0085 x')).toBe('orderA-1[0m x');
    const kept = 'a\tb\nc\r\nd \u202e1\u202c \u2067x\u2069 \u200b\u200d\ufeff';
    expect(cleanText(kept)).toBe(kept);
    expect(isCleanText(kept)).toBe(true);
    expect(isCleanText('a\u0000')).toBe(false);
    expect(isCleanText('a\uD800')).toBe(false);
  });

  it('caps without splitting a surrogate pair, and says so', () => {
    expect(capText('abc', 3)).toEqual({ text: 'abc', truncated: false });
    expect(capText('abcd', 3)).toEqual({ text: 'abc', truncated: true });
    // "a😀": the cut at 2 would leave the first half of the emoji.
    expect(capText('a😀b', 2)).toEqual({ text: 'a', truncated: true });
    const cut = cleanAndCap('👩‍👩‍👧‍👦'.repeat(25_001), 200_000);
    expect(cut.truncated).toBe(true);
    expect(isCleanText(cut.text)).toBe(true);
  });
});
