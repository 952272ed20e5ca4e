import { describe, expect, it } from 'vitest';
import { caseDatesOf, deadlineInputsFor, ruleIdOfDeadline } from '@/lib/rights/case-deadline-inputs';
import { RIGHTS_RULES, ruleById, rulesFor } from '@/lib/rights/dataset';
import { isShownAsFact } from '@/lib/rights/rule';

describe('deadlines from rules', () => {
  const inputs = deadlineInputsFor(RIGHTS_RULES);

  it('takes periods from verified rules only', () => {
    for (const input of inputs) expect(isShownAsFact(ruleById(ruleIdOfDeadline(input.id))!)).toBe(true);
    expect(inputs.some((i) => i.ruleId === 'ua.cancel.distance')).toBe(false); // unverified
  });

  it('does not make a period meant for some people into everyone’s last day', () => {
    expect(inputs.some((i) => i.ruleId === 'il.cancel.protected-groups')).toBe(false);
  });

  it('turns Israel’s 14 days from delivery into a last day to cancel', () => {
    expect(deadlineInputsFor(rulesFor('IL'))).toContainEqual({
      id: 'il.cancel.distance-goods#withdrawal',
      ruleId: 'il.cancel.distance-goods',
      kind: 'cancel-by',
      period: { unit: 'days', amount: 14, dayKind: 'calendar', from: 'delivery' },
    });
  });

  it('reads only the dates the case holds', () => {
    expect(caseDatesOf({ purchaseDate: '2026-11-01', deliveryDate: null })).toEqual({
      purchase: '2026-11-01',
      delivery: null,
    });
  });
});
