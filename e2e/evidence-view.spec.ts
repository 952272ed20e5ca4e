import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { savedFileName } from '../lib/dossier/file-names';
import { formatDateTime } from '../lib/i18n/format';
import { en } from '../lib/i18n/locales/en';
import { he } from '../lib/i18n/locales/he';
import { expect, test } from './fixtures/extension';
import type { StoredEvidence } from './fixtures/db';
import type { ExtensionHarness } from './fixtures/harness';
import { ChatPage } from './pages/chat-page';
import { SCREENS_DIR } from './support/paths';

const STRINGS = { en, he } as const;

/** Captures the chat tab from an extension page left behind it (see capture.spec.ts). */
async function capture(extension: ExtensionHarness, chatPage: Page) {
  const tabId = await extension.tabIdOf(chatPage);
  const reply = await extension.sendBehind(chatPage, 'capture.run', { tabId });
  expect(reply).toMatchObject({ res: { ok: true } });
}

async function shot(page: Page, name: string) {
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

/** MHTML bodies are quoted-printable: undo soft line breaks and `=XX` bytes. */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
  return bytes.toString('utf8');
}

for (const lang of ['en', 'he'] as const) {
  test(`evidence (${lang}): one card per capture, full view with time, URL and hashes, keyboard Next/Previous, page archive saved`, async ({
    context,
    page,
    testProxy,
    extension,
  }, testInfo) => {
    const t = STRINGS[lang];
    const chatUrl = `${testProxy.mainOrigin}/chat.html`;
    const chat = await ChatPage.open(page, chatUrl);
    const first = 'Refund approved for order A-10042, it arrives within 5 business days';
    await chat.say('agent', first, { name: 'Dana' });
    await capture(extension, page);
    await chat.say('agent', 'A replacement ships tomorrow', { name: 'Dana' });
    await capture(extension, page);

    const items = (await extension.db()).evidence;
    expect(items).toHaveLength(4);
    const captures = [...new Set(items.map((i) => i.captureId))];
    const newestFirst = captures
      .map((id) => items.filter((i) => i.captureId === id))
      .sort((a, b) => b[0]!.createdAt - a[0]!.createdAt);

    const problems: string[] = [];
    const panel = await context.newPage();
    panel.on('console', (message) => {
      if (/missing translation|Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    panel.on('pageerror', (error) => problems.push(error.message));
    await panel.setViewportSize({ width: 900, height: 900 });
    if (lang !== 'en') {
      await panel.goto(extension.url('options.html'));
      await panel.getByRole('combobox', { name: en.options.language }).selectOption(lang);
      await expect(panel.locator('html')).toHaveAttribute('lang', lang);
    }
    await panel.goto(extension.url('sidepanel.html'));
    await expect(panel.locator('html')).toHaveAttribute('dir', lang === 'he' ? 'rtl' : 'ltr');
    await panel.getByTestId('case-card').first().click();
    await panel.getByRole('tab', { name: t.tabs.evidence }).click();

    // Two captures of two items each: two cards, each a screenshot with the page-archive chip.
    const cards = panel.getByTestId('evidence-card');
    await expect(cards).toHaveCount(2);
    for (const card of await cards.all()) {
      await expect(card).toHaveAttribute('data-kind', 'screenshot');
      await expect(card).toContainText(t.evidence.kind['page-archive']);
      await expect(card.locator('img.thumb')).toBeVisible();
    }
    await shot(panel, `evidence-grid-${lang}`);

    // The keyboard opens the newest card.
    const firstCardButton = cards.first().locator('.evidence-open');
    await firstCardButton.focus();
    await panel.keyboard.press('Enter');
    const viewer = panel.getByRole('dialog');
    await expect(viewer).toBeVisible();
    const timeZone = await panel.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const expectCapture = async (group: StoredEvidence[], position: string) => {
      await expect(viewer.getByTestId('viewer-position')).toHaveText(position);
      await expect(viewer.getByTestId('viewer-time')).toHaveText(formatDateTime(group[0]!.createdAt, lang, timeZone));
      await expect(viewer.getByTestId('viewer-url')).toHaveText(chatUrl);
      const hashes = await viewer.getByTestId('viewer-hash').allTextContents();
      expect(hashes.sort()).toEqual(group.map((i) => i.sha256).sort());
    };
    await expectCapture(newestFirst[0]!, t.evidence.position.replace('{{index}}', '1').replace('{{total}}', '2'));
    await expect(viewer.locator('img.viewer-image')).toBeVisible();
    // Page-supplied text is never a link.
    await expect(viewer.locator('a[href]')).toHaveCount(0);
    await shot(panel, `evidence-viewer-${lang}`);
    await viewer.getByText(t.evidence.pageText).click();
    await expect(viewer.getByTestId('viewer-text')).toContainText('A replacement ships tomorrow');

    // Arrow keys follow the reading direction: in Hebrew ArrowLeft goes to the next item.
    const [forward, backward] = lang === 'he' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    await panel.keyboard.press(forward);
    await expectCapture(newestFirst[1]!, t.evidence.position.replace('{{index}}', '2').replace('{{total}}', '2'));
    await expect(viewer.getByRole('button', { name: t.evidence.next })).toBeDisabled();
    await panel.keyboard.press(backward);
    await expectCapture(newestFirst[0]!, t.evidence.position.replace('{{index}}', '1').replace('{{total}}', '2'));
    await viewer.getByRole('button', { name: t.evidence.next }).click();
    await expectCapture(newestFirst[1]!, t.evidence.position.replace('{{index}}', '2').replace('{{total}}', '2'));

    // Save the older capture's page archive: our file name, an MHTML with that moment's chat.
    const archive = newestFirst[1]!.find((i) => i.kind === 'page-archive')!;
    const downloading = panel.waitForEvent('download');
    await viewer.getByRole('button', { name: t.evidence.saveArchive }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(savedFileName(archive, timeZone));
    expect(download.suggestedFilename()).toMatch(/^127\.0\.0\.1-\d{4}-\d{2}-\d{2}-\d{4}\.mhtml$/);
    const saved = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    const content = await readFile(saved, 'latin1');
    expect(content.slice(0, 2000)).toMatch(/^From: /);
    expect(content.slice(0, 2000)).toContain('MIME-Version: 1.0');
    expect(content.slice(0, 2000)).toContain('Content-Type: multipart/related');
    const decoded = decodeQuotedPrintable(content);
    expect(decoded).toContain(first);
    expect(decoded).not.toContain('A replacement ships tomorrow');

    // What the hint says holds: Chromium opens the saved file as the page it was.
    const opened = await context.newPage();
    await opened.goto(`file://${saved}`);
    await expect(opened.locator('body')).toContainText(first);
    await opened.close();

    // Escape closes the view and gives focus back to the card of the item last shown.
    await panel.bringToFront();
    await viewer.getByRole('button', { name: t.evidence.previous }).focus();
    await panel.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
    await expect(cards.nth(1).locator('.evidence-open')).toBeFocused();
    expect(problems).toEqual([]);
  });
}
