/**
 * `npm start`: builds the extension, serves the demo shop, and opens Chromium with Paper Trail
 * loaded on it. `npm start -- --headless` proves the same without a display and exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoServer } from './server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = path.join(ROOT, '.output', 'chrome-mv3');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const headless = process.argv.includes('--headless');

if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found. Run `xvfb-run npm start` for a virtual display, or `npm start -- --headless` to check that everything loads.',
  );
  process.exit(2);
}

console.log('Building Paper Trail…');
const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
if (built.status !== 0) {
  console.error(`The extension build failed:\n${built.stdout}${built.stderr}`);
  process.exit(1);
}

const demo = await startDemoServer();
const chromeArgs = [
  `--disable-extensions-except=${EXTENSION}`,
  `--load-extension=${EXTENSION}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

if (headless) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'paper-trail-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args: [...chromeArgs, '--disable-gpu'],
  });
  try {
    const isOurs = (url: string) => /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(url);
    const worker =
      context.serviceWorkers().find((w) => isOurs(w.url())) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 15_000 }));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`${demo.url}iframe.html`);
    await page.locator('iframe').first().waitFor();
    const workspace = await context.newPage();
    await workspace.goto(`chrome-extension://${id}/sidepanel.html`);
    await workspace.getByRole('heading').first().waitFor();
    console.log(`Extension id: ${id}`);
    console.log(`Paper Trail is ready: extension ${id}, demo at ${demo.url}`);
  } finally {
    await context.close();
    await demo.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.exit(0);
}

const profile = path.join(ROOT, '.output', '.start-profile');
console.log(`Demo shop: ${demo.url}\nOpening Chromium with Paper Trail… (close the window to stop)`);
console.log('Tip: in Paper Trail’s settings, turn on auto-capture for 127.0.0.1 to record the demo chats.');
const browser = spawn(CHROME, [...chromeArgs, `--user-data-dir=${profile}`, demo.url], { stdio: 'ignore' });
browser.on('exit', () => {
  void demo.close().then(() => process.exit(0));
});
