import { z } from 'zod';
import { activeCallSchema } from './call';
import { epochMsSchema, jurisdictionSchema, siteSchema } from './common';

export const autoCaptureSiteSchema = z.object({
  site: siteSchema,
  /** Match patterns the content script is registered for: the site and its widget frames. */
  patterns: z.array(z.string().min(1).max(512)).min(1).max(64),
  enabledAt: epochMsSchema,
});
export type AutoCaptureSite = z.infer<typeof autoCaptureSiteSchema>;

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
};
