import type { RepoContext } from '../../db/context';
import { getSettings, updateSettings } from '../../db/repos/settings';
import type { SiteDisable, SiteEnable } from '../../messaging/schemas';
import { patternsCoverMessagingApp } from '../../messaging-apps/apps';
import { HandlerRefusal } from '../guard';
import type { BackgroundPorts } from '../ports';
import { startChatScriptInOpenTabs, startInAllOpenTabs, syncContentScripts } from '../registration';

export interface SitesHandlerDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
}

/** The page asked for the permission (it needs the user's click); here we check and register. */
export async function handleEnableSite(deps: SitesHandlerDeps, request: SiteEnable) {
  // Messaging apps are recorded per conversation, never per site (personal chats live there).
  const app = patternsCoverMessagingApp(request.patterns);
  if (app) {
    throw new HandlerRefusal(
      'invalid-payload',
      `${app.name} is recorded per conversation: open the chat and choose “Record this conversation”`,
    );
  }
  if (!(await deps.ports.permissions.containsOrigins(request.patterns))) {
    throw new HandlerRefusal('permission-missing', `site access for ${request.site} was not granted`);
  }
  const ctx = await deps.repo();
  const settings = await updateSettings(ctx, (current) => ({
    ...current,
    autoCaptureSites: [
      ...current.autoCaptureSites.filter((s) => s.site !== request.site),
      { site: request.site, patterns: request.patterns, enabledAt: ctx.now() },
    ],
  }));
  await syncContentScripts(deps.ports, settings);
  // The page the user is on when turning it on is recorded from now, not from its next load.
  await startChatScriptInOpenTabs(deps.ports, request.patterns);
  return { ok: true as const, site: request.site };
}

export async function handleDisableSite(deps: SitesHandlerDeps, request: SiteDisable) {
  const ctx = await deps.repo();
  const removed = (await getSettings(ctx)).autoCaptureSites.find((s) => s.site === request.site);
  const settings = await updateSettings(ctx, (current) => ({
    ...current,
    autoCaptureSites: current.autoCaptureSites.filter((s) => s.site !== request.site),
  }));
  await syncContentScripts(deps.ports, settings);
  // Open pages of the site get a fresh copy that finds the site off and ends the old one, pill
  // included: the background already refuses their batches, now the page stops saying it records.
  if (removed) await startChatScriptInOpenTabs(deps.ports, removed.patterns);
  return { ok: true as const, site: request.site };
}

export async function resyncRegistrations(deps: SitesHandlerDeps) {
  return syncContentScripts(deps.ports, await getSettings(await deps.repo()));
}

/** Installed, updated or reloaded: registrations again, and recording resumed in open tabs. */
export async function resyncAndResume(deps: SitesHandlerDeps) {
  const settings = await getSettings(await deps.repo());
  await syncContentScripts(deps.ports, settings);
  await startInAllOpenTabs(deps.ports, settings);
}
