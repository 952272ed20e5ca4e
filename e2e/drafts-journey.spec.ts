import { en } from '../lib/i18n/locales/en';
import { VARIANTS } from '../demo/content/variants';
import { WIDGET_STRINGS } from '../demo/content/strings';
import { startDemoServer, type DemoServer } from '../demo/server';
import { expect, test } from './fixtures/extension';
import { SidePanelPage } from './pages/side-panel';
import { forwardDemo } from './support/demo-proxy';

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemoServer();
});
test.afterAll(async () => {
  await demo.close();
});

/**
 * The drafts journey as a user takes it: the demo chat is recorded, the workspace (a tab of its own
 * here, so the draft goes to the case site's tab) writes the first request, "Put into the chat box"
 * fills the widget's own input, and the widget's own Send posts it — recorded as the customer's.
 */
for (const variant of ['iframe', 'shadow'] as const) {
  const { letter, input } = VARIANTS[variant];
  test(`from the Draft tab into the demo widget's ${input} input (variant ${letter}), posted by its own Send`, async ({
    context,
    page,
    testProxy,
    extension,
  }) => {
    forwardDemo(testProxy, demo);
    await page.goto(`${demo.url}${VARIANTS[variant].path.slice(1)}?lang=en&pace=0`);
    await expect.poll(async () => (await extension.db()).messages.length, { timeout: 20_000 }).toBeGreaterThan(5);

    const panel = await SidePanelPage.open(context, extension.id);
    await panel.openCase('127.0.0.1');
    await panel.page.getByRole('tab', { name: en.tabs.draft }).click();
    await expect(panel.page.getByText(en.draftTab.verdict['polite-and-firm'])).toBeVisible();
    const box = panel.page.locator('.draft-text textarea');
    // The demo's order number, read from the chat by fact extraction, is in the draft.
    await expect(box).toHaveValue(/A-10042/);
    const text = await box.inputValue();

    await panel.page.getByRole('button', { name: en.draftTab.insert }).click();
    await expect(panel.page.getByRole('status').filter({ hasText: 'It is in the chat box' })).toBeVisible();
    await panel.screenshot(`draft-inserted-${variant}`);
    // Kept with the case and on its timeline, text and all.
    await expect.poll(async () => (await extension.db()).events.filter((e) => e.type === 'draft.sent').length).toBe(1);
    // Not sent by Paper Trail: only the widget's own Send does that.
    const customerTexts = async () =>
      (await extension.db()).messages.filter((m) => m.role === 'customer').map((m) => m.text);
    expect(await customerTexts()).not.toContain(text);

    await page.bringToFront();
    if (variant === 'iframe') {
      await page.frameLocator('iframe').getByRole('button', { name: WIDGET_STRINGS.en.send }).click();
    } else {
      // A closed shadow root hides the button from any locator; the box kept focus, and Enter is its Send key.
      await page.keyboard.press('Enter');
    }
    await expect.poll(customerTexts, { timeout: 15_000 }).toContain(text);
  });
}
