import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { chainProblems } from './support/event-chain';

test('a new message is committed once, with a chained message.recorded event, and acknowledged', async ({
  page,
  testProxy,
  extension,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(2);
  await extension.installSendSpy(page);

  const promise = 'I have issued a full refund of $59.99; it will arrive within 5 business days.';
  await chat.say('agent', promise, { name: 'Dana', time: '10:07' });
  await expect.poll(async () => (await extension.db()).messages.length).toBe(3);

  const { cases, messages, events } = await extension.db();
  expect(cases).toHaveLength(1);
  expect(cases[0]).toMatchObject({ site: '127.0.0.1' });
  const stored = messages.filter((m) => m.text === promise);
  expect(stored).toHaveLength(1);
  const message = stored[0]!;
  expect(message).toMatchObject({ role: 'agent', authorName: 'Dana', widgetTimeText: '10:07', fromHistory: false });
  expect(message.caseId).toBe(cases[0]!.id);

  // The message and its event were committed together; the event carries the message's content.
  const recorded = events.filter((e) => e.type === 'message.recorded');
  expect(recorded).toHaveLength(3);
  const event = recorded.find((e) => (e.payload.message as { key?: string }).key === message.key);
  expect(event?.payload.message).toMatchObject({ id: message.id, text: promise, role: 'agent', authorName: 'Dana' });
  // The case's log is one unbroken hash chain (recomputed here, independently of the app).
  expect(events.every((e) => e.caseId === message.caseId)).toBe(true);
  expect(chainProblems(events)).toEqual([]);

  // The background acknowledged exactly that key to the content script...
  await expect
    .poll(async () => (await extension.readSendSpy(page)).filter((s) => s.keys.includes(message.key)))
    .toEqual([
      {
        type: 'chat.record',
        keys: [message.key],
        reply: { res: expect.objectContaining({ ok: true, caseId: message.caseId, acknowledged: [message.key] }) },
      },
    ]);
  // ...which therefore never sends it again: the next batch carries only the next message.
  await chat.say('customer', 'Thank you, Dana.');
  await expect.poll(async () => (await extension.db()).messages.length).toBe(4);
  const sends = await extension.readSendSpy(page);
  expect(sends.filter((s) => s.keys.includes(message.key))).toHaveLength(1);
  expect(sends.at(-1)?.keys).toHaveLength(1);
  expect(sends.at(-1)?.keys).not.toContain(message.key);
});

test('a re-render stores nothing new, and the same text sent twice is two messages', async ({
  page,
  testProxy,
  extension,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(2);
  const before = await extension.db();

  // Frameworks re-render: every message element replaced, then the whole list element.
  await chat.rerender();
  await chat.replaceList();
  await chat.rerender();
  // The customer sends the same short answer twice; it doubles as the barrier for the re-renders.
  await chat.say('customer', 'ok');
  await chat.say('customer', 'ok');
  await expect.poll(async () => (await extension.db()).messages.length).toBe(4);

  const after = await extension.db();
  const history = after.messages.slice(0, 2);
  expect(history).toEqual(before.messages);
  const oks = after.messages.filter((m) => m.text === 'ok');
  expect(oks).toHaveLength(2);
  expect(oks.every((m) => m.role === 'customer')).toBe(true);
  expect(new Set(after.messages.map((m) => m.key)).size).toBe(4);
  expect(after.events.filter((e) => e.type === 'message.recorded')).toHaveLength(4);
  expect(after.events.filter((e) => e.type === 'message.revised')).toHaveLength(0);
  expect(chainProblems(after.events)).toEqual([]);
});
