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
