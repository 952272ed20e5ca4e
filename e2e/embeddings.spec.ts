import { expect, test } from './fixtures/extension';
import { ChatPage, EMBEDDINGS, type Embedding } from './pages/chat-page';

/**
 * The chat content script must run wherever support widgets render: in the page, in a
 * cross-origin iframe, in an about:blank iframe written by its parent, and inside shadow roots.
 */
for (const embedding of Object.keys(EMBEDDINGS) as Embedding[]) {
  const where =
    embedding === 'page' ? 'in the page itself' : `in ${/^[aeiou]/.test(embedding) ? 'an' : 'a'} ${embedding}`;
  test(`records a chat ${where}`, async ({ page, testProxy: proxy, extension }) => {
    const spec = EMBEDDINGS[embedding];
    const chat = await ChatPage.openEmbedding(page, proxy, embedding);
    expect(chat.label).toBe(spec.label);
    const frameUrl = spec.frameUrl(proxy);

    // The content script in that frame said hello, and was told to record.
    await expect
      .poll(async () => (await extension.diagnostics()).frames.filter((f) => f.url === frameUrl))
      .toEqual([expect.objectContaining({ frameKind: spec.frameKind, recording: true })]);

    // What was already on screen is stored, as history, with its roles, author and widget time.
    const [greeting, question] = chat.history();
    await expect
      .poll(async () => (await extension.db()).messages.map((m) => m.text))
      .toEqual([greeting!.text, question!.text]);
    let { messages } = await extension.db();
    expect(messages[0]).toMatchObject({
      role: 'agent',
      authorName: 'Dana',
      widgetTimeText: '10:01',
      fromHistory: true,
      site: '127.0.0.1',
      frameUrl,
      adapter: 'generic',
    });
    expect(messages[1]).toMatchObject({ role: 'customer', authorName: null, fromHistory: true, frameUrl });

    // A message that arrives later is seen live.
    const live = `Your refund of $59.99 will arrive within 5 business days (${spec.label}).`;
    await chat.say('agent', live);
    await expect.poll(async () => (await extension.db()).messages.length).toBe(3);
    ({ messages } = await extension.db());
    expect(messages[2]).toMatchObject({ text: live, role: 'agent', authorName: 'Dana', fromHistory: false, frameUrl });
  });
}
