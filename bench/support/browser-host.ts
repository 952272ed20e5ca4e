import { build } from 'esbuild';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const OUT_DIR = path.join(BENCH_DIR, '.build');

/**
 * Serves bundles of bench/browser/*.ts on 127.0.0.1 and opens them in headless Chromium: the
 * lib/ code runs against the browser's real IndexedDB, not a Node imitation.
 */
export async function startBrowserHost() {
  await mkdir(OUT_DIR, { recursive: true });
  const built = new Set<string>();
  const server = http.createServer(async (req, res) => {
    const name = (req.url ?? '/').replace(/^\/+/, '').replace(/\?.*$/, '');
    if (!/^[a-z0-9-]+\.(js|html)$/.test(name)) return void res.writeHead(404).end();
    if (name.endsWith('.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(
        `<!doctype html><meta charset="utf-8"><script type="module" src="/${name.replace('.html', '.js')}"></script>`,
      );
    }
    try {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(await readFile(path.join(OUT_DIR, name)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | null = null;

  async function bundle(entry: string) {
    if (built.has(entry)) return;
    await build({
      entryPoints: [path.join(BENCH_DIR, 'browser', `${entry}.ts`)],
      bundle: true,
      format: 'esm',
      minify: true,
      outfile: path.join(OUT_DIR, `${entry}.js`),
      alias: { '@': REPO_ROOT },
      logLevel: 'error',
    });
    built.add(entry);
  }

  return {
    async page(entry: string): Promise<Page> {
      await bundle(entry);
      browser ??= await chromium.launch({
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: ['--disable-gpu', '--disable-quic'],
      });
      const page = await browser.newPage();
      await page.goto(`${origin}/${entry}.html`);
      await page.waitForFunction(() => (globalThis as { benchReady?: boolean }).benchReady === true);
      return page;
    },
    async close() {
      await browser?.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
