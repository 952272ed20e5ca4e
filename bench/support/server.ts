import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BENCH_DIR, BUILD_DIR, REPO_ROOT } from './paths';

const ENTRY_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Bundles `bench/browser/<entry>.ts` (and the lib/ code it imports) into `bench/.build/<entry>.js`. */
export async function bundleEntry(entry: string): Promise<void> {
  if (!ENTRY_NAME.test(entry)) throw new Error(`bad browser entry name: ${entry}`);
  const source = path.join(BENCH_DIR, 'browser', `${entry}.ts`);
  if (!existsSync(source)) throw new Error(`no browser entry ${path.relative(REPO_ROOT, source)}`);
  await mkdir(BUILD_DIR, { recursive: true });
  await build({
    entryPoints: [source],
    outfile: path.join(BUILD_DIR, `${entry}.js`),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Like the extension's production build: minified, production code paths of the libraries.
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    sourcemap: 'linked',
    // The path aliases of .wxt/tsconfig.json.
    alias: { '@': REPO_ROOT, '~': REPO_ROOT, '@@': REPO_ROOT, '~~': REPO_ROOT },
    logLevel: 'error',
  });
}

export interface BenchServer {
  origin: string;
  /** Bundles the entry (once per process) and returns the URL of a page that runs it. */
  pageUrl: (entry: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * A tiny static server on 127.0.0.1 (a free port the OS picks): `/<entry>.html` is a blank
 * page that loads `/<entry>.js` as a module; the bundles and their source maps come from
 * bench/.build/. Nothing else is served.
 */
export async function startServer(): Promise<BenchServer> {
  const bundled = new Map<string, Promise<void>>();
  const server = http.createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname.slice(1);
    const match = /^([a-z0-9][a-z0-9-]*)\.(html|js|js\.map)$/.exec(name);
    if (!match || req.method !== 'GET') return void res.writeHead(404).end();
    if (match[2] === 'html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(
        `<!doctype html><meta charset="utf-8"><title>bench: ${match[1]}</title><link rel="icon" href="data:,">` +
          `<script type="module" src="/${match[1]}.js"></script>`,
      );
    }
    readFile(path.join(BUILD_DIR, name)).then(
      (body) => {
        const type = match[2] === 'js' ? 'text/javascript' : 'application/json';
        res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    async pageUrl(entry) {
      let done = bundled.get(entry);
      if (!done) {
        done = bundleEntry(entry);
        bundled.set(entry, done);
      }
      await done;
      return `${origin}/${entry}.html`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
