import type { ChatAdapter } from '../adapters/types';
import { telegramAdapter } from '../adapters/vendors/telegram';
import { whatsappAdapter } from '../adapters/vendors/whatsapp';
import type { MessagingAppId } from './apps';

/** The reader for a messaging app's open conversation: the only adapter run on its pages. */
export const MESSAGING_APP_ADAPTERS: Readonly<Record<MessagingAppId, ChatAdapter>> = {
  whatsapp: whatsappAdapter,
  telegram: telegramAdapter,
};
