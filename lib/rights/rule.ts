/**
 * One consumer-law rule as data: what it says in plain words (en, he, ru), the numbers it sets, its
 * exceptions, its citation and how sure we are of it. Information, not legal advice: a rule marked
 * 'unverified' is never shown as fact (see isShownAsFact).
 */
import { z } from 'zod';
import { isoDateSchema, jurisdictionSchema, type Locale } from '../schemas/common';
import { periodSchema } from './period';

export const rightsTopicSchema = z.enum([
  'cancel-distance', // cancelling a purchase made online, by phone or by mail
  'refund-after-cancel', // the refund (and return) after cancelling
  'defective-goods', // faulty goods and the legal guarantee
  'late-delivery', // late or missing delivery
  'subscriptions', // subscriptions and continuing services
  'card-disputes', // card disputes, chargebacks, unauthorised payments
  'phone-service', // customer-service phone rules: waiting time, call cost
  'rep-identification', // the rep must say who they are
  'escalation', // regulator, consumer body, ombudsman, small claims
]);
export type RightsTopic = z.infer<typeof rightsTopicSchema>;

/** Our own plain-language text in each of the three languages; none may be blank. */
export const localizedTextSchema = z
  .object({
    en: z.string().trim().min(1).max(600),
    he: z
      .string()
      .trim()
      .min(1)
      .max(600)
      .regex(/[\u05d0-\u05ea]/, 'Hebrew text must contain Hebrew letters'),
    ru: z
      .string()
      .trim()
      .min(1)
      .max(600)
      .regex(/[\u0400-\u04ff]/, 'Russian text must contain Cyrillic letters'),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Currencies of the six jurisdictions (ISO 4217). */
export const currencySchema = z.enum(['ILS', 'EUR', 'GBP', 'USD', 'RUB', 'UAH']);

/** An amount of money. `asOf` when the figure is indexed or changes (e.g. a small-claims limit). */
export const moneySchema = z
  .object({
    value: z.number().nonnegative().finite(),
    currency: currencySchema,
    asOf: isoDateSchema.optional(),
  })
  .strict();
export type Money = z.infer<typeof moneySchema>;

/** Keys name a rule's numbers so code can find them: `withdrawal`, `refund`, `fee-cap`. */
const numberKeySchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'keys are lower-case words joined by "-"');

/** What a rule's status is based on. */
export const ruleBasisSchema = z.enum([
  'law-text', // the law's text, or an official page quoting it, was read
  'secondary', // a reputable summary or an implementing law was read
  'none', // believed, not confirmed
]);

/** Official sources only, and only over https. */
const sourceUrlSchema = z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(500);

export const ruleIdSchema = z
  .string()
  .regex(/^(il|eu|uk|us|ru|ua)(\.[a-z0-9][a-z0-9-]*)+$/, 'ids look like "il.cancel.distance"');

export const ruleSchema = z
  .object({
    id: ruleIdSchema,
    jurisdiction: jurisdictionSchema,
    topic: rightsTopicSchema,
    summary: localizedTextSchema,
    /** Periods the rule sets ("14 calendar days from delivery"), by key. */
    periods: z.record(numberKeySchema, periodSchema).optional(),
    /** Percentages (0–100), by key: a cancellation fee of 5%, a penalty of 1% a day. */
    percentages: z.record(numberKeySchema, z.number().min(0).max(100)).optional(),
    /** Amounts of money, by key: a fee cap, a liability cap, a small-claims limit. */
    amounts: z.record(numberKeySchema, moneySchema).optional(),
    /** Waiting times in minutes, by key: a human within 6 minutes, a callback within 180. */
    minutes: z.record(numberKeySchema, z.number().int().positive().max(1440)).optional(),
    exceptions: z.array(localizedTextSchema).max(20),
    /** Where states or member states differ from the rule as stated (EU, US). */
    varies: localizedTextSchema.optional(),
    /** The law and its section or article, as text. */
    citation: z.string().trim().min(3).max(300),
    lastChecked: isoDateSchema,
    status: z.enum(['verified', 'unverified']),
    basis: ruleBasisSchema,
    /** The official text's address, only where it is certain. Never a guess. */
    source: sourceUrlSchema.optional(),
  })
  .strict()
  .refine((rule) => rule.id.split('.')[0] === rule.jurisdiction.toLowerCase(), {
    message: 'the id must start with the jurisdiction ("il." for IL)',
    path: ['id'],
  })
  .refine((rule) => rule.status === 'unverified' || rule.basis !== 'none', {
    message: 'a verified rule needs a basis (law-text or secondary)',
    path: ['basis'],
  });
export type RightsRule = z.infer<typeof ruleSchema>;
/** A rule as written in lib/rights/data (checked by ruleSchema when the dataset loads). */
export type RightsRuleInput = z.input<typeof ruleSchema>;

/** The date of the reference research the dataset was built from. */
export const RESEARCH_DATE = '2026-11-22';

/** Whether the UI may state the rule as fact; otherwise it says "check the official source". */
export function isShownAsFact(rule: Pick<RightsRule, 'status'>): boolean {
  return rule.status === 'verified';
}

/** A rule's text for the UI in one locale. */
export interface RuleDisplay {
  id: string;
  summary: string;
  exceptions: string[];
  varies: string | null;
  citation: string;
  lastChecked: string;
  /** False: show "check the official source", never the summary as a statement of the law. */
  shownAsFact: boolean;
  source: string | null;
}

export function displayRule(rule: RightsRule, locale: Locale): RuleDisplay {
  return {
    id: rule.id,
    summary: rule.summary[locale],
    exceptions: rule.exceptions.map((e) => e[locale]),
    varies: rule.varies ? rule.varies[locale] : null,
    citation: rule.citation,
    lastChecked: rule.lastChecked,
    shownAsFact: isShownAsFact(rule),
    source: rule.source ?? null,
  };
}
