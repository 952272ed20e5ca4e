/**
 * The demo shop and its support widget, served on 127.0.0.1 only: the shop on one port, the
 * vendor's widget frame on another (a different origin). `npx tsx demo/server.ts` serves until
 * Ctrl-C; `startDemoServer()` is used by `npm start` and the end-to-end tests.
 */
import { build } from 'esbuild';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageHtml, widgetHtml, type Variant, VARIANTS } from './site/pages';

const DEMO_DIR = path.dirname(fileURLToPath(import.meta.url));
const BUILD_DIR = path.join(DEMO_DIR, '.build');

async function bundle() {
  await build({
    entryPoints: {
      page: path.join(DEMO_DIR, 'site/page-entry.ts'),
      widget: path.join(DEMO_DIR, 'widget/frame-entry.ts'),
    },
    bundle: true,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    outdir: BUILD_DIR,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}

function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export interface DemoServer {
  url: string;
  frameUrl: string;
  close: () => Promise<void>;
}

export async function startDemoServer({ host = '127.0.0.1', port = 0, framePort = 0 } = {}): Promise<DemoServer> {
  await bundle();
  const send = (res: http.ServerResponse, type: string, body: string | Buffer) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const script = async (res: http.ServerResponse, name: string) =>
    send(res, 'text/javascript; charset=utf-8', await readFile(path.join(BUILD_DIR, name)));

  let frameOrigin = '';
  const shop = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo');
    if (url.pathname === '/page.js') return void script(res, 'page.js');
    const variant = url.pathname.replace(/^\/|\.html$/g, '') || 'index';
    if (variant === 'index' || (VARIANTS as readonly string[]).includes(variant)) {
      return send(res, 'text/html; charset=utf-8', pageHtml(variant as Variant | 'index', frameOrigin));
    }
    res.writeHead(404).end('not found');
  });
  const frames = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo');
    if (url.pathname === '/widget.js') return void script(res, 'widget.js');
    if (url.pathname === '/widget.html') return send(res, 'text/html; charset=utf-8', widgetHtml());
    res.writeHead(404).end('not found');
  });
  const shopPort = await listen(shop, host, port);
  const widgetPort = await listen(frames, host, framePort);
  frameOrigin = `http://${host}:${widgetPort}`;
  return {
    url: `http://${host}:${shopPort}/`,
    frameUrl: `${frameOrigin}/widget.html`,
    close: async () => {
      for (const server of [shop, frames]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const demo = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
  console.log(`Demo shop: ${demo.url}\nWidget origin: ${demo.frameUrl}\nCtrl-C to stop.`);
}
