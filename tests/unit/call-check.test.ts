import { describe, expect, it } from 'vitest';
import { checkCallWait } from '@/lib/rights/call-check';
import { rulesFor } from '@/lib/rights/dataset';

const MIN = 60_000;

describe('a logged call against the phone-service rules', () => {
  const il = rulesFor('IL');

  it('flags an Israeli wait over 6 minutes for a person, and the callback that should have been offered', () => {
    const checks = checkCallWait(8 * MIN + 12_000, il);
    expect(checks.map((c) => [c.rule.id, c.kind, c.limitMinutes])).toEqual([
      ['il.phone.six-minutes', 'over-limit', 6],
      ['il.phone.callback', 'callback-due', 3],
    ]);
  });

  it('flags only the callback between 3 and 6 minutes, and nothing at or under 3', () => {
    expect(checkCallWait(4 * MIN, il).map((c) => c.kind)).toEqual(['callback-due']);
    expect(checkCallWait(3 * MIN, il)).toEqual([]);
    expect(checkCallWait(6 * MIN, il).map((c) => c.kind)).toEqual(['callback-due']);
  });

  it('flags nothing where the law sets no waiting time (US), and never from an unverified rule', () => {
    expect(checkCallWait(60 * MIN, rulesFor('US'))).toEqual([]);
    const unverified = il.map((rule) => ({ ...rule, status: 'unverified' as const }));
    expect(checkCallWait(60 * MIN, unverified)).toEqual([]);
  });
});
