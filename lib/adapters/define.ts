import { insertDraftInto, nearestComposer } from './draft';
import { observeList } from './observe';
import type { AdapterEnvironment, ChatAdapter, ReadMessage } from './types';

export interface VendorAdapterSpec {
  id: string;
  label: string;
  detect: (root: Document | ShadowRoot, env: AdapterEnvironment) => Element[];
  readTranscript: (list: Element) => ReadMessage[];
  /** The vendor's composer, searched from the list outwards; generic fallbacks after it. */
  composer: string;
}

/** A vendor adapter: its own detection and reading, the shared observer and draft writer. */
export function defineAdapter(spec: VendorAdapterSpec): ChatAdapter {
  const adapter: ChatAdapter = {
    id: spec.id,
    label: spec.label,
    detect: spec.detect,
    readTranscript: spec.readTranscript,
    observe: (list, options) => observeList(adapter.readTranscript, list, options),
    insertDraft: (list, text) => insertDraftInto(nearestComposer(list, spec.composer) ?? nearestComposer(list), text),
  };
  return adapter;
}

/** Gives agent messages without a name the last agent name above them (names show once per group). */
export function carryAgentNames(messages: ReadMessage[], initial: string | null = null): ReadMessage[] {
  let current = initial;
  for (const message of messages) {
    if (message.role !== 'agent') continue;
    if (message.authorName) current = message.authorName;
    else message.authorName = current;
  }
  return messages;
}
