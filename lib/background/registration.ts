import { messagingAppById, type MessagingApp } from '../messaging-apps/apps';
import { enabledPatterns } from '../sites/enabled-sites';
import type { Settings } from '../schemas/settings';
import type { BackgroundPorts, RegisteredScript } from './ports';

export const CHAT_SCRIPT_ID = 'paper-trail-chat';
export const CHAT_SCRIPT_FILE = 'content-scripts/chat.js';
export const CHAT_SCRIPT_PATH = '/content-scripts/chat.js';
export const MESSAGING_APP_SCRIPT_ID = 'paper-trail-messaging-app';
/** Registered by this name; injected by its public path (the same file). */
export const MESSAGING_APP_SCRIPT_FILE = 'content-scripts/messaging-app.js';
export const MESSAGING_APP_SCRIPT_PATH = '/content-scripts/messaging-app.js';

async function grantedOf(ports: BackgroundPorts, patterns: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of new Set(patterns)) {
    if (await ports.permissions.containsOrigins([pattern])) granted.push(pattern);
  }
  return granted;
}

/** Replaces the registration `id` with one for `matches`, or removes it when nothing matches. */
async function syncOne(ports: BackgroundPorts, script: Omit<RegisteredScript, 'matches'>, matches: string[]) {
  const existing = await ports.scripting.registered([script.id]);
  if (existing.length > 0) await ports.scripting.unregister([script.id]);
  if (matches.length > 0) await ports.scripting.register([{ ...script, matches }]);
}

/**
 * Registers the content scripts for exactly what the user enabled and the browser still grants
 * (WXT's runtime registration would put the patterns into required host permissions and drop the
 * frame options): the chat script for enabled sites — `matchOriginAsFallback` also covers
 * about:blank, srcdoc and data: frames, where widgets render — and the messaging-app script, top
 * frame only, for apps where a conversation was chosen. Returns the chat script's patterns.
 */
export async function syncContentScripts(ports: BackgroundPorts, settings: Settings): Promise<string[]> {
  const sitePatterns = await grantedOf(ports, enabledPatterns(settings.autoCaptureSites, []));
  const appPatterns = await grantedOf(
    ports,
    [...new Set(settings.recordedConversations.map((c) => c.app))].flatMap(
      (id) => messagingAppById(id)?.patterns ?? [],
    ),
  );
  const common = { runAt: 'document_idle', persistAcrossSessions: true } as const;
  await syncOne(
    ports,
    { id: CHAT_SCRIPT_ID, js: [CHAT_SCRIPT_FILE], allFrames: true, matchOriginAsFallback: true, ...common },
    sitePatterns,
  );
  await syncOne(
    ports,
    {
      id: MESSAGING_APP_SCRIPT_ID,
      js: [MESSAGING_APP_SCRIPT_FILE],
      allFrames: false,
      matchOriginAsFallback: false,
      ...common,
    },
    appPatterns,
  );
  return sitePatterns;
}

/**
 * Browsers run registered (and declared) content scripts only in pages loaded afterwards. These
 * start them in tabs already open — after "Auto-capture on this site", a conversation chosen, or
 * the extension updated or reloaded mid-chat — so recording starts (or resumes) at once. A newer
 * copy of a script invalidates the older one (WXT's content-script context), and keys already
 * stored are not stored again.
 */
export async function startChatScriptInOpenTabs(ports: BackgroundPorts, patterns: readonly string[]) {
  const granted = await grantedOf(ports, patterns);
  if (granted.length === 0) return;
  await ports.scripting.injectWhereOpen(granted, CHAT_SCRIPT_PATH, { allFrames: true }).catch((error: unknown) => {
    ports.log(`could not start recording in open tabs: ${String(error)}`);
  });
}

export async function startMessagingAppScriptInOpenTabs(ports: BackgroundPorts, app: MessagingApp) {
  await ports.scripting
    .injectWhereOpen([...app.patterns], MESSAGING_APP_SCRIPT_PATH, { allFrames: false })
    .catch((error: unknown) => ports.log(`could not restart recording in open ${app.name} tabs: ${String(error)}`));
}

/** After an install, update or reload: every enabled site and every app with a chosen conversation. */
export async function startInAllOpenTabs(ports: BackgroundPorts, settings: Settings) {
  await startChatScriptInOpenTabs(
    ports,
    enabledPatterns(settings.autoCaptureSites, ports.manifestContentScriptMatches()),
  );
  for (const id of new Set(settings.recordedConversations.map((c) => c.app))) {
    const app = messagingAppById(id);
    if (app && (await ports.permissions.containsOrigins([...app.patterns])))
      await startMessagingAppScriptInOpenTabs(ports, app);
  }
}
