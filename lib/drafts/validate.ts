import type { Locale } from '../schemas/common';
import { SCENARIO_IDS } from './scenarios';
import { slotNameSchema } from './slots';
import { parseTemplate, slotsOf } from './template-syntax';
import type { DraftLength, TemplateSet } from './templates';

/** One thing wrong with a template, naming it ("he/refund/long") and the slot when there is one. */
export interface TemplateProblem {
  template: string;
  slot: string | null;
  message: string;
}

const LENGTHS: readonly DraftLength[] = ['short', 'long'];

/** Every template of every language parses and names only slots of the DraftContext schema. */
export function templateProblems(sets: Readonly<Partial<Record<Locale, TemplateSet>>>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const [locale, set] of Object.entries(sets)) {
    for (const scenario of SCENARIO_IDS) {
      for (const length of LENGTHS) {
        const template = `${locale}/${scenario}/${length}`;
        const source = set.scenarios[scenario]?.[length];
        if (typeof source !== 'string' || source.trim() === '') {
          problems.push({ template, slot: null, message: 'missing' });
          continue;
        }
        try {
          for (const slot of new Set(slotsOf(parseTemplate(source)))) {
            if (!slotNameSchema.safeParse(slot).success) {
              problems.push({ template, slot, message: `unknown slot "${slot}"` });
            }
          }
        } catch (error) {
          problems.push({ template, slot: null, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  }
  return problems;
}
