import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { STATIC_PAGES_DIR } from './paths';
import { TLS_TEST_HOSTS, testTlsIdentity } from './test-tls';

/**
 * The only way out of the test browser: Chromium is started with `--proxy-server` pointing here
 * and `--proxy-bypass-list=<-loopback>`, so even requests to 127.0.0.1 pass through it. It serves
 * the test pages for the test hosts itself, records every request it sees, and refuses every
 * other host (and every other CONNECT tunnel) with a 403. A tunnel to a TLS test host
 * (`TLS_TEST_HOSTS`, port 443) ends here: its requests are served like the others, over https.
 *
 * The two 127.0.0.1 "site ports" are held by sentinel servers that answer nothing useful: a
 * request that reaches one of them bypassed the proxy, which is recorded too.
 */

export type RequestKind = 'http' | 'connect' | 'upgrade' | 'not-proxied' | 'bypassed-proxy';

export interface ProxiedRequest {
  at: number;
  kind: RequestKind;
  method: string;
  /** The absolute URL (or `host:port` for a CONNECT tunnel). */
  url: string;
  /** `host:port` as the browser asked for it (port omitted when it is the default 80). */
  host: string;
  /** Whether the proxy served it as a test host. */
  served: boolean;
  status: number;
}

export interface TestProxy {
  /** The proxy's own port on 127.0.0.1. */
  readonly port: number;
  /** http://127.0.0.1:A — the main test site (matches the e2e build's content script). */
  readonly mainOrigin: string;
  /** http://127.0.0.1:B — same site, other origin: a cross-origin iframe that still matches http://127.0.0.1/*. */
  readonly secondOrigin: string;
  /** Named test sites served by the proxy itself; the e2e build does not auto-capture them. */
  readonly shopOrigin: string;
  readonly otherOrigin: string;
  /** A fake WhatsApp Web (whatsapp.html) on its real host name, over https: not auto-captured. */
  readonly whatsappOrigin: string;
  /** `host[:port]` values the proxy serves. Everything else is a violation. */
  readonly testHosts: readonly string[];
  /** Every request seen so far, in order (a copy). */
  requests(): ProxiedRequest[];
  /** Serves `host[:port]` by forwarding to a local server on `upstreamPort` (the demo shop). */
  forward(host: string, upstreamPort: number): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function listen(server: http.Server | https.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server | https.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** `host[:port]` of a URL, dropping the default port so `http://shop.test/` and `:80` agree. */
function hostKey(url: URL): string {
  return url.port && url.port !== '80' ? `${url.hostname}:${url.port}` : url.hostname;
}

export async function startTestProxy(): Promise<TestProxy> {
  const log: ProxiedRequest[] = [];
  const record = (entry: Omit<ProxiedRequest, 'at'>) => log.push({ at: Date.now(), ...entry });

  // Sentinels reserve the two site ports; the proxy answers for them, so a hit here is a bypass.
  const sentinels = [0, 1].map(() =>
    http.createServer((req, res) => {
      const host = req.headers.host ?? '?';
      record({
        kind: 'bypassed-proxy',
        method: req.method ?? '?',
        url: `http://${host}${req.url ?? ''}`,
        host,
        served: false,
        status: 502,
      });
      res.writeHead(502, { 'content-type': 'text/plain' }).end('this request bypassed the test proxy');
    }),
  );
  const [portA, portB] = await Promise.all(sentinels.map(listen));
  const mainOrigin = `http://127.0.0.1:${portA}`;
  const secondOrigin = `http://127.0.0.1:${portB}`;
  const shopOrigin = 'http://shop.test';
  const otherOrigin = 'http://other.test';
  const whatsappOrigin = 'https://web.whatsapp.com';
  const testHosts = [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`, 'shop.test', 'other.test', 'web.whatsapp.com'];
  /** The page a host serves at `/` (chat.html unless named here). */
  const indexPages: Record<string, string> = { 'web.whatsapp.com': 'whatsapp.html' };
  const replacements: Record<string, string> = {
    '{{MAIN_ORIGIN}}': mainOrigin,
    '{{SECOND_ORIGIN}}': secondOrigin,
    '{{SHOP_ORIGIN}}': shopOrigin,
    '{{OTHER_ORIGIN}}': otherOrigin,
  };

  async function serveStatic(url: URL, res: http.ServerResponse): Promise<number> {
    const name = url.pathname === '/' ? (indexPages[hostKey(url)] ?? 'chat.html') : url.pathname.slice(1);
    const type = CONTENT_TYPES[path.extname(name)];
    if (!/^[a-z0-9-]+\.[a-z]+$/.test(name) || !type) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return 404;
    }
    let body: string;
    try {
      body = await readFile(path.join(STATIC_PAGES_DIR, name), 'utf8');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return 404;
    }
    for (const [token, value] of Object.entries(replacements)) body = body.replaceAll(token, value);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    return 200;
  }

  /** Test hosts served by another local server (the demo shop) rather than from static files. */
  const upstreams = new Map<string, number>();
  function forwardTo(
    upstreamPort: number,
    url: URL,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    done: (status: number) => void,
  ): void {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: url.pathname + url.search,
        headers: req.headers,
      },
      (reply) => {
        done(reply.statusCode ?? 502);
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => {
      done(502);
      if (!res.headersSent) res.writeHead(502).end();
    });
    req.pipe(upstream);
  }

  /** A request for `url` (absolute) that reached the proxy, over http or through a TLS tunnel. */
  function serveTestHost(url: URL, req: http.IncomingMessage, res: http.ServerResponse): void {
    const method = req.method ?? '?';
    const host = hostKey(url);
    const scheme = TLS_TEST_HOSTS.includes(host) ? 'https:' : 'http:';
    if (url.protocol !== scheme || !testHosts.includes(host)) {
      record({ kind: 'http', method, url: url.href, host, served: false, status: 403 });
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test proxy: not a test host');
      return;
    }
    const entry: ProxiedRequest = {
      at: Date.now(),
      kind: 'http',
      method,
      url: url.href,
      host,
      served: true,
      status: 0,
    };
    log.push(entry);
    const upstream = upstreams.get(host);
    if (upstream !== undefined) {
      forwardTo(upstream, url, req, res, (status) => (entry.status = status));
      return;
    }
    serveStatic(url, res).then(
      (status) => (entry.status = status),
      () => {
        entry.status = 500;
        if (!res.headersSent) res.writeHead(500).end();
      },
    );
  }

  const proxy = http.createServer((req, res) => {
    const raw = req.url ?? '';
    if (!/^https?:\/\//i.test(raw)) {
      // Someone talked to the proxy as if it were a web server: not a proxied request.
      const host = req.headers.host ?? '?';
      record({ kind: 'not-proxied', method: req.method ?? '?', url: raw, host, served: false, status: 403 });
      res.writeHead(403, { 'content-type': 'text/plain' }).end('not a proxied request');
      return;
    }
    serveTestHost(new URL(raw), req, res);
  });
  // The far end of a tunnel to a TLS test host: requests carry a path and a Host header.
  const tlsSite = https.createServer(testTlsIdentity(), (req, res) => {
    serveTestHost(new URL(req.url ?? '/', `https://${req.headers.host ?? '?'}`), req, res);
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    const target = req.url ?? '?';
    const tlsHost = target.endsWith(':443') ? target.slice(0, -':443'.length) : null;
    if (tlsHost !== null && TLS_TEST_HOSTS.includes(tlsHost)) {
      record({ kind: 'connect', method: 'CONNECT', url: target, host: tlsHost, served: true, status: 200 });
      socket.on('error', () => undefined);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) socket.unshift(head);
      tlsSite.emit('connection', socket);
      return;
    }
    record({
      kind: 'connect',
      method: 'CONNECT',
      url: target,
      host: target.replace(/:443$/, ''),
      served: false,
      status: 403,
    });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  });
  proxy.on('upgrade', (req: http.IncomingMessage, socket: Socket) => {
    const raw = req.url ?? '?';
    let host = req.headers.host ?? '?';
    try {
      host = hostKey(new URL(raw));
    } catch {
      // keep the Host header
    }
    record({ kind: 'upgrade', method: req.method ?? '?', url: raw, host, served: false, status: 403 });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  });
  const port = await listen(proxy);

  return {
    port,
    mainOrigin,
    secondOrigin,
    shopOrigin,
    otherOrigin,
    whatsappOrigin,
    testHosts,
    requests: () => log.map((entry) => ({ ...entry })),
    forward: (host, upstreamPort) => {
      upstreams.set(host, upstreamPort);
      if (!testHosts.includes(host)) testHosts.push(host);
    },
    close: async () => {
      await Promise.all([proxy, tlsSite, ...sentinels].map(closeServer));
    },
  };
}
