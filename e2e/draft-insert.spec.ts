import type { Page } from '@playwright/test';
import { WIDGET_STRINGS } from '../demo/content/strings';
import { VARIANTS, type VariantId } from '../demo/content/variants';
import { startDemoServer, type DemoServer } from '../demo/server';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';
import { forwardDemo } from './support/demo-proxy';

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemoServer();
});
test.afterAll(async () => {
  await demo.close();
});

/** Markup, a direction override and a line break: all must arrive as plain text. */
const DRAFT = 'Hello Dana, please refund order NW-50412 by 9 December 2026. <b>Thank you</b> \u202Eok';

/** How the user presses the widget's own Send: its button, or Enter where a closed shadow root hides it. */
async function pressSend(page: Page, variant: VariantId) {
  const send = WIDGET_STRINGS.en.send;
  if (variant === 'iframe') await page.frameLocator('iframe').getByRole('button', { name: send }).click();
  else if (variant === 'blank') await page.frameLocator('iframe').getByRole('button', { name: send }).click();
  else if (variant === 'virtual') await page.getByRole('button', { name: send }).click();
  else await page.keyboard.press('Enter');
}

async function customerTexts(extension: ExtensionHarness): Promise<string[]> {
  return (await extension.db()).messages.filter((m) => m.role === 'customer').map((m) => m.text);
}

for (const variant of ['iframe', 'shadow', 'blank', 'virtual'] as const) {
  const { letter, input } = VARIANTS[variant];
  test(`a draft goes into the chat box of variant ${letter} (${input}) and the widget's own Send posts it`, async ({
    page,
    testProxy,
    extension,
  }) => {
    forwardDemo(testProxy, demo);
    await page.goto(`${demo.url}${VARIANTS[variant].path.slice(1)}?lang=en&pace=0`);
    // Recording has started (the chat script found the list) before the draft is sent.
    await expect.poll(async () => (await extension.db()).messages.length, { timeout: 20_000 }).toBeGreaterThan(3);
    expect(await customerTexts(extension)).not.toContain(DRAFT);

    const reply = await extension.sendBehind(page, 'draft.insert', { site: null, text: DRAFT });
    expect(reply).toMatchObject({ res: { ok: true, result: 'inserted' } });
    // Nothing is sent by Paper Trail itself.
    await page.waitForTimeout(800);
    expect(await customerTexts(extension)).not.toContain(DRAFT);

    await pressSend(page, variant);
    await expect.poll(() => customerTexts(extension), { timeout: 15_000 }).toContain(DRAFT);
  });
}

test('on a site not enabled, nothing is filled in and the reply says there is no chat box', async ({
  page,
  extension,
  testProxy,
}) => {
  // A chat page on a site the user never enabled: the chat script is not there.
  await page.goto(`${testProxy.shopOrigin}/chat.html`);
  const reply = await extension.sendBehind(page, 'draft.insert', { site: null, text: DRAFT });
  expect(reply).toMatchObject({ res: { ok: true, result: 'no-chat-box' } });
  const filled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('textarea, input, [contenteditable]')].map(
      (box) => (box as HTMLInputElement).value ?? box.textContent,
    ),
  );
  expect(filled.every((value) => !value)).toBe(true);
});
