import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { readPill as pill } from './support/pill';

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
