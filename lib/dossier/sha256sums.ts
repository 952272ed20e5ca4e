/** The `sha256sum` format: "<64 hex>  <path>" per line, which `sha256sum -c SHA256SUMS` checks. */
export function formatSha256Sums(entries: readonly { path: string; sha256: string }[]): string {
  return entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
}

export function parseSha256Sums(text: string): { path: string; sha256: string }[] | null {
  const out: { path: string; sha256: string }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) return null;
    out.push({ sha256: match[1]!, path: match[2]! });
  }
  return out;
}
