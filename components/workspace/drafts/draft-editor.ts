import { createContext, useContext } from 'react';
import type { RightsRule } from '@/lib/rights/rule';

/**
 * The case's draft being written lives above the tabs, so the Rights tab can add a rule's
 * citation to it ("Use in draft") and the Draft tab keeps the user's edits while they look.
 * - `edits`: the text as the user changed it; null while it still follows the template.
 * - `added`: citation sentences added while it follows the template (shown after it).
 */
export interface DraftEditorState {
  edits: string | null;
  added: readonly string[];
}

export const EMPTY_DRAFT: DraftEditorState = { edits: null, added: [] };

/** The text the user sees: their edits, else the rendered template with the added sentences. */
export function draftTextOf(state: DraftEditorState, rendered: string): string {
  return state.edits ?? [rendered, ...state.added].filter(Boolean).join('\n\n');
}

/** Adds a sentence once, as its own paragraph. */
export function addSentence(state: DraftEditorState, sentence: string): DraftEditorState {
  if (state.edits !== null) {
    if (state.edits.includes(sentence)) return state;
    const trimmed = state.edits.trimEnd();
    return { ...state, edits: trimmed ? `${trimmed}\n\n${sentence}` : sentence };
  }
  return state.added.includes(sentence) ? state : { ...state, added: [...state.added, sentence] };
}

/**
 * Adds a verified rule's one-line citation to the draft and (unless `stay`) opens the Draft tab;
 * null outside a case.
 */
export type AddRuleToDraft = (rule: RightsRule, options?: { stay?: boolean }) => void;
export const UseInDraftContext = createContext<AddRuleToDraft | null>(null);
export const useAddToDraft = () => useContext(UseInDraftContext);
