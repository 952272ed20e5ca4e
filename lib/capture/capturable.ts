export type CaptureRefusal = 'browser-page' | 'web-store' | 'pdf' | 'local-file' | 'not-a-page';

/**
 * Pages the browser does not let an extension capture, or that are not a web page: refused up
 * front with a reason the popup can put in words, so nothing is half-saved.
 */
export function captureRefusal(url: string | undefined): CaptureRefusal | null {
  if (!url) return 'not-a-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-a-page';
  }
  if (parsed.protocol === 'file:') return 'local-file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (parsed.hostname === 'chromewebstore.google.com') return 'web-store';
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return 'web-store';
  if (parsed.hostname === 'addons.mozilla.org') return 'web-store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}
