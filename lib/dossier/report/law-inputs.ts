import { caseDatesOf, deadlineInputsFor } from '../../rights/case-deadline-inputs';
import { rulesFor } from '../../rights/dataset';
import { computeCaseDeadlines, type CaseDeadline } from '../../rights/deadlines';
import type { RightsRule } from '../../rights/rule';
import type { CaseRecord } from '../../schemas/case';
import type { Jurisdiction } from '../../schemas/common';

export interface DossierLawInputs {
  jurisdiction: Jurisdiction | null;
  rules: RightsRule[];
  deadlines: CaseDeadline[];
}

/**
 * The law the report cites, worked out as the Rights tab does: the case's jurisdiction, else the
 * user's home country; its rules; the deadlines from the case's dates.
 */
export function dossierLawInputs(
  record: CaseRecord,
  homeCountry: Jurisdiction | null,
  context: { timeZone: string; now: number },
): DossierLawInputs {
  const jurisdiction = record.jurisdiction ?? homeCountry;
  if (!jurisdiction) return { jurisdiction: null, rules: [], deadlines: [] };
  const rules = rulesFor(jurisdiction);
  const deadlines = computeCaseDeadlines(caseDatesOf(record), deadlineInputsFor(rules), { jurisdiction, ...context });
  return { jurisdiction, rules, deadlines };
}
