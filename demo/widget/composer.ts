import type { WidgetStrings } from '../content/strings';
import type { Classes } from './styles';

/** What a message box needs from the widget. */
export interface ComposerParts {
  doc: Document;
  c: Classes;
  strings: WidgetStrings;
  sendButton: 'icon' | 'text';
  /** Posts the text as the customer's message. */
  onSend: (text: string) => void;
}

/** Builds the box and its Send button; returns the element to place under the list. */
export type ComposerFactory = (parts: ComposerParts) => HTMLElement;

/** Enter sends, Shift+Enter is a new line, and nothing fires while an IME is composing. */
export function isSendKey(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && !e.shiftKey && !e.isComposing;
}
