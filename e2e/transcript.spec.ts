import type { Page } from '@playwright/test';
import { longThread } from '../demo/content/long-thread';
import { en } from '../lib/i18n/locales/en';
import { he } from '../lib/i18n/locales/he';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';
import { ChatPage } from './pages/chat-page';
import { SidePanelPage } from './pages/side-panel';
import { wire } from './support/messages';

const STRINGS = { en, he } as const;
type Lang = keyof typeof STRINGS;

/** Messages seeded on top of the test chat's two: the demo's long thread, repeated. */
const SEEDED = 2_500;
const BATCH = 500;
/** A word each language's long thread uses often, to search for. */
const SEARCH_WORD: Record<Lang, string> = { en: 'order', he: 'משלוח' };
/** Rows in the DOM must stay this few, whatever the number of messages. */
const MAX_ROWS = 60;

/**
 * Records `count` messages through the real path, as the chat content script sends them
 * (`chat.record` from the page's content-script world, 500 a batch), so the background stores
 * them with their log events. They are newer than the
 * chat's own two history messages, which stay first.
 */
async function seedThread(page: Page, extension: ExtensionHarness, lang: Lang, from: number, count: number) {
  const lines = longThread(lang);
  for (let start = from; start < from + count; start += BATCH) {
    const messages = Array.from({ length: Math.min(BATCH, from + count - start) }, (_, k) => {
      const i = start + k;
      const line = lines[i % lines.length]!;
      return {
        key: `e2e-long-${i}`,
        role: line.author,
        authorName: line.author === 'agent' ? (line.agent ?? null) : null,
        text: line.text,
        truncated: false,
        widgetTimeText: null,
        fromHistory: false,
        seenAt: Date.now(),
      };
    });
    const reply = await extension.sendAsContentScript(
      page,
      wire('chat.record', { batchId: `e2e-long-${start}`, adapter: 'generic', messages }),
    );
    expect(reply && 'res' in reply && reply.res.ok, JSON.stringify(reply)).toBe(true);
  }
}

