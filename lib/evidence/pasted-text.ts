import { MAX_MESSAGE_TEXT } from '../schemas/limits';

export interface PastedTextInput {
  body: string;
  from?: string;
  subject?: string;
}

export interface PreparedPastedText {
  /** Everything pasted, sender and subject first: kept whole as the item's file. */
  full: string;
  /** What is shown, searched and read for facts: `full` up to the text limit. */
  text: string;
  truncated: boolean;
  from: string | null;
  subject: string | null;
}

const field = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim().slice(0, 500) || null;

/** Sender, subject and body as one text, cut to the schema's limit (the caller shows that it was). */
export function preparePastedText(input: PastedTextInput, limit = MAX_MESSAGE_TEXT): PreparedPastedText {
  const from = field(input.from);
  const subject = field(input.subject);
  const full = [from, subject, input.body.trim()].filter(Boolean).join('\n\n');
  return { full, text: full.slice(0, limit), truncated: full.length > limit, from, subject };
}
