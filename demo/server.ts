/**
 * The demo shop and its support widget, on loopback only: the shop on one port, the vendor's
 * widget frame on a second port (a different origin). Scripts are bundled in memory with esbuild
 * when the server starts; nothing is fetched from the network.
 *
 * `npx tsx demo/server.ts` serves until Ctrl-C (PORT and FRAME_PORT pick the ports);
 * `startDemoServer()` is used by `npm start` and the end-to-end tests.
 */
import { build } from 'esbuild';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLang } from './content/conversations';
import { isVariant, VARIANT_IDS, VARIANTS } from './content/variants';
import { indexPage, shopPage, widgetPage } from './site/pages';

const DEMO_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface DemoServerOptions {
  /** Interface to listen on, and the host of the returned URLs. */
  host?: string;
  port?: number;
  framePort?: number;
  /**
   * Host name the shop pages use for the widget frame (default: `host`). A name mapped to
   * loopback, e.g. `widget.test` with Chromium's `--host-resolver-rules`, makes it cross-site.
   */
  frameHost?: string;
}

export interface DemoServer {
  /** The shop's index, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Variant A's widget page on the second origin, e.g. `http://127.0.0.1:41235/widget.html`. */
  frameUrl: string;
  close: () => Promise<void>;
}

let bundles: Promise<Map<string, string>> | undefined;

/** Bundles the browser code once per process, in memory (parallel servers share it). */
function bundle(): Promise<Map<string, string>> {
  bundles ??= build({
    entryPoints: {
      page: path.join(DEMO_DIR, 'site/page-entry.ts'),
      widget: path.join(DEMO_DIR, 'widget/frame-entry.ts'),
    },
    outdir: path.join(DEMO_DIR, '.build'),
    write: false,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    jsx: 'automatic',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  })
    .then((result) => new Map(result.outputFiles.map((file) => [`/${path.basename(file.path)}`, file.text])))
    .catch((error: unknown) => {
      bundles = undefined;
      throw error;
    });
  return bundles;
}

function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

type Route = (url: URL) => { type: string; body: string } | null;

function serve(route: Route): http.Server {
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const found = route(new URL(req.url ?? '/', 'http://demo.invalid'));
    if (!found) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    res.writeHead(200, {
      'content-type': `${found.type}; charset=utf-8`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : found.body);
  });
}

export async function startDemoServer({
  host = '127.0.0.1',
  port = 0,
  framePort = 0,
  frameHost = host,
}: DemoServerOptions = {}): Promise<DemoServer> {
  const scripts = await bundle();
  const html = (body: string) => ({ type: 'text/html', body });
  const script = (name: string) => ({ type: 'text/javascript', body: scripts.get(name)! });
  let frameOrigin = '';

  const shop = serve((url) => {
    const lang = url.searchParams.get('lang');
    const page = url.pathname.replace(/^\/|\.html$/g, '');
    if (url.pathname === '/' || url.pathname === '/index.html') return html(indexPage());
    if (url.pathname === '/page.js') return script('/page.js');
    if (isVariant(page) && url.pathname === VARIANTS[page].path) {
      return html(shopPage(page, isLang(lang) ? lang : 'en', frameOrigin));
    }
    return null;
  });
  const frames = serve((url) => {
    const lang = url.searchParams.get('lang');
    if (url.pathname === '/widget.html') return html(widgetPage(isLang(lang) ? lang : 'en'));
    if (url.pathname === '/widget.js') return script('/widget.js');
    return null;
  });

  const shopPort = await listen(shop, host, port);
  const widgetPort = await listen(frames, host, framePort);
  frameOrigin = `http://${urlHost(frameHost)}:${widgetPort}`;
  return {
    url: `http://${urlHost(host)}:${shopPort}/`,
    frameUrl: `${frameOrigin}/widget.html`,
    async close() {
      await Promise.all(
        [shop, frames].map((server) => {
          server.closeAllConnections();
          return new Promise<void>((resolve) => server.close(() => resolve()));
        }),
      );
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const demo = await startDemoServer({
    port: Number(process.env.PORT ?? 0),
    framePort: Number(process.env.FRAME_PORT ?? 0),
  });
  console.log(`Demo shop:     ${demo.url}`);
  console.log(`Widget origin: ${new URL(demo.frameUrl).origin}`);
  for (const id of VARIANT_IDS) {
    const v = VARIANTS[id];
    console.log(`  ${v.letter}  ${new URL(v.path, demo.url).href}?lang=en|he|ru   ${v.summary}`);
  }
  console.log('Ctrl-C to stop.');
  const stop = () => void demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
