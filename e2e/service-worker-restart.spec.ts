import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness, SpiedSend } from './fixtures/harness';
import { ChatPage } from './pages/chat-page';
import { chainProblems } from './support/event-chain';

const STOPS = 20;

/** Messages of their own that say the same short thing: every fifth is "ok". */
function streamTexts(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i % 5 === 4 ? 'ok' : `streamed message ${i + 1}`));
}

/** A send the background never answered: the worker stopped while it was on its way or in hand. */
function interrupted(sends: SpiedSend[]): SpiedSend[] {
  return sends.filter((s) => s.type === 'chat.record' && !(s.reply && 'res' in s.reply && s.reply.res.ok));
}

/**
 * Streams `texts` into the chat while stopping the worker, waiting until a message has woken it,
 * and stopping it again, until `enough()` says so or the stream ends. Returns the stop count.
 */
async function streamThroughStops(
  chat: ChatPage,
  extension: ExtensionHarness,
  texts: string[],
  enough: (stops: number) => Promise<boolean>,
): Promise<number> {
  let streamed = false;
  const streaming = chat.stream('customer', texts, 40).then(() => (streamed = true));
  let stops = 0;
  while (!streamed && !(await enough(stops))) {
    await extension.stopServiceWorker();
    stops++;
    await expect.poll(() => streamed || extension.workerStatuses().at(-1) === 'running').toBe(true);
  }
  await streaming;
  return stops;
}

/** Waits until the stored message count has not changed for a second, and returns the texts. */
async function settledTexts(extension: ExtensionHarness): Promise<string[]> {
  let previous = -1;
  for (;;) {
    const count = (await extension.db()).messages.length;
    if (count === previous) break;
    previous = count;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return (await extension.db()).messages.map((m) => m.text);
}

async function openRecordedChat(page: Page, origin: string, extension: ExtensionHarness): Promise<ChatPage> {
  const chat = await ChatPage.open(page, `${origin}/chat.html`);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(2);
  return chat;
}

test(`messages keep flowing while the service worker is stopped ${STOPS} times: nothing lost, nothing doubled`, async ({
  page,
  testProxy,
  extension,
}, testInfo) => {
  const chat = await openRecordedChat(page, testProxy.mainOrigin, extension);
  await extension.installSendSpy(page);

  // Long enough for the stops to end before it does (about 200 ms each here).
  const texts = streamTexts(200);
  const stops = await streamThroughStops(chat, extension, texts, async (stops) => stops >= STOPS);
  expect(stops).toBe(STOPS);

  await expect.poll(async () => (await extension.db()).messages.length, { timeout: 20_000 }).toBe(2 + texts.length);
  const { messages, events } = await extension.db();
  expect(messages.slice(2).map((m) => m.text)).toEqual(texts);
  expect(new Set(messages.map((m) => m.key)).size).toBe(messages.length);
  expect(events.filter((e) => e.type === 'message.recorded')).toHaveLength(messages.length);
  expect(chainProblems(events)).toEqual([]);

  // DevTools saw every stop, and the worker come back after each.
  const statuses = extension.workerStatuses();
  expect(statuses.filter((s) => s === 'stopped')).toHaveLength(stops);
  expect(statuses.filter((s) => s === 'running').length).toBeGreaterThanOrEqual(stops);

  // How often a batch was cut off by a stop and sent again (timing decides; reported, not asserted).
  const sends = (await extension.readSendSpy(page)).filter((s) => s.type === 'chat.record');
  const cut = interrupted(sends).length;
  const line = `${stops} stops; ${cut} of ${sends.length} batches interrupted and re-sent`;
  testInfo.annotations.push({ type: 'worker stops', description: line });
  console.log(`worker stops: ${line}`);
});

test('control: a content script that takes an unanswered batch for delivered loses messages, and the same check sees it', async ({
  page,
  testProxy,
  extension,
}) => {
  const chat = await openRecordedChat(page, testProxy.mainOrigin, extension);
  await extension.installSendSpy(page, { forgetFailures: true });

  // Stop until several batches went unanswered (each one dropped by the forgetful sender). A
  // batch can be stored before the stop cuts its answer off, and then nothing is lost: with 3
  // such batches that happened in 1 run of 4, hence 6.
  const texts = streamTexts(200);
  const stops = await streamThroughStops(
    chat,
    extension,
    texts,
    async (stops) => stops >= 3 * STOPS || interrupted(await extension.readSendSpy(page)).length >= 6,
  );
  expect(interrupted(await extension.readSendSpy(page)).length).toBeGreaterThanOrEqual(1);
  expect(stops).toBeGreaterThan(0);

  const stored = (await settledTexts(extension)).slice(2);
  expect(stored.length).toBeLessThan(texts.length);
  expect(stored).not.toEqual(texts);
});
