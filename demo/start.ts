/**
 * `npm start`: builds the extension (`wxt build` → .output/chrome-mv3/), serves the demo shop,
 * and opens Chromium (`$CHROME_PATH` or /usr/bin/chromium) with Paper Trail loaded on it.
 * `npm start -- --headless` proves the same without a display: it loads the extension, waits
 * for its service worker, opens a demo page, prints a ready line and exits 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoServer, type DemoServer } from './server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = path.join(ROOT, '.output', 'chrome-mv3');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const headless = process.argv.includes('--headless');

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'npm start opens a browser window, but no display was found ($DISPLAY and $WAYLAND_DISPLAY are unset).\n' +
      'Run it under a virtual display:   xvfb-run npm start\n' +
      'or check that everything loads:   npm start -- --headless',
    2,
  );
}
if (!existsSync(CHROME)) {
  fail(`Chromium was not found at ${CHROME}. Install it (apt-get install chromium) or set CHROME_PATH.`);
}

console.log('Building Paper Trail (wxt build)…');
const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
if (built.status !== 0 || !existsSync(path.join(EXTENSION, 'manifest.json'))) {
  fail(`The extension build failed:\n${built.stdout ?? ''}${built.stderr ?? ''}${built.error?.message ?? ''}`);
}
const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8')) as {
  background?: { service_worker?: string };
};
const workerFile = manifest.background?.service_worker ?? 'background.js';

const demo = await startDemoServer();
const chromeArgs = [
  `--disable-extensions-except=${EXTENSION}`,
  `--load-extension=${EXTENSION}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

if (headless) await checkHeadless(demo);
else openWindow(demo);

async function checkHeadless(demo: DemoServer): Promise<never> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'paper-trail-start-'));
  let code = 0;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    args: [...chromeArgs, '--disable-gpu'],
  });
  try {
    const isOurs = (url: string) => url.startsWith('chrome-extension://') && url.endsWith(`/${workerFile}`);
    const worker =
      context.serviceWorkers().find((w) => isOurs(w.url())) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 15_000 }));
    const id = new URL(worker.url()).host;
    console.log(`Extension id: ${id}`);
    // Variant A at full speed: the shop, the cross-origin widget frame and its last message.
    const page = await context.newPage();
    await page.goto(new URL('iframe.html?lang=en&pace=0', demo.url).href);
    await page.frameLocator('iframe').getByRole('log').getByText('1Z999AA10123456784').waitFor({ timeout: 15_000 });
    console.log(`Paper Trail is ready: extension ${id}, demo at ${demo.url}`);
  } catch (error) {
    console.error(`npm start -- --headless failed: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  } finally {
    await context.close();
    await demo.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.exit(code);
}

function openWindow(demo: DemoServer) {
  const profile = path.join(ROOT, '.output', '.start-profile');
  mkdirSync(profile, { recursive: true });
  // Chromium refuses to start as root with its sandbox (containers, CI machines).
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  console.log(`Demo shop: ${demo.url}`);
  console.log('Opening Chromium with Paper Trail… (close the window or press Ctrl-C to stop)');
  console.log('Tip: in Paper Trail’s settings, turn on auto-capture for 127.0.0.1 to record the demo chats.');
  const browser = spawn(CHROME, [...chromeArgs, ...sandbox, `--user-data-dir=${profile}`, demo.url], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderrTail = '';
  browser.stderr.on('data', (chunk: Buffer) => (stderrTail = (stderrTail + chunk.toString()).slice(-2000)));
  let stopping = false;
  browser.on('exit', (code) => {
    if (code && !stopping) console.error(`Chromium exited with code ${code}:\n${stderrTail.trim()}`);
    void demo.close().then(() => process.exit(code && !stopping ? 1 : 0));
  });
  browser.on('error', (error) => fail(`Could not start Chromium: ${error.message}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      browser.kill('SIGTERM');
    });
  }
}
