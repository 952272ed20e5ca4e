import { CONVERSATIONS, type Lang } from '../demo/content/conversations';
import { startDemoServer, type DemoServer } from '../demo/server';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';
import { forwardDemo } from './support/demo-proxy';

const digits = (text: string) => text.replace(/\D/g, '');
/** The demo's amount (`$59.99`, `₪149.90`, `3 490 ₽`) as facts store it. */
const EXPECTED_AMOUNT: Record<Lang, string> = { en: '59.99 USD', he: '149.90 ILS', ru: '3490 RUB' };

let demo: DemoServer;
test.beforeAll(async () => {
  demo = await startDemoServer();
});
test.afterAll(async () => {
  await demo.close();
});

/** Evidence rows with the PNG decoded and the MHTML's quoted-printable parts decoded to text. */
async function evidence(extension: ExtensionHarness) {
  const reader = await extension.reader();
  return reader.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('paper-trail');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<
      { kind: string; caseId: string; captureId: string; hiddenAt: number | null; blob: Blob }[]
    >((resolve) => {
      const request = db.transaction('evidence').objectStore('evidence').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const decodeQuotedPrintable = (text: string) => {
      const joined = text.replace(/=\r?\n/g, '');
      const bytes: number[] = [];
      for (let i = 0; i < joined.length; i++) {
        const hex = joined.slice(i + 1, i + 3);
        if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
          bytes.push(parseInt(hex, 16));
          i += 2;
        } else bytes.push(joined.charCodeAt(i) & 0xff);
      }
      return new TextDecoder().decode(new Uint8Array(bytes));
    };
    return Promise.all(
      rows.map(async ({ blob, ...row }) => {
        if (row.kind === 'screenshot') {
          const bitmap = await createImageBitmap(blob);
          return { ...row, width: bitmap.width, height: bitmap.height, content: '' };
        }
        return { ...row, width: 0, height: 0, content: decodeQuotedPrintable(await blob.text()) };
      }),
    );
  });
}

for (const lang of ['en', 'he', 'ru'] as const satisfies readonly Lang[]) {
  test(`demo shop (${lang}): a capture stores the PNG, the MHTML with the chat and the expected facts in the site’s case`, async ({
    page,
    testProxy,
    extension,
  }) => {
    const conversation = CONVERSATIONS[lang];
    forwardDemo(testProxy, demo);
    // Variant B: the widget lives in an about:blank frame the page writes into.
    await page.goto(`${demo.url}blank.html?lang=${lang}&pace=0`);
    const lastLine = conversation.live.at(-1)!.text;
    await expect(page.frameLocator('iframe').first().getByText(lastLine).first()).toBeVisible();

    const tabId = await extension.tabIdOf(page);
    const reply = await extension.sendBehind(page, 'capture.run', { tabId });
    // The e2e build also records the chat (127.0.0.1 is enabled), which may have opened the case first.
    expect(reply).toMatchObject({ res: { ok: true } });

    const items = await evidence(extension);
    const shot = items.find((i) => i.kind === 'screenshot')!;
    expect(shot.width).toBeGreaterThan(200);
    expect(shot.height).toBeGreaterThan(200);
    const archive = items.find((i) => i.kind === 'page-archive')!;
    expect(archive.content).toContain('MIME-Version');
    expect(archive.content).toContain(conversation.history[1]!.text);

    const db = await extension.db();
    expect(db.cases).toHaveLength(1);
    expect(db.cases[0]).toMatchObject({ site: '127.0.0.1' });
    const facts = db.facts.filter((f) => f.caseId === db.cases[0]!.id);
    const values = (kind: string) => facts.filter((f) => f.kind === kind).map((f) => f.value);
    const { orderNumbers, ticket, tracking, agents, amounts, promises, distractors } = conversation.facts;
    expect(values('order-number').map(digits)).toContain(digits(orderNumbers[0]!));
    expect(values('ticket-number').map(digits)).toContain(digits(ticket));
    expect(values('tracking-number')).toContain(tracking.number);
    for (const agent of agents) expect(values('rep-name')).toContain(agent);
    expect(values('amount')).toContain(EXPECTED_AMOUNT[lang]);
    expect(amounts).toHaveLength(1);
    expect(facts.filter((f) => f.kind === 'promise' && f.deadline).length).toBeGreaterThanOrEqual(promises.length);
    // Phone numbers, postcodes and card digits are not order or ticket numbers.
    const identifiers = [...values('order-number'), ...values('ticket-number')].map(digits);
    for (const distractor of distractors) expect(identifiers).not.toContain(digits(distractor));
    expect(facts.every((f) => f.status === 'suggested')).toBe(true);
    expect(facts.some((f) => f.source.kind === 'evidence')).toBe(true);

    // A second capture lands in the same case and suggests no fact twice.
    const again = await extension.sendBehind(page, 'capture.run', { tabId });
    expect(again).toMatchObject({ res: { ok: true, createdCase: false, caseId: db.cases[0]!.id } });
    const after = await extension.db();
    expect(after.cases).toHaveLength(1);
    expect(after.facts).toHaveLength(db.facts.length);

    // Undo hides the second capture's items and leaves a tombstone event.
    const secondId = (again as unknown as { res: { captureId: string } }).res.captureId;
    const undo = await extension.sendBehind(page, 'capture.undo', { captureId: secondId });
    expect(undo).toMatchObject({ res: { ok: true, hidden: 2 } });
    const undone = await evidence(extension);
    expect(undone.filter((i) => i.captureId === secondId).every((i) => i.hiddenAt !== null)).toBe(true);
    expect(undone.filter((i) => i.captureId !== secondId).every((i) => i.hiddenAt === null)).toBe(true);
    expect((await extension.db()).events.at(-1)).toMatchObject({
      type: 'item.hidden',
      payload: { captureId: secondId, reason: 'undo' },
    });

    // The keyboard shortcut's path (headless Chromium does not route keys to commands: run its listener).
    await page.bringToFront();
    await extension.serviceWorker.evaluate(() =>
      (globalThis as unknown as { __paperTrailE2E: { command(name: string): Promise<void> } }).__paperTrailE2E.command(
        'capture-page',
      ),
    );
    await expect
      .poll(async () => (await extension.db()).events.filter((e) => e.type === 'capture.saved').length)
      .toBe(3);
    expect((await extension.db()).cases).toHaveLength(1);
  });
}
