import { displayRule, type RightsRule } from '@/lib/rights/rule';
import type { Locale } from '@/lib/schemas/common';

/** Words before the citation; Russian avoids a preposition that would need the citation declined. */
const LEAD: Readonly<Record<Locale, string>> = {
  en: 'Under',
  he: 'לפי',
  ru: 'Правовое основание —',
};

/** One sentence citing a verified rule in the draft's language: "Under <citation>: <summary>". */
export function citationSentence(rule: RightsRule, locale: Locale): string | null {
  const shown = displayRule(rule, locale);
  if (!shown.shownAsFact) return null;
  const summary = shown.summary.trim().replace(/[.。]$/, '');
  return `${LEAD[locale]} ${shown.citation}: ${summary}.`;
}
