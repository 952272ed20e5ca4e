import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createZipWriter } from '@/lib/dossier/zip-writer';

const bytesOf = (size: number, seed: number) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 7) & 0xff;
  return bytes;
};

async function archive(withSources: boolean): Promise<Uint8Array> {
  const writer = createZipWriter();
  await writer.add('report.html', bytesOf(5_000, 1), true);
  for (const [n, size] of [0, 1, 300_000, 70_000].entries()) {
    const bytes = bytesOf(size, n);
    const source = new Blob([bytes.slice()], { type: 'image/png' });
    await writer.add(`screenshots/${n}.png`, bytes, false, withSources ? source : undefined);
  }
  await writer.add('manifest.json', bytesOf(800, 9), true);
  return new Uint8Array(await (await writer.finish()).arrayBuffer());
}

describe('zip writer: stored files that refer to their Blob', () => {
  it('writes, byte for byte, the archive it writes from the bytes alone', async () => {
    const [fromBytes, fromBlobs] = await Promise.all([archive(false), archive(true)]);
    expect(Buffer.from(fromBlobs).equals(Buffer.from(fromBytes))).toBe(true);
    const files = unzipSync(fromBlobs);
    expect(Object.keys(files)).toHaveLength(6);
    expect(Buffer.from(files['screenshots/2.png']!).equals(Buffer.from(bytesOf(300_000, 2)))).toBe(true);
  });

  it('takes a stored file from its Blob, not from a copy of its bytes', async () => {
    // Never so in use (the bytes are read from the Blob); here it shows which one the archive holds.
    const writer = createZipWriter();
    await writer.add('a.png', bytesOf(1_000, 1), false, new Blob([bytesOf(1_000, 2)]));
    const files = unzipSync(new Uint8Array(await (await writer.finish()).arrayBuffer()));
    expect(Buffer.from(files['a.png']!).equals(Buffer.from(bytesOf(1_000, 2)))).toBe(true);
  });

  it('refuses bytes that cannot be those of the Blob given', async () => {
    const writer = createZipWriter();
    await expect(writer.add('a.png', bytesOf(10, 0), false, new Blob([bytesOf(11, 0)]))).rejects.toThrow(
      'not those of their Blob',
    );
  });
});
