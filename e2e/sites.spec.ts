import { expect, test } from './fixtures/extension';
import type { WithChrome } from './support/chrome-api';
import { ChatPage } from './pages/chat-page';
import { validBatch, wire } from './support/messages';

test('a site that is not enabled records nothing, not even a widget from an enabled origin', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  // other.test embeds the same chat at top level and a widget iframe served from 127.0.0.1.
  const elsewhere = await ChatPage.open(page, `${testProxy.otherOrigin}/embed.html`);
  const widgetUrl = `${testProxy.mainOrigin}/chat.html?label=widget%20embedded%20elsewhere`;

  // The widget frame matches the e2e build's content script, so it runs and says hello; what
  // decides is the tab's top-level site, so the background tells it not to record.
  await expect
    .poll(async () => (await extension.diagnostics()).frames)
    .toEqual([expect.objectContaining({ url: widgetUrl, frameKind: 'iframe', recording: false })]);

  // A content script that records anyway is refused.
  const forced = await extension.sendAsContentScript(page, wire('chat.record', validBatch('Forced on other.test.')));
  expect(forced).toMatchObject({ res: { ok: false, error: { code: 'site-not-enabled' } } });
  expect((await extension.diagnostics()).rejections).toEqual([
    expect.objectContaining({ name: 'chat.record', code: 'site-not-enabled', url: page.url() }),
  ]);

  // Barrier: an enabled page in another tab is recorded, so the worker has processed what came before.
  const enabled = await ChatPage.open(await context.newPage(), `${testProxy.mainOrigin}/chat.html`);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(2);
  await elsewhere.say('agent', 'A message on a site that is not enabled.');

  const { cases, messages, events } = await extension.db();
  expect(cases.map((c) => c.site)).toEqual(['127.0.0.1']);
  expect(messages.map((m) => m.text)).toEqual(enabled.history().map((m) => m.text));
  expect(events.filter((e) => JSON.stringify(e.payload).includes('other.test'))).toEqual([]);
  const frames = (await extension.diagnostics()).frames;
  expect(frames.filter((f) => f.url?.startsWith(testProxy.otherOrigin))).toEqual([]);
});

test('a site enabled at run time is recorded in all its frames; once disabled, no longer', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  // shop.test is not in the e2e manifest: only the run-time registration can make it record.
  const before = await ChatPage.open(page, `${testProxy.shopOrigin}/chat.html?label=before%20enabling`);
  const patterns = ['*://shop.test/*', '*://*.shop.test/*'];
  const enabledReply = await extension.sendAsExtensionPage(
    'options.html',
    wire('sites.enable', { site: 'shop.test', patterns }),
  );
  expect(enabledReply.reply).toMatchObject({ res: { ok: true, site: 'shop.test' } });
  const registered = await extension.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return chrome.scripting.getRegisteredContentScripts();
  });
  expect(registered).toEqual([
    expect.objectContaining({
      id: 'paper-trail-chat',
      matches: expect.arrayContaining(patterns),
      allFrames: true,
      matchOriginAsFallback: true,
    }),
  ]);

  // The page already open when the site was turned on is recorded at once, without a reload.
  await expect(page.locator('paper-trail-pill')).toHaveCount(1);
  const beforeHistory = before.history().map((m) => m.text);
  await expect.poll(async () => (await extension.db()).messages.map((m) => m.text)).toEqual(beforeHistory);
  await before.say('agent', 'Said after the site was enabled, in the page open before.');
  beforeHistory.push('Said after the site was enabled, in the page open before.');
  await expect.poll(async () => (await extension.db()).messages.map((m) => m.text)).toEqual(beforeHistory);

  const shop = await ChatPage.open(await context.newPage(), `${testProxy.shopOrigin}/iframe-blank.html`);
  const shopHistory = shop.history().map((m) => m.text);
  const history = [...beforeHistory, ...shopHistory];
  await expect.poll(async () => (await extension.db()).messages.map((m) => m.text)).toEqual(history);
  const { cases, messages } = await extension.db();
  expect(cases.map((c) => c.site)).toEqual(['shop.test']);
  expect(messages.every((m) => m.site === 'shop.test')).toBe(true);
  expect(messages.slice(beforeHistory.length).every((m) => m.frameUrl === 'about:blank')).toBe(true);

  const disabledReply = await extension.sendAsExtensionPage(
    'options.html',
    wire('sites.disable', { site: 'shop.test' }),
  );
  expect(disabledReply.reply).toMatchObject({ res: { ok: true, site: 'shop.test' } });
  // The page where it was recording no longer says it is.
  await expect(page.locator('paper-trail-pill')).toHaveCount(0);
  const after = await ChatPage.open(
    await context.newPage(),
    `${testProxy.shopOrigin}/chat.html?label=after%20disabling`,
  );
  await after.say('agent', 'Said after the site was disabled.');
  // The page where recording ran is refused from now on, at once.
  await before.say('agent', 'Said in the page open all along, after the site was disabled.');
  // Barrier: a page that is recorded, then nothing else arrived.
  const enabledPage = await ChatPage.open(await context.newPage(), `${testProxy.mainOrigin}/chat.html`);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(history.length + 2);
  const texts = (await extension.db()).messages.map((m) => m.text);
  expect(texts).toEqual([...history, ...enabledPage.history().map((m) => m.text)]);
});
