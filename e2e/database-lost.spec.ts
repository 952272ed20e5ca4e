import { en } from '../lib/i18n/locales/en';
import { DATABASE_NAME } from '../lib/db/database';
import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { SidePanelPage } from './pages/side-panel';

/**
 * Chromium deletes an IndexedDB store it takes for corrupt, and a write that failed on a full
 * disk can make it look so (seen in e2e/quota.spec.ts). Here the deletion is done on purpose,
 * as the browser does it: every connection is closed and the database removed.
 */
test('when the browser deletes the database, every page says so and points to a backup; dismissed, it stays away', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  test.setTimeout(60_000);
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await expect.poll(async () => (await extension.db()).messages.length).toBeGreaterThan(0);
  const workspace = await SidePanelPage.open(context, extension.id);
  await workspace.openCase('127.0.0.1');
  const notice = (on: typeof workspace.page) => on.getByRole('alert', { name: en.storage.databaseLost.title });
  // No false alarm on a database that was only opened again.
  await workspace.page.reload();
  await expect(workspace.caseCards()).toHaveCount(1);
  await expect(notice(workspace.page)).toHaveCount(0);

  const reader = await extension.reader();
  await reader.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
    DATABASE_NAME,
  );

  // Recording goes on into a new database: what is said now is kept.
  await chat.say('agent', 'Your replacement ships tomorrow, order B-20411.');
  await expect
    .poll(async () => (await extension.db()).messages.map((m) => m.text))
    .toEqual(['Your replacement ships tomorrow, order B-20411.']);

  // The open workspace says so as soon as it reads again; so do the popup and the settings.
  await workspace.page.reload();
  await expect(notice(workspace.page)).toBeVisible();
  await expect(notice(workspace.page)).toContainText(en.storage.databaseLost.title);
  await workspace.screenshot('database-lost-en');
  const tabId = await extension.tabIdOf(page);
  const popup = await context.newPage();
  await popup.goto(extension.url(`popup.html?tab=${tabId}`));
  await expect(notice(popup)).toBeVisible();
  // Its button opens the settings, where a backup is imported; they say it too.
  const opened = context.waitForEvent('page');
  await notice(workspace.page).getByRole('button', { name: en.storage.databaseLost.restore }).click();
  const options = await opened;
  await options.waitForLoadState();
  expect(options.url()).toBe(extension.url('options.html'));
  await expect(notice(options)).toBeVisible();
  await expect(options.getByLabel(en.dossierImport.chooseFile)).toBeAttached();

  await notice(options).getByRole('button', { name: en.common.dismiss }).click();
  await expect(notice(options)).toHaveCount(0);
  // Dismissed once, gone everywhere, also after a reload.
  await expect(notice(popup)).toHaveCount(0);
  await workspace.page.reload();
  await expect(workspace.caseCards()).toHaveCount(1);
  await expect(notice(workspace.page)).toHaveCount(0);
});
