import type { RightsRule } from './rule';
import { isShownAsFact } from './rule';

/** What a logged call's waiting time says against the law's phone-service rules. */
export interface CallRuleCheck {
  rule: RightsRule;
  /**
   * `over-limit`: the wait for a person passed the time the rule sets (it may apply: the rule
   * names the sectors and subjects it covers). `callback-due`: the wait passed the point where
   * the rule says a callback must be offered.
   */
  kind: 'over-limit' | 'callback-due';
  limitMinutes: number;
  waitedMs: number;
}

const MINUTE = 60_000;

/**
 * Checks a call's wait (from dialling until a person answered, or until the end when nobody did)
 * against the verified phone-service rules given (those of the case's jurisdiction). Pure.
 */
export function checkCallWait(waitedMs: number, rules: readonly RightsRule[]): CallRuleCheck[] {
  const checks: CallRuleCheck[] = [];
  for (const rule of rules) {
    if (rule.topic !== 'phone-service' || !isShownAsFact(rule) || !rule.minutes) continue;
    const human = rule.minutes['human-answer'];
    if (human !== undefined && waitedMs > human * MINUTE) {
      checks.push({ rule, kind: 'over-limit', limitMinutes: human, waitedMs });
    }
    const expected = rule.minutes['expected-wait'];
    if (expected !== undefined && waitedMs > expected * MINUTE) {
      checks.push({ rule, kind: 'callback-due', limitMinutes: expected, waitedMs });
    }
  }
  return checks;
}
