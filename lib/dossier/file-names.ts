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
