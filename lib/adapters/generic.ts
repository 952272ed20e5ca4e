import { insertDraftInto, nearestComposer } from './draft';
import { detectLists } from './generic/detect';
import { readGenericTranscript } from './generic/read';
import { observeList } from './observe';
import type { ChatAdapter } from './types';

/**
 * The adapter for widgets nobody wrote one for: lists found by ARIA or by their repeated,
 * time-stamped rows (closed shadow roots come through the recorder's roots), messages read from
 * layout and labels rather than vendor class names (`generic/`).
 */
export const genericAdapter: ChatAdapter = {
  id: 'generic',
  label: 'Any chat',
  detect(root) {
    try {
      return detectLists(root);
    } catch {
      return [];
    }
  },
  readTranscript(list) {
    return readGenericTranscript(list);
  },
  observe(list, options) {
    observeList(genericAdapter.readTranscript, list, options);
  },
  insertDraft(list, text) {
    return insertDraftInto(nearestComposer(list), text);
  },
};
