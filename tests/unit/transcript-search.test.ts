import { describe, expect, it } from 'vitest';
import type { AuthorRole } from '@/lib/schemas/message';
import {
  findRanges,
  foldForSearch,
  foldQuery,
  matchMessage,
  splitByRanges,
  type TextRange,
} from '@/lib/transcript/search';

const LABELS: Record<AuthorRole, string[]> = {
  agent: ['Support'],
  customer: ['You'],
  system: ['System'],
  unknown: ['Unknown sender'],
};

/** The original text under each range: what a highlight would cover. */
const covered = (text: string, ranges: TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('folding for search', () => {
  it('ignores case in Latin and Cyrillic', () => {
    expect(foldForSearch('Refund ВОЗВРАТ').folded).toBe('refund возврат');
  });

  it('treats ё as е, in one code point and as е + combining diaeresis', () => {
    expect(foldForSearch('Ёлка, счёт').folded).toBe('елка, счет');
    expect(foldForSearch('сче\u0308т').folded).toBe('счет');
  });

  it('keeps й distinct from и (not a diacritic in Russian)', () => {
    expect(foldForSearch('Йогурт').folded).toBe('йогурт');
  });

  it('removes Hebrew niqqud and cantillation, keeps the letters', () => {
    // שָׁלוֹם with qamats, shin dot, holam; בְּרֵאשִׁית with dagesh, sheva, tsere, hiriq.
    expect(foldForSearch('שָׁלוֹם').folded).toBe('שלום');
    expect(foldForSearch('בְּרֵאשִׁ֖ית').folded).toBe('בראשית');
  });

  it('keeps Hebrew punctuation and folds maqaf to a hyphen', () => {
    expect(foldForSearch('בית־ספר').folded).toBe('בית-ספר');
    expect(foldForSearch('סוף׃').folded).toBe('סוף׃');
  });

  it('maps every folded unit back to its original character', () => {
    const { folded, starts, ends } = foldForSearch('İx');
    // 'İ'.toLowerCase() is two units; both point at the one original character.
    expect(folded).toBe('i\u0307x');
    expect(starts).toEqual([0, 0, 1]);
    expect(ends).toEqual([1, 1, 2]);
  });

  it('trims the query and makes inner white space one space', () => {
    expect(foldQuery('  Refund \t WITHIN ')).toBe('refund within');
  });
});

describe('finding matches', () => {
  it('finds every occurrence, case-insensitively, as ranges of the original text', () => {
    const text = 'Refund approved. The refund reaches you in 5 days. REFUND!';
    const ranges = findRanges(text, foldQuery('refund'));
    expect(covered(text, ranges)).toEqual(['Refund', 'refund', 'REFUND']);
  });

  it('finds pointed Hebrew with an unpointed query and covers the points in the highlight', () => {
    const text = 'אמרו: שָׁלוֹם וזיכוי';
    const ranges = findRanges(text, foldQuery('שלום'));
    expect(covered(text, ranges)).toEqual(['שָׁלוֹם']);
  });

  it('finds an unpointed Hebrew text with a pointed query', () => {
    expect(covered('זיכוי מלא', findRanges('זיכוי מלא', foldQuery('זִיכּוּי')))).toEqual(['זיכוי']);
  });

  it('finds ё with е and е with ё, covering the whole ё', () => {
    expect(covered('Ваш счёт оплачен', findRanges('Ваш счёт оплачен', foldQuery('СЧЕТ')))).toEqual(['счёт']);
    expect(covered('Ваш счет', findRanges('Ваш счет', foldQuery('счёт')))).toEqual(['счет']);
    const decomposed = 'сче\u0308т';
    expect(covered(decomposed, findRanges(decomposed, foldQuery('счет')))).toEqual([decomposed]);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(findRanges('anything', foldQuery(''))).toEqual([]);
    expect(findRanges('anything', foldQuery('   '))).toEqual([]);
  });

  it('does not overlap matches', () => {
    expect(findRanges('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});

describe('matching messages', () => {
  const message = { role: 'agent' as const, authorName: 'Dana Levi', text: 'Your refund is approved.' };

  it('matches the text', () => {
    expect(matchMessage(message, foldQuery('REFUND'), LABELS)).toEqual({
      text: [{ start: 5, end: 11 }],
      author: [],
      role: false,
    });
  });

  it('matches the author name', () => {
    expect(matchMessage(message, foldQuery('levi'), LABELS)?.author).toEqual([{ start: 5, end: 9 }]);
  });

  it('matches the role by its stored name and by the label the user sees', () => {
    expect(matchMessage(message, foldQuery('agent'), LABELS)?.role).toBe(true);
    expect(matchMessage(message, foldQuery('support'), LABELS)?.role).toBe(true);
    expect(matchMessage({ ...message, role: 'customer' }, foldQuery('support'), LABELS)).toBeNull();
  });

  it('matches a Hebrew role label without its niqqud', () => {
    const he: Record<AuthorRole, string[]> = { ...LABELS, agent: ['נציג/ה'] };
    expect(matchMessage({ ...message, authorName: null }, foldQuery('נָצִיג'), he)?.role).toBe(true);
  });

  it('returns null when nothing matches, and for an empty query', () => {
    expect(matchMessage(message, foldQuery('warranty'), LABELS)).toBeNull();
    expect(matchMessage(message, foldQuery(''), LABELS)).toBeNull();
  });
});

describe('splitting text for highlights', () => {
  it('splits into plain and matching pieces that join back to the text', () => {
    const text = 'Refund approved, refund soon';
    const segments = splitByRanges(text, findRanges(text, 'refund'));
    expect(segments).toEqual([
      { text: 'Refund', match: true },
      { text: ' approved, ', match: false },
      { text: 'refund', match: true },
      { text: ' soon', match: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlapping and unsorted ranges and clamps ranges outside the text', () => {
    const segments = splitByRanges('abcdef', [
      { start: 3, end: 5 },
      { start: 1, end: 4 },
      { start: 5, end: 99 },
    ]);
    expect(segments).toEqual([
      { text: 'a', match: false },
      { text: 'bcd', match: true },
      { text: 'e', match: true },
      { text: 'f', match: true },
    ]);
  });

  it('keeps markup-like text as text', () => {
    const text = '<img src=x onerror=alert(1)> refund';
    expect(splitByRanges(text, findRanges(text, 'refund'))[0]).toEqual({
      text: '<img src=x onerror=alert(1)> ',
      match: false,
    });
  });

  it('returns the whole text as one plain piece when nothing matches', () => {
    expect(splitByRanges('abc', [])).toEqual([{ text: 'abc', match: false }]);
  });
});
