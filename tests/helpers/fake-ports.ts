import type { DeliveryState } from '@/lib/messaging/frame-messages';
import type { BackgroundPorts, DraftTab, RegisteredScript, ReminderNotice } from '@/lib/background/ports';

/** In-memory ports: what the background would ask of the browser, recorded for assertions. */
export function fakePorts(
  options: { granted?: string[]; manifestMatches?: string[]; chatBoxIn?: number[]; pillIn?: number[] } = {},
) {
  const session = new Map<string, unknown>();
  const registered = new Map<string, RegisteredScript>();
  const logs: string[] = [];
  const notices: ReminderNotice[] = [];
  const tabs: DraftTab[] = [];
  const inserts: { tabId: number; text: string }[] = [];
  const deliveries: { tabId: number; frameId: number; state: DeliveryState }[] = [];
  const injected: { patterns: string[]; file: string; allFrames: boolean }[] = [];
  const granted = new Set(options.granted ?? []);
  const ports: BackgroundPorts = {
    notify: {
      badge: async () => undefined,
      toast: async () => undefined,
      reminders: async () => undefined,
      reminderFired: async (notice) => void notices.push(notice),
    },
    capture: {
      tab: async () => {
        throw new Error('no tabs in unit tests');
      },
      screenshot: async () => '',
      pageArchive: async () => null,
      probe: async () => [],
    },
    drafts: {
      tabs: async () => [...tabs],
      insert: async (tabId, text) => {
        inserts.push({ tabId, text });
        return options.chatBoxIn?.includes(tabId) ?? false;
      },
    },
    pill: {
      frameDelivery: async (tabId, frameId, state) => {
        deliveries.push({ tabId, frameId, state });
        return options.pillIn?.includes(tabId) ?? false;
      },
    },
    extensionId: 'ext-id',
    extensionOrigin: 'chrome-extension://ext-id',
    manifestContentScriptMatches: () => options.manifestMatches ?? [],
    permissions: { containsOrigins: async (origins) => origins.every((o) => granted.has(o)) },
    scripting: {
      registered: async (ids) => ids.filter((id) => registered.has(id)),
      register: async (scripts) => scripts.forEach((s) => registered.set(s.id, s)),
      unregister: async (ids) => ids.forEach((id) => registered.delete(id)),
      injectWhereOpen: async (patterns, file, { allFrames }) => void injected.push({ patterns, file, allFrames }),
    },
    session: {
      get: async <T>(key: string) => session.get(key) as T | undefined,
      set: async (key, value) => void session.set(key, value),
    },
    log: (message) => logs.push(message),
  };
  return { ports, session, registered, logs, granted, injected, notices, tabs, inserts, deliveries };
}

export const contentSender = (tabUrl: string, frameUrl = tabUrl) => ({
  id: 'ext-id',
  url: frameUrl,
  frameId: 0,
  tab: { id: 7, url: tabUrl },
});

export const pageSender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
