import { expect, test } from './fixtures/extension';
import type { Page } from '@playwright/test';
import { wire } from './support/messages';

const SUPPORT = 'Acme Support';
const PERSONAL = 'Mom';
const SUPPORT_JID = '15551230000@c.us';
const PERSONAL_JID = '972501234567@c.us';

/** The fake app's controls (e2e/pages-static/whatsapp.js). */
type FakeWhatsApp = { __wa: { open: (name: string) => void; say: (name: string, text: string, out: boolean) => void } };
const openChat = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as FakeWhatsApp).__wa.open(n), name);
const say = (page: Page, name: string, text: string, out = false) =>
  page.evaluate(([n, t, o]) => (window as unknown as FakeWhatsApp).__wa.say(n, t, o), [name, text, out] as const);

test('WhatsApp Web: only the chosen conversation is recorded, into its own case; the personal chat never', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  // web.whatsapp.com is not in the e2e manifest: only choosing a conversation registers the script.
  await page.goto(`${testProxy.whatsappOrigin}/`);
  const tabId = await extension.tabIdOf(page);

  // The popup offers the open conversation by its title, never auto-capture for the site.
  const popup = await context.newPage();
  await popup.goto(extension.url(`popup.html?tab=${tabId}`));
  await expect(popup.getByTestId('conversation-title')).toHaveText(SUPPORT);
  await expect(popup.getByRole('button', { name: 'Turn on auto-capture here' })).toHaveCount(0);
  await popup.getByRole('button', { name: 'Record this conversation' }).click();
  await expect(popup.getByRole('button', { name: 'Stop recording this conversation' })).toBeVisible();
  const { settings } = await extension.db();
  expect(settings[0]).toMatchObject({
    recordedConversations: [{ app: 'whatsapp', conversationId: SUPPORT_JID, title: SUPPORT }],
  });

  // Recording starts in the open tab at once, without a reload.
  const history = ['Hi, order 48213 never arrived.', 'Sorry! We will refund within 5 business days.'];
  await expect.poll(async () => (await extension.db()).messages.map((m) => m.text)).toEqual(history);
  // The registered script takes over after a reload; what was stored is not stored again.
  await page.reload();
  await say(page, SUPPORT, 'Back after a reload.');
  history.push('Back after a reload.');
  await expect.poll(async () => (await extension.db()).messages.map((m) => m.text)).toEqual(history);

  // Switch to the personal chat (the DOM swaps in place): what is said there is never stored.
  await openChat(page, PERSONAL);
  await say(page, PERSONAL, 'Personal: the door code is 4821');
  await say(page, PERSONAL, 'Personal: love you', true);
  // A message arriving in the support chat while the personal one is open is not in the DOM.
  await say(page, SUPPORT, 'Support: your refund reference is RF-5521.');
  await page.waitForTimeout(1_000);
  await openChat(page, SUPPORT);
  await say(page, SUPPORT, 'ok', true);
  const supportTexts = [...history, 'Support: your refund reference is RF-5521.', 'ok'];
  await expect.poll(async () => (await extension.db()).messages.map((m) => m.text)).toEqual(supportTexts);
  // Barrier: once more to the personal chat and back, then one more support message.
  await openChat(page, PERSONAL);
  await say(page, PERSONAL, 'Personal: dinner at 8?');
  await page.waitForTimeout(500);
  await openChat(page, SUPPORT);
  await say(page, SUPPORT, 'Anything else?');
  await expect.poll(async () => (await extension.db()).messages.length).toBe(supportTexts.length + 1);

  const db = await extension.db();
  expect(db.messages.map((m) => m.text)).toEqual([...supportTexts, 'Anything else?']);
  expect(db.messages.every((m) => m.key.includes(SUPPORT_JID))).toBe(true);
  expect(db.cases.map((c) => c.title)).toEqual([`${SUPPORT} · WhatsApp`]);
  expect(JSON.stringify(db.events)).not.toContain('Personal:');

  // The background refuses a batch that names the personal chat, even sent as the content script.
  const forced = await extension.sendAsContentScript(
    page,
    wire('chat.record', {
      batchId: 'forced',
      adapter: 'whatsapp',
      conversation: { app: 'whatsapp', id: PERSONAL_JID },
      messages: [
        {
          key: `id:false_${PERSONAL_JID}_FORCED`,
          role: 'agent',
          authorName: null,
          text: 'Personal: forced',
          truncated: false,
          widgetTimeText: null,
          fromHistory: false,
          seenAt: Date.now(),
        },
      ],
    }),
  );
  expect(forced).toMatchObject({ res: { ok: false, error: { code: 'conversation-not-recorded' } } });
  expect((await extension.db()).messages.some((m) => m.text.startsWith('Personal:'))).toBe(false);

  // Stop recording from the popup: the open tab stops at once, without a reload.
  await popup.reload();
  await popup.getByRole('button', { name: 'Stop recording this conversation' }).click();
  await expect(popup.getByRole('button', { name: 'Record this conversation' })).toBeVisible();
  const stored = (await extension.db()).messages.length;
  await say(page, SUPPORT, 'Said after recording was stopped.');
  // No barrier can prove a negative here: wait several recorder delays (it sends within 200 ms).
  await page.waitForTimeout(1_500);
  expect((await extension.db()).messages).toHaveLength(stored);
  // The old copy of the script was replaced, not left sending batches the background refuses.
  expect((await extension.diagnostics()).rejections.filter((r) => r.name === 'chat.record')).toHaveLength(1);
});

test('control: the same steps store the personal chat once the user chooses it, so the check can fail', async ({
  page,
  testProxy,
  extension,
}) => {
  for (const [id, title] of [
    [SUPPORT_JID, SUPPORT],
    [PERSONAL_JID, PERSONAL],
  ]) {
    const added = await extension.sendAsExtensionPage(
      'options.html',
      wire('conversations.add', { app: 'whatsapp', conversationId: id, title }),
    );
    expect(added.reply).toMatchObject({ res: { ok: true } });
  }
  await page.goto(`${testProxy.whatsappOrigin}/`);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(2);
  await openChat(page, PERSONAL);
  await say(page, PERSONAL, 'Personal: the door code is 4821');
  await expect
    .poll(async () => (await extension.db()).messages.map((m) => m.text))
    .toContain('Personal: the door code is 4821');
  const db = await extension.db();
  expect(db.cases.map((c) => c.title).sort()).toEqual([`${SUPPORT} · WhatsApp`, `${PERSONAL} · WhatsApp`]);
  const personalCase = db.cases.find((c) => c.title.startsWith(PERSONAL))!;
  expect(db.messages.filter((m) => m.caseId === personalCase.id).map((m) => m.text)).toEqual([
    'Call me when you land',
    'Will do',
    'Personal: the door code is 4821',
  ]);
});
