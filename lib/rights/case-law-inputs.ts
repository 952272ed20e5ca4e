import type { CaseRecord } from '../schemas/case';
import type { Jurisdiction } from '../schemas/common';
import { caseDatesOf, deadlineInputsFor } from './case-deadline-inputs';
import { RIGHTS_RULES, rulesFor } from './dataset';
import { computeCaseDeadlines, type CaseDeadline } from './deadlines';
import type { RightsRule } from './rule';

export interface CaseLawInputs {
  jurisdiction: Jurisdiction | null;
  rules: RightsRule[];
  /** Soonest first, as `computeCaseDeadlines` orders them. */
  deadlines: CaseDeadline[];
}

/**
 * The law that applies to a case, as the Rights tab, the report and the drafts all read it: the
 * case's jurisdiction, else the user's home country; its rules; the deadlines from the case's dates.
 */
export function caseLawInputs(
  record: Pick<CaseRecord, 'jurisdiction' | 'purchaseDate' | 'deliveryDate'>,
  homeCountry: Jurisdiction | null,
  context: { timeZone: string; now: number },
  dataset: readonly RightsRule[] = RIGHTS_RULES,
): CaseLawInputs {
  const jurisdiction = record.jurisdiction ?? homeCountry;
  if (!jurisdiction) return { jurisdiction: null, rules: [], deadlines: [] };
  const rules = rulesFor(jurisdiction, dataset);
  const deadlines = computeCaseDeadlines(caseDatesOf(record), deadlineInputsFor(rules), { jurisdiction, ...context });
  return { jurisdiction, rules, deadlines };
}
