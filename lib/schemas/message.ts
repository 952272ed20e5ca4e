import { z } from 'zod';
import { epochMsSchema, idSchema, longTextSchema, shortTextSchema, siteSchema, urlSchema } from './common';

export const authorRoleSchema = z.enum(['agent', 'customer', 'system', 'unknown']);
export type AuthorRole = z.infer<typeof authorRoleSchema>;

/** One chat message as seen in a support widget. */
export const chatMessageRecordSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  site: siteSchema,
  /** URL of the frame the widget lives in (may differ from the page). */
  frameUrl: urlSchema,
  /** Identifies the message across re-renders: the widget's id, else author + text + position. */
  key: z.string().min(1).max(512),
  /** Order of arrival within the case; ties in firstSeenAt (one batch) keep the widget's order. */
  seq: z.number().int().nonnegative(),
  role: authorRoleSchema,
  authorName: shortTextSchema.nullable(),
  text: longTextSchema,
  /** True when the text was cut to the size limit; the note says so in the UI. */
  truncated: z.boolean(),
  /** When Paper Trail first saw the message; widgets rarely show a real time. */
  firstSeenAt: epochMsSchema,
  /** The widget's own time text ("2 min ago", "14:03"), kept verbatim. */
  widgetTimeText: shortTextSchema.nullable(),
  /** Loaded from the widget's history when it opened: "first seen then", not "sent then". */
  fromHistory: z.boolean(),
  adapter: z.string().min(1).max(64),
  hiddenAt: epochMsSchema.nullable(),
  keyEvidence: z.boolean(),
});
export type ChatMessageRecord = z.infer<typeof chatMessageRecordSchema>;
