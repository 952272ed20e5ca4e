import { messagingAppById } from '../messaging-apps/apps';
import { enabledPatterns } from '../sites/enabled-sites';
import type { Settings } from '../schemas/settings';
import type { BackgroundPorts } from './ports';

export const CHAT_SCRIPT_ID = 'paper-trail-chat';
export const CHAT_SCRIPT_FILE = 'content-scripts/chat.js';

/**
 * Registers the chat content script for exactly the enabled sites (WXT's runtime registration
 * would put the patterns into required host permissions and drop the frame options).
 * `matchOriginAsFallback` also covers about:blank, srcdoc and data: frames, where widgets render.
 */
export async function syncChatScriptRegistration(ports: BackgroundPorts, settings: Settings): Promise<string[]> {
  // Messaging apps with a chosen conversation get the script too; it records only those chats.
  const appPatterns = [...new Set(settings.recordedConversations.map((c) => c.app))].flatMap(
    (id) => messagingAppById(id)?.patterns ?? [],
  );
  const userPatterns = [...new Set([...enabledPatterns(settings.autoCaptureSites, []), ...appPatterns])];
  const granted: string[] = [];
  for (const pattern of userPatterns) {
    if (await ports.permissions.containsOrigins([pattern])) granted.push(pattern);
  }
  const existing = await ports.scripting.registered([CHAT_SCRIPT_ID]);
  if (existing.length > 0) await ports.scripting.unregister([CHAT_SCRIPT_ID]);
  if (granted.length === 0) return [];
  await ports.scripting.register([
    {
      id: CHAT_SCRIPT_ID,
      js: [CHAT_SCRIPT_FILE],
      matches: granted,
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return granted;
}
