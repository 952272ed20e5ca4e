import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { CapturePorts } from '../capture/run-capture';
import type { DeliveryState } from '../messaging/frame-messages';

/**
 * The only doors from lib/ to browser.* APIs. Background code receives them as arguments, so
 * tests pass WXT's fakeBrowser (or plain fakes) and the real wiring lives in one file.
 */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; title?: string };
}

export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  allFrames: boolean;
  matchOriginAsFallback: boolean;
  runAt: 'document_idle' | 'document_end' | 'document_start';
  persistAcrossSessions: boolean;
}

export interface ReminderNotice {
  reminderId: string;
  caseId: string | null;
  title: string;
  message: string;
}

/** A tab a draft could go into; `active` means in front in the last focused window. */
export interface DraftTab {
  id: number;
  url: string;
  title: string | null;
  active: boolean;
  lastAccessed: number;
}

export interface BackgroundPorts {
  capture: CapturePorts;
  /** Feedback for captures made without the popup (the keyboard shortcut). */
  notify: {
    badge: (tabId: number, state: 'ok' | 'error') => Promise<void>;
    toast: (tabId: number, text: string) => Promise<void>;
    /** Due reminders on the toolbar badge (0 clears it), the soonest in the tooltip. */
    reminders: (count: number, title: string | null) => Promise<void>;
    /** A system notification for a reminder that just fell due; clicking it opens its case. */
    reminderFired: (notice: ReminderNotice) => Promise<void>;
  };
  drafts: {
    tabs: () => Promise<DraftTab[]>;
    /** Asks the chat script in the tab's frames to fill its chat box; true when one did. */
    insert: (tabId: number, text: string) => Promise<boolean>;
  };
  pill: {
    /** Tells the tab's top frame (frameId 0) a frame's delivery; true when its pill took it. */
    frameDelivery: (tabId: number, frameId: number, state: DeliveryState) => Promise<boolean>;
  };
  extensionId: string;
  extensionOrigin: string;
  manifestContentScriptMatches: () => string[];
  permissions: { containsOrigins: (origins: string[]) => Promise<boolean> };
  scripting: {
    registered: (ids: string[]) => Promise<string[]>;
    register: (scripts: RegisteredScript[]) => Promise<void>;
    unregister: (ids: string[]) => Promise<void>;
    /** Runs `file` in every open tab matching `patterns` (top frame, or every frame it may reach). */
    injectWhereOpen: (patterns: string[], file: ScriptPublicPath, options: { allFrames: boolean }) => Promise<void>;
  };
  /** storage.session: survives the worker stopping, not the browser closing. */
  session: {
    get: <T>(key: string) => Promise<T | undefined>;
    set: (key: string, value: unknown) => Promise<void>;
  };
  log: (message: string) => void;
}
