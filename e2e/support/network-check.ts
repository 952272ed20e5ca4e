import type { ProxiedRequest } from './proxy';

export interface NetworkVerdict {
  /** True when every request the proxy saw was to a test host it served, and there was at least one. */
  ok: boolean;
  /** One line per request that would have left the machine (or slipped past the proxy). */
  violations: string[];
  /** Test hosts that were served: proof the browser's traffic really went through the proxy. */
  servedHosts: string[];
}

/**
 * The "no request leaves the machine" rule, as a pure function over the proxy's log, so a
 * control test can feed it a planted request and see it fail.
 */
export function checkNoRequestLeftMachine(
  requests: readonly ProxiedRequest[],
  testHosts: readonly string[],
): NetworkVerdict {
  const violations: string[] = [];
  const servedHosts = new Set<string>();
  for (const request of requests) {
    // A request the proxy served for a test host: a page, or its own tunnel to one it serves over TLS.
    const isTestRequest =
      request.served &&
      testHosts.includes(request.host) &&
      ((request.kind === 'http' && /^https?:\/\//.test(request.url)) || request.kind === 'connect');
    if (isTestRequest) servedHosts.add(request.host);
    else violations.push(`${request.kind} ${request.method} ${request.url} (host ${request.host})`);
  }
  if (requests.length === 0) violations.push('the proxy saw no request at all: is the browser using it?');
  return { ok: violations.length === 0, violations, servedHosts: [...servedHosts].sort() };
}
