import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';

const MESSAGES = 60;
const ROW_CSS_PX = 40;

async function send(extension: ExtensionHarness, page: Page, type: string, data: unknown) {
  const reply = await extension.sendBehind(page, type, data);
  if (!reply || !('res' in reply)) throw new Error(`no reply to ${type}: ${JSON.stringify(reply)}`);
  return reply;
}

/** The stitched image's size and the colour at the middle of each message row, read in an extension page. */
async function stitched(extension: ExtensionHarness, itemId: string) {
  const reader = await extension.reader();
  return reader.evaluate(
    async ({ itemId, rows, rowPx }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('paper-trail');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const row = await new Promise<{ blob: Blob; fileName: string | null; captureId: string | null }>((resolve) => {
        const request = db.transaction('evidence').objectStore('evidence').get(itemId);
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      const bitmap = await createImageBitmap(row.blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const colours: number[][] = [];
      for (let i = 0; i < rows; i++) {
        const y = Math.round((i * rowPx + rowPx / 2) * scaleOf(bitmap.width));
        colours.push(Array.from(context.getImageData(Math.round(bitmap.width / 2), y, 1, 1).data.slice(0, 3)));
      }
      function scaleOf(width: number) {
        return width / 320;
      }
      return { width: bitmap.width, height: bitmap.height, colours, fileName: row.fileName, captureId: row.captureId };
    },
    { itemId, rows: MESSAGES, rowPx: ROW_CSS_PX },
  );
}

const close = (actual: number[], expected: number[]) => actual.every((v, i) => Math.abs(v - expected[i]!) <= 6);
const expectedColour = (i: number) => [i * 4, 250 - i * 4, 128];

async function scrollTopOf(frame: Page | Frame) {
  return frame.evaluate(() => document.getElementById('log')!.scrollTop);
}

for (const variant of ['page', 'frame'] as const) {
  test(`whole conversation (${variant}): the list is scrolled, stitched top to bottom into one PNG and scrolled back`, async ({
    page,
    testProxy,
    extension,
  }) => {
    const url =
      variant === 'page' ? `${testProxy.mainOrigin}/long-chat.html` : `${testProxy.mainOrigin}/long-chat-frame.html`;
    await page.goto(url);
    const list: Page | Frame =
      variant === 'page' ? page : (await (await page.waitForSelector('#widget')).contentFrame())!;
    await list.waitForSelector('.message');
    expect(await scrollTopOf(list)).toBe(500);

    const tabId = await extension.tabIdOf(page);
    const capture = await send(extension, page, 'capture.run', { tabId });
    expect(capture).toMatchObject({ res: { ok: true } });
    const captureId = (capture.res as unknown as { captureId: string }).captureId;

    const reply = await send(extension, page, 'capture.conversation', { tabId, captureId });
    expect(reply).toMatchObject({ res: { ok: true, found: true, truncated: false, alreadySaved: false } });
    const outcome = reply.res as unknown as { itemId: string; shots: number };
    // 2,400 px of messages in a 300 px list: 8 views plus the flush last one at most.
    expect(outcome.shots).toBeGreaterThanOrEqual(8);
    expect(await scrollTopOf(list)).toBe(500);

    const image = await stitched(extension, outcome.itemId);
    expect(image.captureId).toBe(captureId);
    expect(image.fileName).toBe('whole-conversation.png');
    const scale = image.width / 320;
    expect(image.height).toBe(Math.round(MESSAGES * ROW_CSS_PX * scale));
    const wrong = image.colours.flatMap((colour, i) => (close(colour, expectedColour(i)) ? [] : [{ i, colour }]));
    expect(wrong).toEqual([]);

    // Asking again for the same capture returns the saved image.
    const again = await send(extension, page, 'capture.conversation', { tabId, captureId });
    expect(again).toMatchObject({ res: { ok: true, itemId: outcome.itemId, alreadySaved: true } });
  });
}

test('whole conversation on a page without a scrolling chat says so and saves nothing', async ({
  page,
  testProxy,
  extension,
}) => {
  await page.goto(`${testProxy.mainOrigin}/vendor-frame.html`);
  const tabId = await extension.tabIdOf(page);
  const capture = await send(extension, page, 'capture.run', { tabId });
  const captureId = (capture.res as unknown as { captureId: string }).captureId;
  const reply = await send(extension, page, 'capture.conversation', { tabId, captureId });
  expect(reply).toMatchObject({ res: { ok: true, found: false, itemId: null } });
});
