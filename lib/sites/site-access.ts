import { patternsForSite, siteOfUrl } from './site-of-url';

/** What the user typed ("shop.example.com", a full URL) as a site and its match patterns. */
export function siteFromAddress(address: string): { site: string; patterns: string[] } | null {
  const trimmed = address.trim();
  if (!trimmed) return null;
  const site = siteOfUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  if (!site) return null;
  return { site, patterns: patternsForSite(site) };
}
