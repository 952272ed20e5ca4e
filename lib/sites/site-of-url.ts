import { getDomain, parse } from 'tldts';
import { webUrlOf } from './web-url';

/**
 * The registrable domain of a page ("support.shop.example.co.uk" → "example.co.uk"); for IP
 * addresses and single-label hosts such as localhost, the host itself. Null for pages that are
 * not on the web (chrome://, file://, about:).
 */
export function siteOfUrl(url: string | undefined | null): string | null {
  const parsed = webUrlOf(url);
  if (!parsed) return null;
  const domain = getDomain(parsed.hostname, { allowPrivateDomains: true });
  if (domain) return domain.toLowerCase();
  const host = parse(parsed.hostname).hostname;
  return host ? host.toLowerCase() : null;
}

/** Match patterns that cover a site and all its subdomains, on http and https. */
export function patternsForSite(site: string): string[] {
  const isIp = /^[0-9.]+$/.test(site) || site.startsWith('[');
  if (isIp || !site.includes('.')) return [`http://${site}/*`, `https://${site}/*`];
  return [`*://${site}/*`, `*://*.${site}/*`];
}
