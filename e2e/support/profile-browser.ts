import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { launchArgs } from '../fixtures/extension';
import { BUILDS, chromiumPath } from './paths';
import type { TestProxy } from './proxy';

export interface ProfileBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

const isOurs = (worker: Worker) => /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(worker.url());

/**
 * Chromium with the e2e build on a profile directory the caller owns: unlike the `context`
 * fixture's temporary profile, it outlives `context.close()`, so a test can close the browser
 * and start it again on the same profile (a browser restart, as the user has one).
 */
export async function launchOnProfile(profileDir: string, proxy: TestProxy): Promise<ProfileBrowser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: launchArgs(BUILDS.e2e, proxy.port),
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host };
  } catch (error) {
    await context.close();
    throw error;
  }
}
