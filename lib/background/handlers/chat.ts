import type { RepoContext } from '../../db/context';
import { findOrCreateCaseForSite } from '../../db/repos/cases';
import { recordMessages } from '../../db/repos/messages';
import { getSettings } from '../../db/repos/settings';
import type { ChatHello, ChatRecord } from '../../messaging/schemas';
import type { HelloReply, RecordReply } from '../../messaging/protocol';
import { enabledPatterns, isTopLevelUrlEnabled } from '../../sites/enabled-sites';
import { MAX_URL } from '../../schemas/limits';
import { siteOfUrl } from '../../sites/site-of-url';
import { fitText } from '../../text/clean';
import { appendDiagnostic } from '../diagnostics';
import { HandlerRefusal } from '../guard';
import type { BackgroundPorts, MessageSenderInfo } from '../ports';

export interface ChatHandlerDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
}

/**
 * Privacy guard: a widget frame's origin is shared by every site that embeds it, so what
 * decides is the top-level page of the tab, never the frame's own URL.
 */
async function enabledSiteOfTab(deps: ChatHandlerDeps, sender: MessageSenderInfo): Promise<string | null> {
  const topUrl = sender.tab?.url;
  const settings = await getSettings(await deps.repo());
  const patterns = enabledPatterns(settings.autoCaptureSites, deps.ports.manifestContentScriptMatches());
  if (!isTopLevelUrlEnabled(topUrl, patterns)) return null;
  return siteOfUrl(topUrl);
}

export async function handleChatHello(
  deps: ChatHandlerDeps,
  hello: ChatHello,
  sender: MessageSenderInfo,
): Promise<{ ok: true } & HelloReply> {
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
  return { ok: true, recording: site !== null, site };
}

export async function handleChatRecord(
  deps: ChatHandlerDeps,
  batch: ChatRecord,
  sender: MessageSenderInfo,
): Promise<{ ok: true } & RecordReply> {
  const site = await enabledSiteOfTab(deps, sender);
  if (!site) throw new HandlerRefusal('site-not-enabled', 'auto-capture is not enabled for this tab’s site');
  const ctx = await deps.repo();
  const { record } = await findOrCreateCaseForSite(ctx, site, site);
  const outcome = await recordMessages(ctx, {
    caseId: record.id,
    site,
    // A frame's address can be longer than the stored field (Chromium accepts 2 MB).
    frameUrl: fitText(sender.url ?? '', MAX_URL),
    adapter: batch.adapter,
    messages: batch.messages,
  });
  return {
    ok: true,
    caseId: record.id,
    acknowledged: [...outcome.stored, ...outcome.revised, ...outcome.unchanged],
  };
}
