import type { EvidenceKind } from '../schemas/evidence';
import { timestampForFileName } from './file-names';

const FOLDERS: Record<EvidenceKind, string> = {
  screenshot: 'screenshots',
  'page-archive': 'pages',
  attachment: 'attachments',
  'call-log': 'attachments',
  'pasted-text': 'attachments',
  note: 'attachments',
};

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'multipart/related': 'mhtml',
  'application/x-mimearchive': 'mhtml',
  'application/json': 'json',
  'text/plain': 'txt',
  'text/html': 'html.txt',
};

/** The extension of a MIME type, else of the user's own file name when it is plain, else `bin`. */
function extensionOf(mime: string, fileName: string | null): string {
  const known = EXTENSIONS[mime.split(';')[0]!.trim().toLowerCase()];
  if (known) return known;
  const own = /\.([a-z0-9]{1,8})$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  // A page-supplied ".html" would open as a live page from the archive: keep such files inert.
  return own && !/^(html?|xht(ml)?|svg|js|mjs)$/.test(own) ? own : 'bin';
}

/**
 * An evidence file's path inside the dossier, built from our own values only (kind, time, id):
 * `screenshots/2026-11-22T09-00-00Z-<id>.png`, so a folder listing reads in time order.
 */
export function dossierEvidencePath(item: {
  id: string;
  kind: EvidenceKind;
  mime: string;
  fileName: string | null;
  createdAt: number;
}): string {
  return `${FOLDERS[item.kind]}/${timestampForFileName(item.createdAt)}-${item.id}.${extensionOf(item.mime, item.fileName)}`;
}
