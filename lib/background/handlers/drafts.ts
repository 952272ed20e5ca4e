import type { DraftInsert } from '../../messaging/schemas';
import type { DraftInsertOutcome } from '../../messaging/protocol';
import { siteOfUrl } from '../../sites/site-of-url';
import { webUrlOf } from '../../sites/web-url';
import type { BackgroundPorts, DraftTab } from '../ports';

export interface DraftHandlerDeps {
  ports: BackgroundPorts;
}

/**
 * The tab a draft is for: the web page in front of the user (the workspace open as a side panel
 * beside the chat), else — the workspace being a tab of its own — the case's site's most recently
 * used tab. Never an extension or browser page.
 */
export function pickDraftTab(tabs: readonly DraftTab[], site: string | null): DraftTab | null {
  const web = tabs.filter((tab) => webUrlOf(tab.url) !== null);
  const front = web.find((tab) => tab.active);
  if (front) return front;
  if (site === null) return null;
  const ofSite = web.filter((tab) => siteOfUrl(tab.url) === site).sort((a, b) => b.lastAccessed - a.lastAccessed);
  return ofSite[0] ?? null;
}

export async function handleDraftInsert(
  deps: DraftHandlerDeps,
  request: DraftInsert,
): Promise<{ ok: true } & DraftInsertOutcome> {
  const tab = pickDraftTab(await deps.ports.drafts.tabs(), request.site);
  if (!tab) return { ok: true, result: 'no-tab', tabTitle: null };
  const inserted = await deps.ports.drafts.insert(tab.id, request.text);
  return { ok: true, result: inserted ? 'inserted' : 'no-chat-box', tabTitle: tab.title };
}
