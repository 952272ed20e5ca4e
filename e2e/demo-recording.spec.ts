import { CONVERSATIONS, type Lang, type Line } from '../demo/content/conversations';
import { VARIANTS } from '../demo/content/variants';
import { startDemoServer, type DemoServer } from '../demo/server';
import { expect, test } from './fixtures/extension';
import type { StoredMessage } from './fixtures/db';

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
    const shop = new URL(demo.url);
    const frame = new URL(demo.frameUrl);
    testProxy.forward(shop.host, Number(shop.port));
    testProxy.forward(frame.host, Number(frame.port));
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
