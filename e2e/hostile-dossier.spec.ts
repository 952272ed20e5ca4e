import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { en } from '../lib/i18n/locales/en';
import { CANARY, smallPayloads } from '../tests/fixtures/hostile-corpus/corpus';
import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { SidePanelPage } from './pages/side-panel';

test.describe.configure({ timeout: 180_000 });

/** Elements and attributes report.html is written with (lib/dossier/report/render-html.ts). */
const OUR_ELEMENTS =
  'html head meta title style body header main section h1 h2 h3 p span strong bdi dl dt dd ul ol li br hr table tbody tr td figure figcaption img div code';
const OUR_ATTRIBUTES = 'lang dir charset http-equiv content name class data-section data-rule-id data-variant src alt';

interface Watch {
  hits: () => Promise<unknown[]>;
  dialogs: string[];
  navigations: string[];
  requests: string[];
  /** Requests for files of the archive (the screenshots): proof the request watch sees requests. */
  archived: string[];
  foreign: () => Promise<string[]>;
}

/**
 * Opens a report file with every way a payload could show it ran being watched: a canary setter
 * installed before any of the document's own content, dialogs, navigations of any frame, and
 * every request (a file:// request is allowed only to a file the unzipped archive holds).
 */
async function openWatched(context: BrowserContext, file: string): Promise<{ page: Page; watch: Watch }> {
  const page = await context.newPage();
  await page.addInitScript((name) => {
    const hits: unknown[] = [];
    Object.defineProperty(globalThis, '__canaryHits', { value: hits });
    Object.defineProperty(globalThis, name, {
      configurable: false,
      get: () => hits[0],
      set: (value: unknown) => void hits.push(value),
    });
  }, CANARY);
  const url = pathToFileURL(file).href;
  const watch: Watch = {
    hits: () => page.evaluate(() => [...(globalThis as unknown as { __canaryHits: unknown[] }).__canaryHits]),
    dialogs: [],
    navigations: [],
    requests: [],
    archived: [],
    foreign: () =>
      page.evaluate(
        ({ elements, attributes }) => {
          const ours = new Set(elements.split(' '));
          const allowed = new Set(attributes.split(' '));
          const found: string[] = [];
          for (const el of Array.from(document.querySelectorAll('*'))) {
            const tag = el.tagName.toLowerCase();
            if (!ours.has(tag)) found.push(tag);
            for (const attr of Array.from(el.attributes))
              if (!allowed.has(attr.name)) found.push(`${tag}[${attr.name}]`);
          }
          return found;
        },
        { elements: OUR_ELEMENTS, attributes: OUR_ATTRIBUTES },
      ),
  };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame.url() !== url) watch.navigations.push(frame.url());
  });
  page.on('request', (request) => {
    const address = request.url();
    if (address === url) return;
    const inArchive =
      address.startsWith(pathToFileURL(path.dirname(file)).href + '/') && existsSync(fileURLToPath(address));
    (inArchive ? watch.archived : watch.requests).push(address);
  });
  await page.goto(url);
  // Time for anything deferred to fire: a refresh, a failed image, an animation, a focus.
  await page.waitForTimeout(1_500);
  return { page, watch };
}

const payloads = smallPayloads();
const byId = (id: string) => payloads.find((p) => p.id === id)!;

test('a hostile chat exported as a dossier: report.html from disk runs nothing, requests nothing, shows the text; transcript.csv starts no formula', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/hostile-chat.html`);
  for (const [i, p] of payloads.entries()) {
    if (i % 2 === 0)
      await chat.say('agent', p.text, { name: `Dana ${p.text.slice(0, 200)}`, time: p.text.slice(0, 80) });
    else await chat.say('customer', p.text);
  }
  await expect.poll(async () => (await extension.db()).messages.length, { timeout: 60_000 }).toBe(2 + payloads.length);
  const tabId = await extension.tabIdOf(page);
  expect(await extension.sendBehind(page, 'capture.run', { tabId })).toMatchObject({ res: { ok: true } });

  const panel = await SidePanelPage.open(context, extension.id);
  await panel.openCase('127.0.0.1');
  await panel.page.getByRole('tab', { name: en.tabs.export }).click();
  const download = panel.page.waitForEvent('download');
  await panel.page.getByRole('button', { name: en.dossierExport.export }).click();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'paper-trail-hostile-dossier-'));
  try {
    const archive = path.join(dir, 'dossier.zip');
    await (await download).saveAs(archive);
    const folder = path.join(dir, 'unzipped');
    await mkdir(folder);
    const unzip = spawnSync('unzip', ['-q', archive, '-d', folder], { encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).toBe(0);

    const { page: report, watch } = await openWatched(context, path.join(folder, 'report.html'));
    expect(await watch.hits()).toEqual([]);
    expect(await report.evaluate((name) => (globalThis as Record<string, unknown>)[name] ?? null, CANARY)).toBeNull();
    expect(watch.dialogs).toEqual([]);
    expect(watch.navigations).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(await watch.foreign()).toEqual([]);
    // The screenshot is shown from the archive: a request inside it, allowed, and seen.
    expect(await report.locator('img').count()).toBeGreaterThan(0);
    expect(watch.archived.some((r) => r.includes('/screenshots/') || r.includes('/evidence/'))).toBe(true);
    const messages = await report.locator('[data-section="transcript"] .msg-text').allTextContents();
    for (const id of ['script-tag', 'img-onerror', 'attribute-breakout', 'mxss-math', 'entity-markup-decimal'])
      expect(messages, id).toContain(byId(id).text);
    await expect(report.locator('[data-section="transcript"]')).toContainText(`Dana ${byId('img-onerror').text}`);

    const csv = await readFile(path.join(folder, 'transcript.csv'), 'utf8');
    const formulas = payloads.filter((p) => p.category === 'csv' && /^[=+\-@]/.test(p.text));
    expect(formulas.length).toBeGreaterThanOrEqual(4);
    for (const p of formulas) {
      const start = p.text.slice(0, 12).replace(/"/g, '""');
      expect(csv, p.id).toContain(`'${start}`);
      expect(csv, p.id).not.toMatch(new RegExp(`(^|,|\\r\\n)"?${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }

    // Control: the same report with one payload written unescaped (and no CSP): every check fires.
    const html = await readFile(path.join(folder, 'report.html'), 'utf8');
    const planted = byId('img-onerror').text.replace("'img-onerror'", "'img-onerror';alert('pwned')");
    const escaped = html.indexOf('&lt;img src=x onerror=');
    expect(escaped).toBeGreaterThan(0);
    const unsafe = `${html.slice(0, escaped)}${planted}${html.slice(html.indexOf('&gt;', escaped) + 4)}`.replace(
      /<meta http-equiv="Content-Security-Policy"[^>]*>/,
      '',
    );
    const unsafeFile = path.join(folder, 'report-unescaped.html');
    await writeFile(unsafeFile, unsafe);
    const control = await openWatched(context, unsafeFile);
    expect(await control.watch.hits()).toEqual(['img-onerror']);
    expect(control.watch.dialogs).toEqual(['pwned']);
    expect(control.watch.requests.some((r) => r.endsWith('/x'))).toBe(true);
    expect(await control.watch.foreign()).toContain('img[onerror]');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
