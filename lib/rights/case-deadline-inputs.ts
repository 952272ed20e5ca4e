/**
 * Which of a rule's periods become a case deadline, and the case's dates as the deadline
 * functions read them. Only rules shown as fact give deadlines: an unverified period is never
 * turned into a date the user could rely on.
 */
import type { CaseRecord } from '../schemas/case';
import type { CaseDates, DeadlineInput, DeadlineKind } from './deadlines';
import type { PeriodAnchor } from './period';
import { isShownAsFact, type RightsRule } from './rule';

/** Period keys (as written in lib/rights/data) that are one of the deadlines the UI explains. */
const KIND_BY_KEY: Readonly<Record<string, DeadlineKind>> = {
  withdrawal: 'cancel-by',
  'cooling-off': 'cancel-by',
  refund: 'refund-due',
  delivery: 'delivery-overdue',
  ship: 'delivery-overdue',
  dispute: 'card-dispute-by',
  report: 'card-dispute-by',
  'ombudsman-opens': 'complaint-opens',
};

/**
 * Rules whose period applies only to some people (Israel's 4 months for older people, people with
 * disabilities and new immigrants): shown as rules, never as "your" last day.
 */
const ONLY_FOR_SOME = new Set(['il.cancel.protected-groups']);

/** The anchors a case record holds; the others (notice, complaint, …) are not recorded yet. */
export const CASE_RECORD_ANCHORS = ['purchase', 'delivery'] as const satisfies readonly PeriodAnchor[];
export type CaseRecordAnchor = (typeof CASE_RECORD_ANCHORS)[number];

export function isCaseRecordAnchor(anchor: PeriodAnchor): anchor is CaseRecordAnchor {
  return (CASE_RECORD_ANCHORS as readonly PeriodAnchor[]).includes(anchor);
}

export interface RuleDeadlineInput extends DeadlineInput {
  ruleId: string;
}

export function deadlineInputsFor(rules: readonly RightsRule[]): RuleDeadlineInput[] {
  return rules.flatMap((rule) => {
    if (!isShownAsFact(rule) || ONLY_FOR_SOME.has(rule.id)) return [];
    return Object.entries(rule.periods ?? {}).flatMap(([key, period]) => {
      const kind = KIND_BY_KEY[key];
      return kind ? [{ id: `${rule.id}#${key}`, ruleId: rule.id, kind, period }] : [];
    });
  });
}

/** The rule a deadline (by its id, `<rule id>#<period key>`) comes from. */
export function ruleIdOfDeadline(deadlineId: string): string {
  return deadlineId.split('#')[0] ?? deadlineId;
}

export function caseDatesOf(record: Pick<CaseRecord, 'purchaseDate' | 'deliveryDate'>): CaseDates {
  return { purchase: record.purchaseDate, delivery: record.deliveryDate };
}
