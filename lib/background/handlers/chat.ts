import type { RepoContext } from '../../db/context';
import { findOrCreateCaseForSite } from '../../db/repos/cases';
import { findOrCreateCaseForConversation } from '../../db/repos/conversation-cases';
import { recordMessages } from '../../db/repos/messages';
import { getSettings } from '../../db/repos/settings';
import type { ChatDelivery, ChatHello, ChatPause, ChatRecord } from '../../messaging/schemas';
import type { HelloReply, PillLabels, RecordReply } from '../../messaging/protocol';
import { resolveLocale } from '../../i18n/locale';
import { plainText } from '../../i18n/plain';
import { messagingAppOfUrl, type MessagingApp } from '../../messaging-apps/apps';
import { isTopLevelUrlEnabled } from '../../sites/enabled-sites';
import { MAX_URL } from '../../schemas/limits';
import { siteOfUrl } from '../../sites/site-of-url';
import { fitText } from '../../text/clean';
import { appendDiagnostic } from '../diagnostics';
import { HandlerRefusal } from '../guard';
import type { BackgroundPorts, MessageSenderInfo } from '../ports';

export interface ChatHandlerDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
  /** The browser's languages, for the pill's words when the setting is "auto". */
  browserLanguages?: () => readonly string[];
}

/** Paused tabs live in storage.session: one key per tab, so the worker may stop between calls. */
const pausedKey = (tabId: number) => `paused:${tabId}`;

async function isTabPaused(deps: ChatHandlerDeps, sender: MessageSenderInfo): Promise<boolean> {
  const tabId = sender.tab?.id;
  return tabId === undefined ? false : (await deps.ports.session.get<boolean>(pausedKey(tabId))) === true;
}

async function pillLabels(deps: ChatHandlerDeps): Promise<PillLabels> {
  const settings = await getSettings(await deps.repo());
  const locale = resolveLocale(settings.language, deps.browserLanguages?.() ?? globalThis.navigator?.languages ?? []);
  return {
    recording: plainText(locale, (s) => s.pill.recording),
    paused: plainText(locale, (s) => s.pill.paused),
    pause: plainText(locale, (s) => s.pill.pause),
    resume: plainText(locale, (s) => s.pill.resume),
    storageFull: plainText(locale, (s) => s.pill.storageFull),
  };
}

/**
 * Privacy guard: a widget frame's origin is shared by every site that embeds it, so what
 * decides is the top-level page of the tab, never the frame's own URL.
 */
async function enabledSiteOfTab(deps: ChatHandlerDeps, sender: MessageSenderInfo): Promise<string | null> {
  const topUrl = sender.tab?.url;
  if (!topUrl) return null;
  if (isTopLevelUrlEnabled(topUrl, deps.ports.manifestContentScriptMatches())) return siteOfUrl(topUrl);
  const settings = await getSettings(await deps.repo());
  const sites = settings.autoCaptureSites.filter((site) => isTopLevelUrlEnabled(topUrl, site.patterns));
  // Access taken back in the browser's own menu leaves the setting on and the page's script
  // running: what decides is the access the browser still grants.
  for (const site of sites) {
    if (await deps.ports.permissions.containsOrigins([...site.patterns])) return siteOfUrl(topUrl);
  }
  return null;
}

/** Conversation ids the user chose in a messaging app. */
async function recordedConversationIds(deps: ChatHandlerDeps, app: MessagingApp): Promise<string[]> {
  const settings = await getSettings(await deps.repo());
  return settings.recordedConversations.filter((c) => c.app === app.id).map((c) => c.conversationId);
}

/**
 * A messaging app (WhatsApp Web, Telegram Web) is never recorded per site, even if its domain
 * was enabled as a site: only its top frame records, and only the conversations the user chose.
 */
async function helloOnMessagingApp(
  deps: ChatHandlerDeps,
  app: MessagingApp,
  hello: ChatHello,
  sender: MessageSenderInfo,
): Promise<{ ok: true } & HelloReply> {
  const ids = hello.frameKind === 'top' ? await recordedConversationIds(deps, app) : [];
  const recording = ids.length > 0;
  await appendDiagnostic(deps.ports, 'frames', {
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? null,
    url: sender.url ?? null,
    frameKind: hello.frameKind,
    adapter: hello.adapter,
    shadowRoots: hello.shadowRoots,
    recording,
  });
  if (!recording) return { ok: true, recording: false, site: app.site, paused: false, pill: null, conversations: [] };
  return {
    ok: true,
    recording: true,
    site: app.site,
    paused: await isTabPaused(deps, sender),
    pill: await pillLabels(deps),
    conversations: ids,
  };
}

/** Stores a batch in its case; every key the page may stop resending is acknowledged. */
async function storeBatch(
  ctx: RepoContext,
  caseId: string,
  site: string,
  batch: ChatRecord,
  sender: MessageSenderInfo,
): Promise<{ ok: true } & RecordReply> {
  const outcome = await recordMessages(ctx, {
    caseId,
    site,
    // A frame's address can be longer than the stored field (Chromium accepts 2 MB).
    frameUrl: fitText(sender.url ?? '', MAX_URL),
    adapter: batch.adapter,
    messages: batch.messages,
  });
  return { ok: true, caseId, acknowledged: [...outcome.stored, ...outcome.revised, ...outcome.unchanged] };
}

