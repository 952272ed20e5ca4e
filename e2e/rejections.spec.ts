import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';
import { ChatPage } from './pages/chat-page';
import type { WireReply, WithChrome } from './support/chrome-api';
import { validBatch, wire } from './support/messages';

/** Opens a recording chat page and waits until its history is stored, so the DB is at rest. */
async function settledChat(page: Page, origin: string, extension: ExtensionHarness) {
  await ChatPage.open(page, `${origin}/chat.html`);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(2);
  return extension.db();
}

function refusal(reply: WireReply) {
  return reply && 'res' in reply && !reply.res.ok ? reply.res.error : null;
}

test('an invalid chat.record from the page’s content-script world is rejected and stores nothing', async ({
  page,
  testProxy,
  extension,
}) => {
  const before = await settledChat(page, testProxy.mainOrigin, extension);
  const valid = validBatch('Forged: we promise a refund of $1,000.');
  const invalid = [
    { ...valid, messages: [{ ...valid.messages[0], role: 'ceo' }] },
    { ...valid, messages: [{ ...valid.messages[0], text: 42 }] },
    { adapter: 'generic', messages: valid.messages },
    { ...valid, messages: [] },
    'not even an object',
  ];
  for (const data of invalid) {
    const reply = await extension.sendAsContentScript(page, wire('chat.record', data));
    expect(refusal(reply), JSON.stringify(data)).toMatchObject({ code: 'invalid-payload' });
  }

  const { rejections } = await extension.diagnostics();
  expect(rejections).toHaveLength(invalid.length);
  for (const rejection of rejections) {
    expect(rejection).toMatchObject({ name: 'chat.record', code: 'invalid-payload', url: page.url() });
  }
  expect(rejections[0]!.reason).toContain('messages.0.role');
  expect(await extension.db()).toEqual(before);

  // Control: the same channel with a valid payload is accepted, so the refusals above were the guard's.
  const reply = await extension.sendAsContentScript(page, wire('chat.record', valid));
  expect(reply).toMatchObject({ res: { ok: true, acknowledged: [valid.messages[0]!.key] } });
  expect((await extension.db()).messages).toHaveLength(before.messages.length + 1);
});

test('a payload over 1 MB is rejected before it is parsed', async ({ page, testProxy, extension }) => {
  const before = await settledChat(page, testProxy.mainOrigin, extension);
  const reply = await extension.sendAsContentScript(page, wire('chat.record', validBatch('padded')), {
    padText: 1_100_000,
  });
  expect(refusal(reply)).toMatchObject({ code: 'too-large' });
  const { rejections } = await extension.diagnostics();
  expect(rejections).toEqual([expect.objectContaining({ name: 'chat.record', code: 'too-large', url: page.url() })]);
  expect(rejections[0]!.reason).toMatch(/over 1 MB/);
  expect(await extension.db()).toEqual(before);
});

test('messages from the wrong kind of sender are rejected as forged', async ({ page, testProxy, extension }) => {
  const before = await settledChat(page, testProxy.mainOrigin, extension);

  // A content-script message sent from an extension page.
  const fromPopup = await extension.sendAsExtensionPage(
    'popup.html',
    wire('chat.record', validBatch('Forged from an extension page.')),
  );
  expect(refusal(fromPopup.reply)).toMatchObject({ code: 'forged-sender' });

  // An extension-page message sent from a web page's content-script world: enabling a site.
  const fromPage = await extension.sendAsContentScript(
    page,
    wire('sites.enable', { site: 'shop.test', patterns: ['*://shop.test/*'] }),
  );
  expect(refusal(fromPage)).toMatchObject({ code: 'forged-sender' });

  const { rejections } = await extension.diagnostics();
  expect(rejections).toEqual([
    expect.objectContaining({ name: 'chat.record', code: 'forged-sender', url: fromPopup.senderUrl }),
    expect.objectContaining({ name: 'sites.enable', code: 'forged-sender', url: page.url() }),
  ]);
  expect(await extension.db()).toEqual(before);
  const registered = await extension.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return chrome.scripting.getRegisteredContentScripts();
  });
  expect(registered).toEqual([]);
});
