/**
 * The few `chrome.*` calls the tests make inside the service worker, extension pages and
 * content-script worlds. Functions passed to `evaluate` are serialised, so they cannot import
 * anything: they read `chrome` from `globalThis` and cast it to this type.
 */
export interface ChromeForTests {
  runtime: {
    id: string;
    lastError?: { message?: string };
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { content_scripts?: { matches?: string[] }[] };
  };
  tabs: {
    query(query: {
      url?: string | string[];
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<{ id?: number; url?: string }[]>;
  };
  scripting: {
    executeScript<A extends unknown[], R>(injection: {
      target: { tabId: number; frameIds?: number[]; allFrames?: boolean };
      world?: 'ISOLATED' | 'MAIN';
      func: (...args: A) => R;
      args?: A;
    }): Promise<{ frameId: number; result?: Awaited<R> }[]>;
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
  };
  storage: {
    session: { get(keys: string | string[] | null): Promise<Record<string, unknown>> };
  };
  action: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
    getTitle(details: { tabId?: number }): Promise<string>;
  };
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number }[]>;
  };
  notifications: {
    getAll(): Promise<Record<string, boolean>>;
  };
  permissions: {
    contains(permissions: { permissions?: string[]; origins?: string[] }): Promise<boolean>;
  };
}

export type WithChrome = { chrome: ChromeForTests };

/** The raw shape @webext-core/messaging 4 puts on the wire, and the envelope of its replies. */
export interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}
export type WireReply =
  | { res: { ok: true; [key: string]: unknown } | { ok: false; error: { code: string; message: string } } }
  | { err: unknown }
  | undefined;
