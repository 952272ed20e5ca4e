import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';
import { ChatPage } from './pages/chat-page';
import type { WithChrome } from './support/chrome-api';

/**
 * The pill's shadow root is closed to the page and to Playwright; the content script's world
 * opens it with chrome.dom.openOrClosedShadowRoot, as the recorder does. Returns its text, and
 * clicks its button first when asked.
 */
async function pill(extension: ExtensionHarness, page: Page, click = false): Promise<string | null> {
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

test('the pill shows that the chat is recorded; Pause stops storing at once, Resume starts again', async ({
  page,
  testProxy,
  extension,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(2);
  await expect.poll(() => pill(extension, page)).toBe('recording: Paper Trail is recording this chatPause');

  await pill(extension, page, true);
  await expect.poll(() => pill(extension, page)).toBe('paused: Recording pausedResume');
  await extension.installSendSpy(page);
  await chat.say('agent', 'Said while paused: not recorded.', { name: 'Dana' });
  // The background acknowledged that batch without storing it (no case id) before we resume.
  await expect
    .poll(async () =>
      (await extension.readSendSpy(page)).some((s) => JSON.stringify(s.reply).includes('"caseId":null')),
    )
    .toBe(true);
  await pill(extension, page, true);
  await expect.poll(() => pill(extension, page)).toMatch(/^recording:/);
  await chat.say('agent', 'Said after resuming: recorded.', { name: 'Dana' });
  await expect
    .poll(async () => (await extension.db()).messages.map((m) => m.text))
    .toContain('Said after resuming: recorded.');
  const texts = (await extension.db()).messages.map((m) => m.text);
  expect(texts).not.toContain('Said while paused: not recorded.');
});

test('the pill is not on a page of a site that is not enabled', async ({ page, testProxy, extension }) => {
  // shop.test is served by the proxy but is not a site the e2e build records.
  await page.goto(`${testProxy.shopOrigin}/chat.html`);
  await page.waitForLoadState('load');
  expect(await pill(extension, page)).toBeNull();
});
