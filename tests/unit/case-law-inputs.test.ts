import { describe, expect, it } from 'vitest';
import { caseDatesOf, deadlineInputsFor } from '@/lib/rights/case-deadline-inputs';
import { caseLawInputs } from '@/lib/rights/case-law-inputs';
import { RIGHTS_RULES, rulesFor } from '@/lib/rights/dataset';
import { computeCaseDeadlines } from '@/lib/rights/deadlines';

const context = { timeZone: 'Asia/Jerusalem', now: Date.UTC(2026, 10, 22, 9) };
const dates = { purchaseDate: '2026-11-01', deliveryDate: '2026-11-10' } as const;

describe('caseLawInputs', () => {
  it("reads the case's own jurisdiction before the home country", () => {
    const law = caseLawInputs({ jurisdiction: 'EU', ...dates }, 'IL', context);
    expect(law.jurisdiction).toBe('EU');
    expect(law.rules).toEqual(rulesFor('EU'));
  });

  it('falls back to the home country, and gives nothing without either', () => {
    expect(caseLawInputs({ jurisdiction: null, ...dates }, 'IL', context).jurisdiction).toBe('IL');
    expect(caseLawInputs({ jurisdiction: null, ...dates }, null, context)).toEqual({
      jurisdiction: null,
      rules: [],
      deadlines: [],
    });
  });

  it("works the deadlines out from the case's dates and the rules' periods", () => {
    const law = caseLawInputs({ jurisdiction: 'IL', ...dates }, null, context);
    expect(law.deadlines.some((d) => d.date !== null)).toBe(true);
    expect(law.deadlines).toEqual(
      computeCaseDeadlines(caseDatesOf(dates), deadlineInputsFor(rulesFor('IL')), { jurisdiction: 'IL', ...context }),
    );
  });

  it('takes its rules from the dataset it is given', () => {
    const only = RIGHTS_RULES.filter((rule) => rule.jurisdiction === 'IL').slice(0, 1);
    expect(caseLawInputs({ jurisdiction: 'IL', ...dates }, null, context, only).rules).toEqual(only);
  });
});
