import type { ProxiedRequest } from './proxy';

export interface NetworkVerdict {
  /** True when every request the proxy saw was plain http to a test host, and there was at least one. */
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
    const isTestHttp = request.kind === 'http' && request.url.startsWith('http://') && testHosts.includes(request.host);
    if (isTestHttp) servedHosts.add(request.host);
    else violations.push(`${request.kind} ${request.method} ${request.url} (host ${request.host})`);
  }
  if (requests.length === 0) violations.push('the proxy saw no request at all: is the browser using it?');
  return { ok: violations.length === 0, violations, servedHosts: [...servedHosts].sort() };
}
