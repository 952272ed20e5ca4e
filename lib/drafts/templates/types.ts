import type { Remedy } from '../../schemas/checklist';
import type { ScenarioId } from '../scenarios';
import type { SlotName } from '../slots';

export type DraftLength = 'short' | 'long';

/** One language's drafts: every scenario in both lengths, the blanks' labels and the remedies' names. */
export interface TemplateSet {
  /** What a missing slot shows, brackets included: "[order number]". */
  blanks: Readonly<Record<SlotName, string>>;
  /** A remedy as the templates use it after "I ask for" / «Прошу» / "אבקש". */
  remedies: Readonly<Record<Remedy, string>>;
  /** Put before each cited rule when several are listed, one per line. */
  listItem: string;
  scenarios: Readonly<Record<ScenarioId, Readonly<Record<DraftLength, string>>>>;
}
