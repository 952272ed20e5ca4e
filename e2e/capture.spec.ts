import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';
import { ChatPage } from './pages/chat-page';
import { wire } from './support/messages';
import type { WireReply, WithChrome } from './support/chrome-api';

interface StoredEvidence {
  id: string;
  caseId: string;
  kind: string;
  captureId: string | null;
  hiddenAt: number | null;
  mime: string;
  text: string;
}

/**
 * Sends capture.run from an extension page left in the background, so the chat page stays the
 * window's active tab (captureVisibleTab captures whatever tab is active).
 */
async function capture(extension: ExtensionHarness, chatPage: Page, type = 'capture.run', data?: unknown) {
  const tabId = await extension.tabIdOf(chatPage);
  return extension.sendBehind(chatPage, type, data ?? { tabId });
}

/** Evidence rows, with what their Blobs hold: PNG dimensions, MHTML text (soft breaks undone). */
async function evidence(extension: ExtensionHarness) {
  const reader = await extension.reader();
  return reader.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('paper-trail');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<(StoredEvidence & { blob: Blob })[]>((resolve) => {
      const request = db.transaction('evidence').objectStore('evidence').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return Promise.all(
      rows.map(async ({ blob, ...row }) => {
        if (row.kind === 'screenshot') {
          const bitmap = await createImageBitmap(blob);
          return { ...row, width: bitmap.width, height: bitmap.height, content: '' };
        }
        return { ...row, width: 0, height: 0, content: (await blob.text()).replace(/=\r?\n/g, '') };
      }),
    );
  });
}

test('one capture saves a PNG that decodes, an MHTML with the chat text and the page text, in the site’s case', async ({
  page,
  testProxy,
  extension,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  const promise = 'Refund approved, it arrives within 5 business days';
  await chat.say('agent', promise, { name: 'Dana' });

  const reply = await capture(extension, page);
  expect(reply).toMatchObject({ res: { ok: true, items: [{ kind: 'screenshot' }, { kind: 'page-archive' }] } });
  const items = await evidence(extension);
  const shot = items.find((i) => i.kind === 'screenshot')!;
  expect(shot.width).toBeGreaterThan(100);
  expect(shot.height).toBeGreaterThan(100);
  expect(shot.text).toContain(promise);
  const archive = items.find((i) => i.kind === 'page-archive')!;
  expect(archive.content).toContain('MIME-Version');
  expect(archive.content).toContain(promise);

  // A second capture lands in the same case.
  const again = await capture(extension, page);
  expect(again).toMatchObject({ res: { ok: true, createdCase: false } });
  const db = await extension.db();
  expect(new Set((await evidence(extension)).map((i) => i.caseId)).size).toBe(1);
  expect(db.events.filter((e) => e.type === 'capture.saved')).toHaveLength(2);

  // Undo hides the capture's items and leaves a tombstone event.
  const captureId = (again as unknown as { res: { captureId: string } }).res.captureId;
  expect(await capture(extension, page, 'capture.undo', { captureId })).toMatchObject({ res: { ok: true, hidden: 2 } });
  const after = await evidence(extension);
  expect(after.filter((i) => i.captureId === captureId).every((i) => i.hiddenAt !== null)).toBe(true);
  expect(after.filter((i) => i.captureId !== captureId).every((i) => i.hiddenAt === null)).toBe(true);
  expect((await extension.db()).events.at(-1)).toMatchObject({
    type: 'item.hidden',
    payload: { captureId, reason: 'undo' },
  });
});

test('a browser page is refused with a clear message and nothing is saved', async ({ page, extension }) => {
  await page.goto('chrome://version');
  const reader = await extension.reader();
  await page.bringToFront();
  // The browser hides chrome:// URLs from extensions: find the tab as the active one.
  const tabId = await extension.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  expect(tabId).toEqual(expect.any(Number));
  const reply = await reader.evaluate(
    async (message) => {
      const { chrome } = globalThis as unknown as WithChrome;
      return (await chrome.runtime.sendMessage(message)) as WireReply;
    },
    wire('capture.run', { tabId }),
  );
  expect(reply).toMatchObject({ res: { ok: false, error: { code: 'capture-refused' } } });
  expect(await evidence(extension)).toEqual([]);
});

test('the popup captures the tab, says what was saved, and undoes it', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  const tabId = await extension.tabIdOf(page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 460 });
  await popup.goto(extension.url(`popup.html?tab=${tabId}`));
  await page.bringToFront();
  await popup.getByRole('button', { name: 'Capture this page' }).click();
  await expect(popup.getByTestId('capture-panel')).toContainText('Saved to');
  await expect(popup.getByTestId('capture-panel')).toContainText('Screenshot, page archive and the page’s text.');
  await popup.screenshot({ path: 'test-results/screens/popup-captured-en-light.png' });
  expect((await evidence(extension)).map((i) => i.kind).sort()).toEqual(['page-archive', 'screenshot']);

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByTestId('capture-panel')).toContainText('Removed from the case');
  expect((await evidence(extension)).every((i) => i.hiddenAt !== null)).toBe(true);
  expect((await extension.db()).events.at(-1)).toMatchObject({ type: 'item.hidden', payload: { reason: 'undo' } });
});

test('the popup names the chat frame it could not read, lists the facts found, and names the case after og:site_name', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  await page.goto(`${testProxy.mainOrigin}/vendor-frame.html`);
  const tabId = await extension.tabIdOf(page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 520 });
  await popup.goto(extension.url(`popup.html?tab=${tabId}`));
  await page.bringToFront();
  await popup.getByRole('button', { name: 'Capture this page' }).click();
  await expect(popup.getByTestId('capture-panel')).toContainText('Saved to “Northwind Home”');
  await expect(popup.getByTestId('capture-frames-note')).toContainText('widget.vendor.test');
  await expect(popup.getByTestId('capture-facts')).toContainText('A-10042');
  await popup.screenshot({ path: 'test-results/screens/popup-captured-frame-note-en-light.png' });
});
