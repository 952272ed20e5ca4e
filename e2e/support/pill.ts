import type { Page } from '@playwright/test';
import type { ExtensionHarness } from '../fixtures/harness';
import type { WithChrome } from './chrome-api';

/**
 * The pill's shadow root is closed to the page and to Playwright; the content script's world
 * opens it with chrome.dom.openOrClosedShadowRoot, as the recorder does. Returns its text, and
 * clicks its button first when asked.
 */
export async function readPill(extension: ExtensionHarness, page: Page, click = false): Promise<string | null> {
  const tabId = await extension.tabIdOf(page);
  return extension.serviceWorker.evaluate(
    async ({ tabId, click }) => {
      const { chrome } = globalThis as unknown as WithChrome;
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        world: 'ISOLATED',
        args: [click] as [boolean],
        func: (press: boolean) => {
          const host = document.querySelector('paper-trail-pill');
          const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot } } })
            .chrome.dom;
          const root = host ? dom.openOrClosedShadowRoot(host) : null;
          if (!root) return null;
          if (press) root.querySelector('button')!.click();
          return `${host!.getAttribute('data-state')}: ${root.textContent ?? ''}`;
        },
      });
      return (injection?.result as string | null | undefined) ?? null;
    },
    { tabId, click },
  );
}
