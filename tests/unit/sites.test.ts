import { describe, expect, it } from 'vitest';
import { isTopLevelUrlEnabled } from '@/lib/sites/enabled-sites';
import { patternsForSite, siteOfUrl } from '@/lib/sites/site-of-url';

describe('site of a URL', () => {
  it.each([
    ['https://support.shop.example.co.uk/chat?x=1', 'example.co.uk'],
    ['https://www.Amazon.de/gp/help', 'amazon.de'],
    ['http://shop.test:8080/', 'shop.test'],
    ['http://127.0.0.1:5173/', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['https://user.github.io/x', 'user.github.io'],
    ['chrome://extensions', null],
    ['file:///home/a.html', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
  });
});

describe('enabled patterns', () => {
  it('cover the site and its subdomains, and nothing else', () => {
    const patterns = patternsForSite('acme.example');
    expect(isTopLevelUrlEnabled('https://help.acme.example/chat', patterns)).toBe(true);
    expect(isTopLevelUrlEnabled('http://acme.example/', patterns)).toBe(true);
    expect(isTopLevelUrlEnabled('https://acme.example.evil.test/', patterns)).toBe(false);
    expect(isTopLevelUrlEnabled('https://notacme.example/', patterns)).toBe(false);
    expect(isTopLevelUrlEnabled(undefined, patterns)).toBe(false);
  });

  it('treat IP addresses and local names as one host on any port', () => {
    expect(patternsForSite('127.0.0.1')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    expect(isTopLevelUrlEnabled('http://127.0.0.1:4444/x', patternsForSite('127.0.0.1'))).toBe(true);
  });
});
