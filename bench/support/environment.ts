import type { Page } from 'playwright-core';
import { API_GLOBAL, type BrowserApi } from '../browser/harness';
import { launchChromium, launchWithExtension, type ChromiumSession } from './browser';
import { startServer, type BenchServer } from './server';
import type { BenchContext } from './types';

type ArgsOf<F> = F extends (...args: infer A) => unknown ? A : never;
type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

/** A page running one `bench/browser/<entry>.ts`, with typed calls into what it exposed. */
export interface BenchPage<Api extends BrowserApi> {
  page: Page;
  call: <K extends keyof Api & string>(name: K, ...args: ArgsOf<Api[K]>) => Promise<ResultOf<Api[K]>>;
  close: () => Promise<void>;
}

/**
 * Everything the suites of one `npm run bench` share, started lazily: the bench server, one
 * headless Chromium for plain pages, and any extension sessions; `close()` ends them all.
 */
export class BenchEnvironment {
  private server: Promise<BenchServer> | null = null;
  private browser: Promise<ChromiumSession> | null = null;
  private readonly sessions = new Set<ChromiumSession>();
  private readonly measurements = new Map<string, Promise<unknown>>();

  context(suite: { quick: boolean; runs: number; log: (line: string) => void }): BenchContext {
    return {
      ...suite,
      openPage: (entry) => this.openPage(entry),
      launchExtension: async (options) => {
        const session = await launchWithExtension(options);
        this.track(session);
        return session;
      },
      shared: <T>(key: string, measure: () => Promise<T>) => {
        let measured = this.measurements.get(key) as Promise<T> | undefined;
        if (!measured) {
          measured = measure();
          this.measurements.set(key, measured);
        }
        return measured;
      },
    };
  }

  private track(session: ChromiumSession) {
    this.sessions.add(session);
    const close = session.close;
    session.close = async () => {
      this.sessions.delete(session);
      await close();
    };
  }

  async openPage<Api extends BrowserApi>(entry: string): Promise<BenchPage<Api>> {
    this.server ??= startServer();
    const url = await (await this.server).pageUrl(entry);
    this.browser ??= launchChromium().then((session) => {
      this.track(session);
      return session;
    });
    const page = await (await this.browser).context.newPage();
    return attachApi<Api>(page, url, entry);
  }

  async close(): Promise<void> {
    const sessions = [...this.sessions];
    this.measurements.clear();
    await Promise.allSettled(sessions.map((session) => session.close()));
    const server = this.server;
    this.server = null;
    this.browser = null;
    await server?.then((running) => running.close()).catch(() => undefined);
  }
}

/**
 * Loads `url` in `page`, waits until its bundle has called `expose()`, and returns typed calls
 * into what it exposed. An error thrown while the bundle loads ends the wait at once.
 */
export async function attachApi<Api extends BrowserApi>(
  page: Page,
  url: string,
  entry: string,
): Promise<BenchPage<Api>> {
  let startFailed: (error: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (startFailed = reject));
  failure.catch(() => undefined);
  page.on('pageerror', (error) => startFailed(error));
  try {
    await page.goto(url);
    await Promise.race([page.waitForFunction((key) => key in globalThis, API_GLOBAL, { timeout: 15_000 }), failure]);
  } catch (error) {
    await page.close();
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new Error(`bench/browser/${entry}.ts did not start: ${reason}`);
  }
  return {
    page,
    call: (name, ...args) =>
      page.evaluate(
        ([key, fn, fnArgs]) => {
          const api = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[key]!;
          return api[fn]!(...fnArgs);
        },
        [API_GLOBAL, name, args as unknown[]] as const,
      ) as never,
    close: () => page.close(),
  };
}
