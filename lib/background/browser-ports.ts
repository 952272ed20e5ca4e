import { browser } from 'wxt/browser';
import type { BackgroundPorts } from './ports';

/** The real ports, over `browser.*`. Kept thin: all logic is in code that receives the ports. */
export function createBrowserPorts(): BackgroundPorts {
  const extensionId = browser.runtime.id;
  return {
    extensionId,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    manifestContentScriptMatches: () =>
      (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []),
    permissions: {
      containsOrigins: (origins) => browser.permissions.contains({ origins }),
    },
    scripting: {
      registered: async (ids) =>
        (await browser.scripting.getRegisteredContentScripts({ ids })).map((script) => script.id),
      // Firefox's registerContentScripts has no matchOriginAsFallback (it rejects unknown keys).
      register: (scripts) =>
        browser.scripting.registerContentScripts(
          import.meta.env.FIREFOX ? scripts.map(({ matchOriginAsFallback: _fallback, ...script }) => script) : scripts,
        ),
      unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    },
    session: {
      get: async <T>(key: string) => (await browser.storage.session.get(key))[key] as T | undefined,
      set: (key, value) => browser.storage.session.set({ [key]: value }),
    },
    log: (message) => console.warn(`[paper-trail] ${message}`),
  };
}
