import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, E2E_EXTENSION_DIR, REPO_ROOT } from './paths';

/**
 * Flags of every benchmark browser. Playwright already adds --headless, --no-sandbox,
 * --no-first-run and turns background networking, component updates and sync off.
 * `--expose-gc` lets a page collect garbage before a timed section (harness `collectGarbage`).
 */
export const BASE_ARGS = ['--disable-gpu', '--disable-quic', '--js-flags=--expose-gc'];

export interface LaunchOptions {
  /** An unpacked extension to load; `launchWithExtension` defaults it to the e2e build. */
  extensionDir?: string;
  /** More Chromium switches (e.g. `--host-resolver-rules=MAP *.test 127.0.0.1`). */
  args?: string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close: () => Promise<void>;
}

/**
 * Headless Chromium with a fresh on-disk profile: IndexedDB lives on disk as it does for the
 * extension (a plain `chromium.launch()` context is incognito-like and keeps it in memory).
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const args = [...BASE_ARGS, ...(options.args ?? [])];
  if (options.extensionDir) {
    args.push(`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`);
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'paper-trail-bench-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  let closed = false;
  return {
    context,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

export interface ExtensionSession extends ChromiumSession {
  extensionId: string;
  /** The MV3 service worker (`serviceWorker.evaluate` runs code in the background context). */
  serviceWorker: Worker;
  /** Opens an extension page as a tab, e.g. `openExtensionPage('sidepanel.html')`. */
  openExtensionPage: (pagePath: string) => Promise<Page>;
}

const isExtensionWorker = (worker: Worker) => /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(worker.url());

/**
 * Chromium with the built extension loaded (by default `.output/chrome-mv3-e2e`, the build
 * that holds host access for local test pages: `npm run build:e2e`). Its id comes from the
 * service worker's URL, since an unpacked extension's id depends on the folder's path.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = path.resolve(options.extensionDir ?? E2E_EXTENSION_DIR);
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`no extension build at ${path.relative(REPO_ROOT, extensionDir)}: run \`npm run build:e2e\` first`);
  }
  const session = await launchChromium({ ...options, extensionDir });
  try {
    const { context } = session;
    const serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      ...session,
      extensionId,
      serviceWorker,
      async openExtensionPage(pagePath) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${pagePath.replace(/^\/+/, '')}`);
        return page;
      },
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}
