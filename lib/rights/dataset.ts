/**
 * The rights dataset: every rule of lib/rights/data, checked by ruleSchema when this module loads,
 * and the lookups a UI needs. A malformed rule throws an error naming its id; nothing is dropped.
 * Information, not legal advice.
 */
import type { Jurisdiction, Locale } from '../schemas/common';
import { foldQuery, foldForSearch } from '../transcript/search';
import { euRules } from './data/eu';
import { ilRules } from './data/il';
import { ruRules } from './data/ru';
import { uaRules } from './data/ua';
import { ukRules } from './data/uk';
import { usRules } from './data/us';
import { ruleSchema, type RightsRule, type RightsRuleInput, type RightsTopic } from './rule';

export class RightsDataError extends Error {
  override name = 'RightsDataError';
}

/** Validates rules; throws on the first malformed rule or a repeated id, naming the rule. */
export function validateRules(inputs: readonly RightsRuleInput[]): readonly RightsRule[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const label = typeof input?.id === 'string' ? input.id : `#${index} (no id)`;
    const result = ruleSchema.safeParse(input);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join('.') || '(rule)'}: ${i.message}`).join('; ');
      throw new RightsDataError(`rights rule ${label} is malformed: ${problems}`);
    }
    if (seen.has(result.data.id)) throw new RightsDataError(`rights rule ${label} appears twice`);
    seen.add(result.data.id);
    return Object.freeze(result.data);
  });
}

/** All rules, in the order of the data files. */
export const RIGHTS_RULES: readonly RightsRule[] = Object.freeze(
  validateRules([...ilRules, ...euRules, ...ukRules, ...usRules, ...ruRules, ...uaRules]),
);

export function rulesFor(jurisdiction: Jurisdiction, rules: readonly RightsRule[] = RIGHTS_RULES): RightsRule[] {
  return rules.filter((rule) => rule.jurisdiction === jurisdiction);
}

export function rulesByTopic(topic: RightsTopic, rules: readonly RightsRule[] = RIGHTS_RULES): RightsRule[] {
  return rules.filter((rule) => rule.topic === topic);
}

export function ruleById(id: string, rules: readonly RightsRule[] = RIGHTS_RULES): RightsRule | undefined {
  return rules.find((rule) => rule.id === id);
}

const LOCALES: readonly Locale[] = ['en', 'he', 'ru'];

/** Every text of a rule a search looks at: summary, exceptions and variations in all languages, and the citation. */
function searchableTexts(rule: RightsRule): string[] {
  const texts = [rule.summary, ...rule.exceptions, ...(rule.varies ? [rule.varies] : [])];
  return [...texts.flatMap((t) => LOCALES.map((locale) => t[locale])), rule.citation];
}

/**
 * Rules whose text in any language contains the query: case-insensitive, Hebrew points ignored,
 * ё read as е. Several words must all occur (in any order). An empty query finds nothing.
 */
export function searchRules(query: string, rules: readonly RightsRule[] = RIGHTS_RULES): RightsRule[] {
  const words = foldQuery(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return rules.filter((rule) => {
    const haystack = searchableTexts(rule)
      .map((text) => foldForSearch(text).folded)
      .join('\n');
    return words.every((word) => haystack.includes(word));
  });
}
