import { browser } from 'wxt/browser';
import { findChatScroller, scrollChatTo, topLayout, type ScrollerFound } from '../capture/conversation-probe';
import { blobFromDataUrl } from '../capture/data-url';
import { PROBE_TEXT_LIMIT, probeFrame, type FrameProbe } from '../capture/page-probe';
import { imageWidthOf, stitchOnCanvas } from '../capture/stitch-canvas';
import type { ConversationPorts } from '../capture/whole-conversation';
import { e2ePause } from './e2e-hooks';
import { removeOwnUi, showToast } from '../capture/toast';
import type { BackgroundPorts } from './ports';
import { readOpenConversation } from '../messaging-apps/conversation';
import { reminderNotificationId } from '../reminders/notification-id';
import {
  FRAME_DELIVERY,
  INSERT_DRAFT,
  isFrameDeliveryReply,
  type FrameDeliveryMessage,
  type InsertDraftMessage,
  type InsertDraftReply,
} from '../messaging/frame-messages';

/**
 * pageCapture's Blob sometimes cannot be read in the worker on the first try of a session
 * (NotFoundError); a second capture has always been readable. Returns bytes already read.
 */
async function readablePageArchive(tabId: number): Promise<Blob | null> {
  if (!browser.pageCapture) return null;
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const archive = await browser.pageCapture.saveAsMHTML({ tabId });
      if (!archive) throw new Error('no page archive returned');
      return new Blob([await archive.arrayBuffer()], { type: 'multipart/related' });
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/**
 * Chrome allows two captureVisibleTab calls a second; a second shortcut press (or a capture right
 * after another) waits its turn instead of failing.
 */
async function underScreenshotQuota(take: () => Promise<string>): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await take();
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 600));
    }
  }
}

function conversationPorts(): ConversationPorts {
  return {
    findScrollers: async (tabId) => {
      const results = await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: findChatScroller,
      });
      return results.flatMap((r) =>
        r.result && typeof r.result === 'object' ? [{ frameId: r.frameId, found: r.result as ScrollerFound }] : [],
      );
    },
    topLayout: async (tabId) => {
      const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: topLayout });
      return result?.result ?? { viewport: { width: 0, height: 0 }, frames: [] };
    },
    scrollTo: async (tabId, frameId, top) => {
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        func: scrollChatTo,
        args: [top],
      });
      return result?.result ?? null;
    },
    screenshot: async (windowId) =>
      blobFromDataUrl(await underScreenshotQuota(() => browser.tabs.captureVisibleTab(windowId, { format: 'png' }))),
    imageWidth: imageWidthOf,
    stitch: stitchOnCanvas,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
}

/** The real ports, over `browser.*`. Kept thin: all logic is in code that receives the ports. */
export function createBrowserPorts(): BackgroundPorts {
  const extensionId = browser.runtime.id;
  return {
    notify: {
      badge: async (tabId, state) => {
        await browser.action.setBadgeBackgroundColor({ tabId, color: state === 'ok' ? '#2f7a4b' : '#a8382a' });
        await browser.action.setBadgeText({ tabId, text: state === 'ok' ? '✓' : '!' });
      },
      reminders: async (count, title) => {
        await browser.action.setBadgeBackgroundColor({ color: '#8a5a00' });
        await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
        await browser.action.setTitle({ title: title ?? 'Paper Trail' });
      },
      reminderFired: async ({ reminderId, caseId, title, message }) => {
        await browser.notifications.create(reminderNotificationId(reminderId, caseId), {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title,
          message,
        });
      },
      toast: async (tabId, text) => {
        await browser.scripting.executeScript({ target: { tabId }, func: showToast, args: [text] });
      },
    },
    capture: {
      tab: async (tabId) => {
        const tab = await browser.tabs.get(tabId);
        return { id: tabId, windowId: tab.windowId ?? -1, url: tab.url, title: tab.title };
      },
      hideOwnUi: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, func: removeOwnUi });
      },
      screenshot: (windowId) => underScreenshotQuota(() => browser.tabs.captureVisibleTab(windowId, { format: 'png' })),
      pageArchive: readablePageArchive,
      conversation: conversationPorts(),
      probe: async (tabId) => {
        const results = await browser.scripting.executeScript({
          target: { tabId, allFrames: true },
          func: probeFrame,
          args: [PROBE_TEXT_LIMIT],
        });
        return results.map((r) => r.result).filter((r): r is FrameProbe => !!r && typeof r === 'object');
      },
      openConversation: async (tabId) => {
        const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: readOpenConversation });
        return injection?.result ?? null;
      },
      ...(import.meta.env.MODE === 'e2e' ? { testPause: e2ePause } : {}),
    },
    drafts: {
      tabs: async () => {
        const [front] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        const all = await browser.tabs.query({});
        return all.flatMap((tab) =>
          tab.id === undefined || !tab.url
            ? []
            : [
                {
                  id: tab.id,
                  url: tab.url,
                  title: tab.title ?? null,
                  active: tab.id === front?.id,
                  lastAccessed: tab.lastAccessed ?? 0,
                },
              ],
        );
      },
      insert: async (tabId, text) => {
        const message: InsertDraftMessage = { type: INSERT_DRAFT, text };
        // Every frame gets it; only a frame whose chat script holds a chat box answers.
        const reply: unknown = await browser.tabs.sendMessage(tabId, message).catch(() => null);
        return typeof reply === 'object' && reply !== null && (reply as InsertDraftReply).inserted === true;
      },
    },
    pill: {
      frameDelivery: async (tabId, frameId, state) => {
        const message: FrameDeliveryMessage = { type: FRAME_DELIVERY, frameId, state };
        const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => null);
        return isFrameDeliveryReply(reply);
      },
    },
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
      injectWhereOpen: async (patterns, file, { allFrames }) => {
        const tabs = await browser.tabs.query({ url: patterns });
        await Promise.all(
          tabs.map((tab) =>
            tab.id === undefined
              ? undefined
              : browser.scripting
                  .executeScript({ target: { tabId: tab.id, allFrames }, files: [file] })
                  .catch((error: unknown) =>
                    console.warn(`[paper-trail] could not start in tab ${tab.id}: ${String(error)}`),
                  ),
          ),
        );
      },
    },
    session: {
      get: async <T>(key: string) => (await browser.storage.session.get(key))[key] as T | undefined,
      set: (key, value) => browser.storage.session.set({ [key]: value }),
    },
    log: (message) => console.warn(`[paper-trail] ${message}`),
  };
}