async function useLanguage(page: Page, extension: ExtensionHarness, lang: Lang) {
  await page.goto(extension.url('options.html'));
  await page.getByRole('combobox', { name: en.options.language }).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const lang of ['en', 'he'] as const) {
  test(`the transcript of ${SEEDED + 2} messages stays a small DOM, follows, searches and copies as text (${lang})`, async ({
    context,
    page,
    testProxy,
    extension,
  }) => {
    test.setTimeout(180_000);
    const t = STRINGS[lang].transcript;
    const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
    await expect.poll(async () => (await extension.db()).messages.length).toBe(2);
    await seedThread(page, extension, lang, 0, SEEDED);
    const stored = (await extension.db()).messages;
    expect(stored).toHaveLength(SEEDED + 2);
    const total = stored.length;

    // Clipboard access for the extension's pages: "Copy as text" is checked by reading the
    // real clipboard back, not through a hook in the app.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems: string[] = [];
    const panel = await SidePanelPage.open(context, extension.id);
    panel.page.on('console', (m) => {
      if (/missing translation|Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    panel.page.on('pageerror', (error) => problems.push(error.message));
    if (lang !== 'en') {
      await useLanguage(panel.page, extension, lang);
      await panel.page.goto(extension.url('sidepanel.html'));
    }
    await expect(panel.page.locator('html')).toHaveAttribute('dir', lang === 'he' ? 'rtl' : 'ltr');
    await panel.openCase('127.0.0.1');

    const rows = panel.page.getByTestId('transcript-row');
    const viewport = panel.page.locator('.transcript-viewport');
    const last = stored[stored.length - 1]!;

    // Opens at the newest message, with only a window of rows in the DOM, numbered in all of them.
    await expect(rows.filter({ hasText: last.text }).last()).toBeVisible();
    expect(await rows.count()).toBeLessThan(MAX_ROWS);
    await expect(rows.last()).toHaveAttribute('aria-setsize', String(total));
    await expect(rows.last()).toHaveAttribute('aria-posinset', String(total));

    // Sides: agent bubbles on the inline start, customer bubbles on the inline end (mirrored in Hebrew).
    const side = async (role: 'agent' | 'customer') => {
      const box = await panel.page.locator(`.bubble-${role}`).first().boundingBox();
      const list = await viewport.boundingBox();
      expect(box && list).toBeTruthy();
      const left = box!.x - list!.x;
      const right = list!.x + list!.width - (box!.x + box!.width);
      return left < right ? 'left' : 'right';
    };
    expect(await side('agent')).toBe(lang === 'he' ? 'right' : 'left');
    expect(await side('customer')).toBe(lang === 'he' ? 'left' : 'right');
    await panel.screenshot(`transcript-${lang}-bottom`);

    // Scroll to the top: the first message is there, and the DOM is still a window.
    await viewport.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    await expect(panel.page.locator('.history-note').first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(MAX_ROWS);

    // New messages while scrolled up: a button counts them; it takes the user to the bottom.
    await chat.say('agent', 'Newest message one.', { name: 'Dana' });
    await chat.say('customer', 'Newest message two.');
    const newButton = panel.page.getByTestId('transcript-new');
    await expect(newButton).toHaveText(lang === 'he' ? 'שתי הודעות חדשות ↓' : '2 new messages ↓');
    await newButton.click();
    await expect(rows.filter({ hasText: 'Newest message two.' })).toBeVisible();
    await expect(newButton).toBeHidden();

    // At the bottom, a new message is followed without a button.
    await chat.say('agent', 'Newest message three.', { name: 'Dana' });
    await expect(rows.filter({ hasText: 'Newest message three.' })).toBeInViewport();
    await expect(newButton).toBeHidden();
    expect(await rows.count()).toBeLessThan(MAX_ROWS);

    // Search: the count matches the stored messages; next moves on; matches are highlighted.
    const word = SEARCH_WORD[lang];
    const all = (await extension.db()).messages;
    const expected = all.filter((m) => `${m.text}\n${m.authorName ?? ''}`.toLowerCase().includes(word)).length;
    expect(expected).toBeGreaterThan(50);
    const position = (current: number) =>
      t.matchPosition.replace('{{current}}', String(current)).replace('{{total}}', String(expected));
    await panel.page.getByRole('searchbox', { name: t.searchLabel }).fill(word);
    await expect(panel.page.getByTestId('transcript-count')).toHaveText(position(1));
    await expect(panel.page.locator('.bubble-current mark').first()).toBeInViewport();
    await panel.page.getByRole('button', { name: t.nextMatch }).click();
    await expect(panel.page.getByTestId('transcript-count')).toHaveText(position(2));
    await panel.page.getByRole('searchbox', { name: t.searchLabel }).press('Shift+Enter');
    await panel.page.getByRole('searchbox', { name: t.searchLabel }).press('Shift+Enter');
    await expect(panel.page.getByTestId('transcript-count')).toHaveText(position(expected));
    await expect(panel.page.locator('.bubble-current mark').first()).toBeInViewport();
    expect(await rows.count()).toBeLessThan(MAX_ROWS);
    await panel.screenshot(`transcript-${lang}-search`);

    // Copy the search result as text, then the whole transcript.
    await panel.page.getByRole('button', { name: t.copyMatchesAsText }).click();
    await expect(panel.page.getByTestId('transcript-copied')).not.toBeEmpty();
    const matchesText = await panel.page.evaluate(() => navigator.clipboard.readText());
    const matchLines = matchesText.split('\n').filter((line) => line.startsWith('['));
    expect(matchLines).toHaveLength(expected);
    for (const line of matchLines) expect(line.toLowerCase()).toContain(word);

    await panel.page.getByRole('searchbox', { name: t.searchLabel }).fill('');
    await panel.page.getByRole('button', { name: t.copyAsText }).click();
    await expect(panel.page.getByTestId('transcript-copied')).not.toBeEmpty();
    const copied = await panel.page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines[0]!.startsWith(STRINGS[lang].common.timeZone.split('{{zone}}')[0]!)).toBe(true);
    const messageLines = lines.filter((line) => /^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}[\],]/.test(line));
    expect(messageLines).toHaveLength(total + 3);
    // The chat's two history messages come first, marked, with the widget's own time.
    expect(messageLines[0]).toMatch(
      new RegExp(
        `^\\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}, ${escape(t.asText.widgetTime.replace('{{text}}', '10:01'))}, ${escape(t.asText.fromHistory)}\\] `,
      ),
    );
    expect(messageLines[messageLines.length - 1]).toContain('Newest message three.');
    await panel.screenshot(`transcript-${lang}-copied`);
    expect(problems).toEqual([]);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
