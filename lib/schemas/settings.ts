import { z } from 'zod';
import { activeCallSchema } from './call';
import { MESSAGING_APP_IDS } from '../messaging-apps/apps';
import { epochMsSchema, idSchema, jurisdictionSchema, shortTextSchema, siteSchema } from './common';

export const autoCaptureSiteSchema = z.object({
  site: siteSchema,
  /** Match patterns the content script is registered for: the site and its widget frames. */
  patterns: z.array(z.string().min(1).max(512)).min(1).max(64),
  enabledAt: epochMsSchema,
});
export type AutoCaptureSite = z.infer<typeof autoCaptureSiteSchema>;

/** A chat's id in its app: printable, no control characters. */
export const conversationIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^\P{Cc}+$/u);

/**
 * A conversation in a messaging web app the user chose to record (WhatsApp Web, Telegram Web):
 * there, recording is per conversation, never per site.
 */
export const recordedConversationSchema = z.object({
  app: z.enum(MESSAGING_APP_IDS),
  /** The app's own id for the chat (WhatsApp jid, Telegram peer id), see lib/messaging-apps/. */
  conversationId: conversationIdSchema,
  /** The chat's title when it was chosen: names its case. */
  title: shortTextSchema.min(1),
  addedAt: epochMsSchema,
  /** The case its messages go to, set by its first recorded batch. */
  caseId: idSchema.nullable().default(null),
});
export type RecordedConversation = z.infer<typeof recordedConversationSchema>;

export const settingsSchema = z.object({
  id: z.literal('settings'),
  /** 'auto' follows the browser's language. */
  language: z.enum(['auto', 'en', 'he', 'ru']),
  /** Default jurisdiction for rights: consumer law usually follows where the consumer lives. */
  homeCountry: jurisdictionSchema.nullable(),
  grammaticalForm: z.enum(['feminine', 'masculine', 'neutral']),
  autoCaptureSites: z.array(autoCaptureSiteSchema).max(500),
  firstRunCompletedAt: epochMsSchema.nullable(),
  lastBackupAt: epochMsSchema.nullable(),
  backupReminderDismissedAt: epochMsSchema.nullable(),
  /** Phone calls being logged right now, one per case; absent in settings saved before calls existed. */
  activeCalls: z.array(activeCallSchema).max(50).default([]),
  /** Messaging-app conversations to record; absent in settings saved before they existed. */
  recordedConversations: z.array(recordedConversationSchema).max(500).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  language: 'auto',
  homeCountry: null,
  grammaticalForm: 'neutral',
  autoCaptureSites: [],
  firstRunCompletedAt: null,
  lastBackupAt: null,
  backupReminderDismissedAt: null,
  activeCalls: [],
  recordedConversations: [],
};
