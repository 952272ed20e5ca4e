import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createZipWriter } from '@/lib/dossier/zip-writer';
import { sha256HexOfBytes } from '@/lib/integrity/sha256';

describe('zip writer digests', () => {
  it('returns and records the SHA-256 of every file, in the order the files were added', async () => {
    const writer = createZipWriter();
    const files = [0, 1, 55, 64, 65, 1000, 300_000].map((size, n) => {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + n * 7) & 0xff;
      return { path: `evidence/file-${n}.bin`, bytes };
    });
    const returned: string[] = [];
    for (const [n, file] of files.entries()) returned.push(await writer.add(file.path, file.bytes, n % 2 === 0));
    const expected = files.map((file) => ({ path: file.path, sha256: sha256HexOfBytes(file.bytes) }));
    expect(returned).toEqual(expected.map((e) => e.sha256));
    expect(writer.digests()).toEqual(expected);
    const unzipped = unzipSync(new Uint8Array(await (await writer.finish()).arrayBuffer()));
    for (const file of files) expect(Buffer.from(unzipped[file.path]!).equals(Buffer.from(file.bytes))).toBe(true);
  });
});
