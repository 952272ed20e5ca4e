import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserApi } from '../browser/harness';
import type { ExtensionSession } from './browser';
import { attachApi, type BenchPage } from './environment';
import { existsSync } from 'node:fs';
import { BUILD_DIR, REPO_ROOT, SHIPPED_EXTENSION_DIR } from './paths';
import { bundleEntry } from './server';

/** A page of the bench copy that runs no code and shows one line: the blank page of `popup-paint`. */
export const BLANK_PAGE = 'bench-blank.html';

export interface BenchExtensionSession extends ExtensionSession {
  /** Where the copy lives (the browser's `--load-extension`). */
  dir: string;
  /** Opens `bench-<entry>.html` of the copy (the extension's origin) and waits for its API. */
  openBenchPage: <Api extends BrowserApi>(entry: string) => Promise<BenchPage<Api>>;
}

/**
 * The shipped build (`npm run build`: production React, as users get it), copied to a temporary folder with bench pages added:
 * `bench-<entry>.html` loading `bench/browser/<entry>.ts` (bundled), and `bench-blank.html`.
 * Pages of the copy have the extension's origin, database and renderer process, which the data
 * benchmarks need (the workspace reads that database; memory is read for that process). The
 * app's own files are not changed. The copy is removed when the session closes.
 */
export async function launchBenchExtension(
  launchExtension: (options: { extensionDir: string }) => Promise<ExtensionSession>,
  entries: readonly string[],
): Promise<BenchExtensionSession> {
  if (!existsSync(path.join(SHIPPED_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `no extension build at ${path.relative(REPO_ROOT, SHIPPED_EXTENSION_DIR)}: run \`npm run build\` first`,
    );
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'paper-trail-bench-ext-'));
  try {
    await cp(SHIPPED_EXTENSION_DIR, dir, { recursive: true });
    await writeFile(
      path.join(dir, BLANK_PAGE),
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Paper Trail</title><p>Paper Trail</p></html>',
    );
    for (const entry of entries) {
      await bundleEntry(entry);
      await writeFile(path.join(dir, `bench-${entry}.js`), await readFile(path.join(BUILD_DIR, `${entry}.js`)));
      await writeFile(
        path.join(dir, `bench-${entry}.html`),
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench: ${entry}</title>` +
          `<body style="margin:0"><script type="module" src="/bench-${entry}.js"></script></body></html>`,
      );
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  let session: ExtensionSession;
  try {
    session = await launchExtension({ extensionDir: dir });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const close = session.close;
  session.close = async () => {
    await close();
    await rm(dir, { recursive: true, force: true });
  };
  return {
    ...session,
    dir,
    close: () => session.close(),
    async openBenchPage<Api extends BrowserApi>(entry: string) {
      const page: Page = await session.context.newPage();
      return attachApi<Api>(page, `chrome-extension://${session.extensionId}/bench-${entry}.html`, entry);
    },
  };
}
