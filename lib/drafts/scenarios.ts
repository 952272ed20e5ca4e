import type { RightsTopic } from '../rights/rule';

/** Every message Paper Trail can draft, in ladder order. */
export const SCENARIO_IDS = [
  'refund',
  'replacement',
  'repair',
  'cancel-purchase',
  'cancel-subscription',
  'bill-correction',
  'late-delivery',
  'broken-promise',
  'supervisor',
  'formal-complaint',
  'regulator-complaint',
  'chargeback',
  'demand-letter',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** The rungs of the escalation ladder, lowest first. */
export const LADDER_STEPS = ['first-contact', 'supervisor', 'formal-complaint', 'regulator', 'bank', 'court'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

export const SCENARIO_STEP: Readonly<Record<ScenarioId, LadderStep>> = {
  refund: 'first-contact',
  replacement: 'first-contact',
  repair: 'first-contact',
  'cancel-purchase': 'first-contact',
  'cancel-subscription': 'first-contact',
  'bill-correction': 'first-contact',
  'late-delivery': 'first-contact',
  'broken-promise': 'first-contact',
  supervisor: 'supervisor',
  'formal-complaint': 'formal-complaint',
  'regulator-complaint': 'regulator',
  chargeback: 'bank',
  'demand-letter': 'court',
};

export function scenariosAt(step: LadderStep): ScenarioId[] {
  return SCENARIO_IDS.filter((id) => SCENARIO_STEP[id] === step);
}

/**
 * Days the company gets to answer a draft of this step. A chat or first e-mail gets a week: long
 * enough for a real answer, short enough to keep the case moving. Written complaints, demands and
 * requests to the bank get 14 days, the period Israeli and EU law give a business to refund after
 * a cancellation, so the letter asks for nothing the law itself would call unreasonable.
 */
export const REPLY_DAYS: Readonly<Record<LadderStep, number>> = {
  'first-contact': 7,
  supervisor: 7,
  'formal-complaint': 14,
  regulator: 14,
  bank: 14,
  court: 14,
};

export function replyDaysFor(scenario: ScenarioId): number {
  return REPLY_DAYS[SCENARIO_STEP[scenario]];
}

/**
 * The rights topics whose (verified) rules a scenario cites. Scenarios about the whole case —
 * supervisor, formal complaint, regulator, demand letter — cite the topics of the remedy wanted
 * (`REMEDY_TOPICS`) on top of these.
 */
export const SCENARIO_TOPICS: Readonly<Record<ScenarioId, readonly RightsTopic[]>> = {
  refund: ['refund-after-cancel'],
  replacement: ['defective-goods'],
  repair: ['defective-goods'],
  'cancel-purchase': ['cancel-distance', 'refund-after-cancel'],
  'cancel-subscription': ['subscriptions'],
  'bill-correction': ['subscriptions'],
  'late-delivery': ['late-delivery'],
  'broken-promise': [],
  supervisor: [],
  'formal-complaint': [],
  'regulator-complaint': [],
  chargeback: ['card-disputes'],
  'demand-letter': [],
};

/**
 * Rules (by id) a scenario cites before any other, where the case's jurisdiction has them: the
 * demand letter names the law that lets the user go to court (Israel's s.31A wants the written
 * demand first).
 */
export const SCENARIO_RULE_IDS: Readonly<Partial<Record<ScenarioId, readonly string[]>>> = {
  'demand-letter': ['il.escalate.punitive-damages', 'uk.escalate.small-claims', 'ru.escalate.court-regulator'],
  'bill-correction': ['il.subs.overcharge'],
};

/**
 * Rules never cited as a draft's legal basis although their topic matches: lists of exceptions,
 * periods only some people have, and stolen-card rules (a draft disputes a seller, not a thief).
 */
export const NEVER_CITED: ReadonlySet<string> = new Set([
  'il.cancel.exceptions',
  'eu.cancel.exceptions',
  'uk.cancel.exceptions',
  'il.cancel.protected-groups',
  'il.card.misuse',
  'eu.card.unauthorised',
  'uk.card.unauthorised',
  'us.card.fraud-cap',
]);

/** Rules about buying in a shop: not cited for a case that came from a website. */
export const IN_STORE_RULES: ReadonlySet<string> = new Set([
  'il.refund.in-store',
  'il.refund.no-sign',
  'ru.refund.in-store-exchange',
]);

/** Scenarios that cite the rules of the remedy the user wants as well as their own. */
export const CITES_REMEDY_RULES: ReadonlySet<ScenarioId> = new Set([
  'supervisor',
  'formal-complaint',
  'regulator-complaint',
  'demand-letter',
]);
