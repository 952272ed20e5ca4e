import type { Jurisdiction, Locale } from '../schemas/common';
import { ruleById } from '../rights/dataset';
import { isShownAsFact } from '../rights/rule';

/**
 * The body a consumer complains to, per jurisdiction, named exactly as the rights dataset's
 * escalation rule names it (a test checks each name against the rule's summary). Forms fit the
 * templates: Russian is the accusative after «в», Hebrew has its article ("אל הרשות…"). The EU has
 * no single body (each country has its own; ECC-Net is only for cross-border buys), so no name.
 */
interface RegulatorEntry {
  ruleId: string;
  name: Readonly<Record<Locale, string>>;
}

export const REGULATORS: Readonly<Partial<Record<Jurisdiction, RegulatorEntry>>> = {
  IL: {
    ruleId: 'il.escalate.bodies',
    name: {
      en: 'the Consumer Protection and Fair Trade Authority',
      he: 'הרשות להגנת הצרכן ולסחר הוגן',
      ru: 'Управление по защите прав потребителей и честной торговле',
    },
  },
  UK: {
    ruleId: 'uk.escalate.ombudsman',
    name: { en: 'Citizens Advice', he: 'Citizens Advice', ru: 'Citizens Advice' },
  },
  US: { ruleId: 'us.escalate.agencies', name: { en: 'the FTC', he: 'ה-FTC', ru: 'FTC' } },
  RU: {
    ruleId: 'ru.escalate.court-regulator',
    name: { en: 'Rospotrebnadzor', he: 'רוספוטרבנדזור', ru: 'Роспотребнадзор' },
  },
  UA: {
    ruleId: 'ua.escalate.regulator-court',
    name: {
      en: 'the State Service of Ukraine on Food Safety and Consumer Protection',
      he: 'השירות הממלכתי של אוקראינה לבטיחות מזון והגנת הצרכן',
      ru: 'Госпродпотребслужбу',
    },
  },
};

/** The regulator's name in each language, or null when the dataset names none we can state as fact. */
export function regulatorOf(jurisdiction: Jurisdiction | null): Readonly<Record<Locale, string>> | null {
  const entry = jurisdiction ? REGULATORS[jurisdiction] : undefined;
  const rule = entry ? ruleById(entry.ruleId) : undefined;
  return entry && rule && isShownAsFact(rule) ? entry.name : null;
}

/**
 * Rules that let a court award damages without proof of damage, once the business had a written
 * demand (Israel, s.31A). Other jurisdictions' data has none.
 */
const DAMAGES_RULES: Readonly<Partial<Record<Jurisdiction, string>>> = { IL: 'il.escalate.punitive-damages' };

/** The citation of the jurisdiction's damages-without-proof rule, when the dataset states it as fact. */
export function damagesRuleOf(jurisdiction: Jurisdiction | null): string | null {
  const id = jurisdiction ? DAMAGES_RULES[jurisdiction] : undefined;
  const rule = id ? ruleById(id) : undefined;
  return rule && isShownAsFact(rule) ? rule.citation : null;
}
