import { describe, expect, it } from 'vitest';
import { checkNoRequestLeftMachine } from '../../e2e/support/network-check';
import type { ProxiedRequest } from '../../e2e/support/proxy';

const HOSTS = ['127.0.0.1:4000', 'shop.test', 'web.whatsapp.com'];
const request = (entry: Partial<ProxiedRequest>): ProxiedRequest => ({
  at: 0,
  kind: 'http',
  method: 'GET',
  url: 'http://shop.test/',
  host: 'shop.test',
  served: true,
  status: 200,
  ...entry,
});

describe('the e2e rule that no request leaves the machine', () => {
  it('passes pages the proxy served for test hosts, over http or through its own TLS tunnel', () => {
    const verdict = checkNoRequestLeftMachine(
      [
        request({}),
        request({ kind: 'connect', method: 'CONNECT', url: 'web.whatsapp.com:443', host: 'web.whatsapp.com' }),
        request({ url: 'https://web.whatsapp.com/', host: 'web.whatsapp.com' }),
      ],
      HOSTS,
    );
    expect(verdict).toEqual({ ok: true, violations: [], servedHosts: ['shop.test', 'web.whatsapp.com'] });
  });

  it('fails on anything the proxy refused, any other host, and a log with nothing in it', () => {
    const refused = [
      request({ kind: 'connect', method: 'CONNECT', url: 'shop.test:443', served: false, status: 403 }),
      request({ url: 'http://web.whatsapp.com/', host: 'web.whatsapp.com', served: false, status: 403 }),
      request({ url: 'http://planted.example/', host: 'planted.example', served: false, status: 403 }),
      request({ kind: 'bypassed-proxy', url: 'http://127.0.0.1:4000/', host: '127.0.0.1:4000', served: false }),
    ];
    const verdict = checkNoRequestLeftMachine(refused, HOSTS);
    expect(verdict.ok).toBe(false);
    expect(verdict.violations).toHaveLength(4);
    expect(verdict.servedHosts).toEqual([]);
    expect(checkNoRequestLeftMachine([], HOSTS).violations).toEqual([
      'the proxy saw no request at all: is the browser using it?',
    ]);
  });
});
