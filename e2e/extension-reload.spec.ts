import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { chainProblems } from './support/event-chain';
import { BUILDS } from './support/paths';

test('the extension reloaded mid-chat: the old script stops cleanly and recording resumes in the same case, nothing doubled', async ({
  page,
  context,
  testProxy,
  extension,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await chat.say('agent', 'Before the reload: refund approved.', { name: 'Dana' });
  const before = [...chat.history().map((m) => m.text), 'Before the reload: refund approved.'];
  await expect.poll(async () => (await extension.db()).messages.map((m) => m.text)).toEqual(before);

  // An update: the same unpacked build loaded again through DevTools (chrome.runtime.reload()
  // would unload an extension loaded from the command line). Chrome does not run content scripts
  // in open tabs again; the old one is orphaned.
  const browserSession = await context.browser()!.newBrowserCDPSession();
  const reloaded = (await browserSession.send('Extensions.loadUnpacked' as never, { path: BUILDS.e2e } as never)) as {
    id: string;
  };
  expect(reloaded.id).toBe(extension.id);

  await chat.say('agent', 'After the reload: it will arrive Friday.', { name: 'Dana' });
  await chat.say('customer', 'ok');
  const after = [...before, 'After the reload: it will arrive Friday.', 'ok'];
  await expect.poll(async () => (await extension.db()).messages.map((m) => m.text), { timeout: 15_000 }).toEqual(after);

  const { cases, messages, events } = await extension.db();
  expect(cases).toHaveLength(1);
  expect(new Set(messages.map((m) => m.caseId))).toEqual(new Set([cases[0]!.id]));
  expect(new Set(messages.map((m) => m.key)).size).toBe(messages.length);
  expect(events.filter((e) => e.type === 'message.recorded')).toHaveLength(messages.length);
  expect(chainProblems(events)).toEqual([]);
  // The orphaned script never threw into the page.
  expect(errors).toEqual([]);
});
