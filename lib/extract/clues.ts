/**
 * Cheap necessary conditions: regexes that must match a text (or its fold) for a rule to have any
 * chance, so a rule whose clue is absent is skipped without running its expensive patterns.
 */

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Matches wherever one of the words occurs as a substring. A word that holds another listed word
 * adds nothing (the shorter one matches wherever it does), so it is left out.
 */
export function substringClue(words: Iterable<string>): RegExp {
  const sorted = [...new Set(words)].filter((w) => w !== '').sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const word of sorted) if (!kept.some((k) => word.includes(k))) kept.push(word);
  return new RegExp(kept.map(escapeRegExp).join('|'));
}