async function recordOnMessagingApp(
  deps: ChatHandlerDeps,
  app: MessagingApp,
  batch: ChatRecord,
  sender: MessageSenderInfo,
): Promise<{ ok: true } & RecordReply> {
  const conversation = batch.conversation;
  if (!conversation || conversation.app !== app.id || (sender.frameId ?? 0) !== 0) {
    throw new HandlerRefusal('conversation-not-recorded', `${app.name} is recorded per conversation only`);
  }
  if (!(await deps.ports.permissions.containsOrigins([...app.patterns]))) {
    throw new HandlerRefusal('conversation-not-recorded', `access to ${app.name} was taken back`);
  }
  const ctx = await deps.repo();
  const target = { app: app.id, conversationId: conversation.id, appName: app.name, appSite: app.site };
  // Checked before anything else, paused or not: a chat the user did not choose is never kept.
  const record = await findOrCreateCaseForConversation(ctx, target);
  if (!record) {
    throw new HandlerRefusal('conversation-not-recorded', `this ${app.name} conversation is not one the user chose`);
  }
  if (await isTabPaused(deps, sender)) {
    return { ok: true, caseId: null, acknowledged: batch.messages.map((m) => m.key) };
  }
  return storeBatch(ctx, record.id, app.site, batch, sender);
}

export async function handleChatHello(
  deps: ChatHandlerDeps,
  hello: ChatHello,
  sender: MessageSenderInfo,
): Promise<{ ok: true } & HelloReply> {
  const app = messagingAppOfUrl(sender.tab?.url);
  if (app) return helloOnMessagingApp(deps, app, hello, sender);
  const site = await enabledSiteOfTab(deps, sender);
  await appendDiagnostic(deps.ports, 'frames', {
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? null,
    url: sender.url ?? null,
    frameKind: hello.frameKind,
    adapter: hello.adapter,
    shadowRoots: hello.shadowRoots,
    recording: site !== null,
  });
  if (site === null) return { ok: true, recording: false, site, paused: false, pill: null, conversations: null };
  return {
    ok: true,
    recording: true,
    site,
    paused: await isTabPaused(deps, sender),
    pill: hello.frameKind === 'top' ? await pillLabels(deps) : null,
    conversations: null,
  };
}

export async function handleChatRecord(
  deps: ChatHandlerDeps,
  batch: ChatRecord,
  sender: MessageSenderInfo,
): Promise<{ ok: true } & RecordReply> {
  const app = messagingAppOfUrl(sender.tab?.url);
  if (app) return recordOnMessagingApp(deps, app, batch, sender);
  const site = await enabledSiteOfTab(deps, sender);
  if (!site) throw new HandlerRefusal('site-not-enabled', 'auto-capture is not enabled for this tab’s site');
  // Paused by the user: acknowledged so the page stops resending, and not stored.
  if (await isTabPaused(deps, sender)) {
    return { ok: true, caseId: null, acknowledged: batch.messages.map((m) => m.key) };
  }
  const ctx = await deps.repo();
  const { record } = await findOrCreateCaseForSite(ctx, site, site);
  return storeBatch(ctx, record.id, site, batch, sender);
}

/** The pill's Pause/Resume: every frame of the tab stops (or starts) being stored at once. */
export async function handleChatPause(
  deps: ChatHandlerDeps,
  request: ChatPause,
  sender: MessageSenderInfo,
): Promise<{ ok: true; paused: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new HandlerRefusal('invalid-payload', 'pause comes from a tab');
  const app = messagingAppOfUrl(sender.tab?.url);
  if (app ? (await recordedConversationIds(deps, app)).length === 0 : !(await enabledSiteOfTab(deps, sender))) {
    throw new HandlerRefusal('site-not-enabled', 'auto-capture is not enabled for this tab’s site');
  }
  await deps.ports.session.set(pausedKey(tabId), request.paused);
  return { ok: true, paused: request.paused };
}

/**
 * An iframe's outbox was refused for a full disk, or delivers again: the tab's top frame, which
 * alone shows the pill, is told. Nothing is kept here (the worker may stop at any time): the top
 * frame holds each frame's state, and the iframe sends again until it is shown. The tab and frame
 * come from the sender, so a frame can only ever speak for itself, in its own tab.
 */
export async function handleChatDelivery(
  deps: ChatHandlerDeps,
  request: ChatDelivery,
  sender: MessageSenderInfo,
): Promise<{ ok: true; shown: boolean }> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) throw new HandlerRefusal('invalid-payload', 'comes from a frame');
  if (frameId === 0) throw new HandlerRefusal('invalid-payload', 'the top frame shows its own delivery');
  // On a messaging app only the top frame records: an iframe there has nothing to report.
  if (messagingAppOfUrl(sender.tab?.url) || !(await enabledSiteOfTab(deps, sender))) {
    throw new HandlerRefusal('site-not-enabled', 'auto-capture is not enabled for this tab’s site');
  }
  return { ok: true, shown: await deps.ports.pill.frameDelivery(tabId, frameId, request.state) };
}
