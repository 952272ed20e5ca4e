import { CONVERSATIONS, type Lang, type Line } from '../demo/content/conversations';
import { VARIANTS } from '../demo/content/variants';
import { startDemoServer, type DemoServer } from '../demo/server';
import { expect, test } from './fixtures/extension';
import type { StoredMessage } from './fixtures/db';
import { ChatPage } from './pages/chat-page';
import { forwardDemo } from './support/demo-proxy';

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemoServer();
});
test.afterAll(async () => {
  await demo.close();
});

type Row = [role: string, name: string | null, text: string];

/** What a complete recording holds: every line, in order, agents named (system lines unnamed). */
function expectedRows(lines: readonly Line[]): Row[] {
  return lines.map((line) => [line.author, line.author === 'agent' ? (line.agent ?? null) : null, line.text]);
}

const CASES: { variant: keyof typeof VARIANTS; lang: Lang }[] = [
  { variant: 'iframe', lang: 'en' },
  { variant: 'blank', lang: 'he' },
  { variant: 'shadow', lang: 'ru' },
  { variant: 'virtual', lang: 'en' },
];

for (const { variant, lang } of CASES) {
  test(`demo shop, variant ${VARIANTS[variant].letter} (${variant}, ${lang}): the chat is recorded completely, in order, with roles and names`, async ({
    page,
    testProxy,
    extension,
  }) => {
    const conversation = CONVERSATIONS[lang];
    forwardDemo(testProxy, demo);
    await page.goto(`${demo.url}${VARIANTS[variant].path.slice(1)}?lang=${lang}&pace=0.2`);

    const expected = expectedRows([...conversation.history, ...conversation.live]);
    let rows: Row[] = [];
    await expect
      .poll(
        async () => {
          const db = await extension.db();
          rows = db.messages
            .slice()
            .sort((a, b) => a.firstSeenAt - b.firstSeenAt)
            .map((m: StoredMessage) => [m.role, m.authorName, m.text]);
          return rows.length;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThanOrEqual(expected.length);
    // Order of first sight within a batch follows display order; compare as sequences.
    expect(rows).toEqual(expected);

    const db = await extension.db();
    expect(new Set(db.messages.map((m) => m.caseId)).size).toBe(1);
    const history = db.messages.filter((m) => m.fromHistory).map((m) => m.text);
    expect(history).toEqual(conversation.history.map((line) => line.text));
  });
}

const NOT_ENABLED_HOST = 'demo-shop.test';

for (const variant of ['iframe', 'blank'] as const) {
  test(`demo shop on a site that is not enabled, variant ${VARIANTS[variant].letter} (${variant}): nothing is recorded, not even from the widget's own frame`, async ({
    context,
    page,
    testProxy,
    extension,
  }) => {
    const conversation = CONVERSATIONS.en;
    // The same demo shop under a name the user never enabled; its widget frame (variant A) still
    // comes from 127.0.0.1, an origin the e2e build's content script runs in: the vendor's frame.
    forwardDemo(testProxy, demo, NOT_ENABLED_HOST);
    await page.goto(`http://${NOT_ENABLED_HOST}${VARIANTS[variant].path}?lang=en&pace=0.2`);

    // The whole conversation plays out in the widget frame.
    const last = conversation.live.at(-1)!.text;
    const widget = page.frames().find((f) => f !== page.mainFrame())!;
    await expect(widget.getByText(last, { exact: true })).toBeVisible({ timeout: 30_000 });
    if (variant === 'iframe') {
      // Positive evidence that the frame's content script ran and was told not to record.
      await expect
        .poll(async () => (await extension.diagnostics()).frames)
        .toContainEqual(expect.objectContaining({ frameKind: 'iframe', recording: false }));
    }

    // Barrier: an enabled page in another tab is recorded, so the worker processed what came before.
    const enabled = await ChatPage.open(await context.newPage(), `${testProxy.mainOrigin}/chat.html`);
    await expect.poll(async () => (await extension.db()).messages.length).toBe(2);

    const { cases, messages, events } = await extension.db();
    expect(messages.map((m) => m.text)).toEqual(enabled.history().map((m) => m.text));
    expect(cases.map((c) => c.site)).toEqual(['127.0.0.1']);
    expect(events.filter((e) => JSON.stringify(e.payload).includes(NOT_ENABLED_HOST))).toEqual([]);
  });
}
