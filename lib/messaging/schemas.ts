import { z } from 'zod';
import { MAX_MESSAGE_TEXT, shortTextSchema, siteSchema } from '../schemas/common';
import { DELIVERY_STATES, MAX_DRAFT_TEXT } from './frame-messages';
import { authorRoleSchema } from '../schemas/message';
import { MESSAGING_APP_IDS } from '../messaging-apps/apps';
import { conversationIdSchema } from '../schemas/settings';
import { isCleanText } from '../text/clean';

/** The recorder cleans page text (lib/text/clean.ts); text that is not clean did not come from it. */
const cleanText = <T extends z.ZodString>(schema: T) =>
  schema.refine(
    isCleanText,
    'text holds an unpaired surrogate or a control character (NUL…); the recorder removes them',
  );

/**
 * Payloads of every message between contexts, validated by the background before use.
 * Content scripts import only the types (`import type`), so Zod never ships to pages.
 */
export const observedMessageSchema = z.object({
  key: z.string().min(1).max(512),
  role: authorRoleSchema,
  authorName: cleanText(shortTextSchema).nullable(),
  text: cleanText(z.string().max(MAX_MESSAGE_TEXT)),
  truncated: z.boolean(),
  widgetTimeText: cleanText(shortTextSchema).nullable(),
  fromHistory: z.boolean(),
  seenAt: z.number().finite().nonnegative(),
});
export type ObservedMessage = z.infer<typeof observedMessageSchema>;

export const chatHelloSchema = z.object({
  frameKind: z.enum(['top', 'iframe']),
  adapter: z.string().min(1).max(64).nullable(),
  shadowRoots: z.number().int().nonnegative().max(100_000),
});
export type ChatHello = z.infer<typeof chatHelloSchema>;

/** The messaging-app conversation a batch was read from (required from messaging-app tabs). */
export const batchConversationSchema = z.object({
  app: z.enum(MESSAGING_APP_IDS),
  id: conversationIdSchema,
});

export const chatRecordSchema = z.object({
  batchId: z.string().min(1).max(64),
  adapter: z.string().min(1).max(64),
  messages: z.array(observedMessageSchema).min(1).max(500),
  conversation: batchConversationSchema.optional(),
});
export type ChatRecord = z.infer<typeof chatRecordSchema>;

export const chatPauseSchema = z.object({ paused: z.boolean() });
export type ChatPause = z.infer<typeof chatPauseSchema>;

/** An iframe's outbox changed delivery state; the background tells the tab's top frame. */
export const chatDeliverySchema = z.object({ state: z.enum(DELIVERY_STATES) });
export type ChatDelivery = z.infer<typeof chatDeliverySchema>;

export const siteEnableSchema = z.object({
  site: siteSchema,
  patterns: z.array(z.string().min(1).max(512)).min(1).max(64),
});
export type SiteEnable = z.infer<typeof siteEnableSchema>;

export const siteDisableSchema = z.object({ site: siteSchema });
export type SiteDisable = z.infer<typeof siteDisableSchema>;

export const conversationAddSchema = z.object({
  app: z.enum(MESSAGING_APP_IDS),
  conversationId: conversationIdSchema,
  title: shortTextSchema.min(1),
});
export type ConversationAdd = z.infer<typeof conversationAddSchema>;

export const conversationRemoveSchema = z.object({
  app: z.enum(MESSAGING_APP_IDS),
  conversationId: conversationIdSchema,
});
export type ConversationRemove = z.infer<typeof conversationRemoveSchema>;

export const captureRunSchema = z.object({
  tabId: z.number().int().nonnegative(),
  /**
   * Chosen by the caller once per click and sent again on a retry: a capture that was saved
   * before the worker stopped is returned, not saved twice.
   */
  requestId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
});
export type CaptureRun = z.infer<typeof captureRunSchema>;

export const captureConversationSchema = z.object({
  tabId: z.number().int().nonnegative(),
  captureId: z.string().min(1).max(64),
});
export type CaptureConversation = z.infer<typeof captureConversationSchema>;

export const captureUndoSchema = z.object({ captureId: z.string().min(1).max(64) });
export type CaptureUndo = z.infer<typeof captureUndoSchema>;

export const draftInsertSchema = z.object({
  /** The case the draft is for: its site picks the tab when the workspace is a tab of its own. */
  site: siteSchema.nullable(),
  text: z.string().min(1).max(MAX_DRAFT_TEXT),
});
export type DraftInsert = z.infer<typeof draftInsertSchema>;

/** Which context may send each message; the background checks the sender against it. */
export const messageRules = {
  'chat.hello': { from: 'content', schema: chatHelloSchema },
  'chat.record': { from: 'content', schema: chatRecordSchema },
  'chat.pause': { from: 'content', schema: chatPauseSchema },
  'chat.delivery': { from: 'content', schema: chatDeliverySchema },
  'sites.enable': { from: 'extension', schema: siteEnableSchema },
  'sites.disable': { from: 'extension', schema: siteDisableSchema },
  'conversations.add': { from: 'extension', schema: conversationAddSchema },
  'conversations.remove': { from: 'extension', schema: conversationRemoveSchema },
  'capture.run': { from: 'extension', schema: captureRunSchema },
  'capture.undo': { from: 'extension', schema: captureUndoSchema },
  'capture.conversation': { from: 'extension', schema: captureConversationSchema },
  'draft.insert': { from: 'extension', schema: draftInsertSchema },
} as const;
export type MessageName = keyof typeof messageRules;
