import { expect, test } from './fixtures/extension';
import type { WithChrome } from './support/chrome-api';

test('the service worker starts and gives the extension id', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);

  const inside = await serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as WithChrome;
    return {
      id: chrome.runtime.id,
      matches: (chrome.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []),
    };
  });
  expect(inside.id).toBe(extensionId);
  // The loaded build is the e2e variant: the only one that declares the chat script statically.
  expect(inside.matches).toEqual(['http://127.0.0.1/*']);
});

test('the workspace asks the browser to keep its data, and raises no false alarm where it is kept anyway', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Chromium refuses persist() to extension pages, but never evicts an unlimitedStorage origin.
  const state = await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return {
      persisted: await navigator.storage.persisted(),
      unlimited: await chrome.permissions.contains({ permissions: ['unlimitedStorage'] }),
    };
  });
  expect(state.unlimited).toBe(true);
  await page.waitForTimeout(500);
  await expect(page.getByText(/could delete your evidence/)).toHaveCount(state.persisted || state.unlimited ? 0 : 1);
});
