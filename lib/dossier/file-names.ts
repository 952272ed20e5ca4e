import { siteOfUrl } from '../sites/site-of-url';

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
  'text/plain': 'txt',
};

/** A safe archive path for an evidence file: its id (never page-supplied text) and an extension. */
export function evidencePath(id: string, mime: string): string {
  return `evidence/${id}.${EXTENSIONS[mime] ?? 'bin'}`;
}

export function timestampForFileName(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[:]/g, '-')
    .replace(/\.\d+Z$/, 'Z');
}

/** Letters, digits, dots and dashes only: the name is ours, never page-supplied text as is. */
function safeSite(url: string | null): string {
  const cleaned = (siteOfUrl(url) ?? '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 60);
  return cleaned || 'page';
}

/** `yyyy-mm-dd-hhmm` in the user's time zone, the way they remember the chat. */
function localStamp(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}-${part('hour')}${part('minute')}`;
}

/**
 * The name a file the user saves gets: `<site>-<yyyy-mm-dd-hhmm>.<ext>`, e.g.
 * `acme.com-2026-03-05-1407.mhtml` for a page archive.
 */
export function savedFileName(item: { url: string | null; createdAt: number; mime: string }, timeZone: string): string {
  return `${safeSite(item.url)}-${localStamp(item.createdAt, timeZone)}.${EXTENSIONS[item.mime] ?? 'bin'}`;
}
