import { describe, expect, it } from 'vitest';
import { readBlobsAhead } from '@/lib/dossier/read-ahead';

/** A blob whose read is counted and waits until released. */
function slowBlob(text: string, log: string[], fail = false) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const blob = {
    arrayBuffer: async () => {
      log.push(`start ${text}`);
      await gate;
      if (fail) throw new Error(`cannot read ${text}`);
      return new TextEncoder().encode(text).buffer;
    },
  } as unknown as Blob;
  return { blob, release };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('readBlobsAhead', () => {
  it('gives every blob in order, with at most `depth` reads started ahead of the one taken', async () => {
    const log: string[] = [];
    const blobs = ['a', 'b', 'c', 'd', 'e'].map((t) => slowBlob(t, log));
    const reads = readBlobsAhead(
      blobs.map((b) => b.blob),
      2,
    );
    expect(log).toEqual(['start a', 'start b']);
    // The last blob is released first: order still follows the list.
    for (const b of [...blobs].reverse()) b.release();
    const got: string[] = [];
    for (let i = 0; i < blobs.length; i++) {
      got.push(text(await reads.next()));
      expect(log.length).toBeLessThanOrEqual(Math.min(blobs.length, i + 3));
    }
    expect(got).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d', 'start e']);
    await expect(reads.next()).rejects.toThrow('no blob left');
  });

  it('rejects a failed read when its turn comes, and one never taken is not an unhandled rejection', async () => {
    const log: string[] = [];
    const ok = slowBlob('ok', log);
    const bad = slowBlob('bad', log, true);
    const unused = slowBlob('unused', log, true);
    const reads = readBlobsAhead([ok.blob, bad.blob, unused.blob], 3);
    for (const b of [ok, bad, unused]) b.release();
    expect(text(await reads.next())).toBe('ok');
    await expect(reads.next()).rejects.toThrow('cannot read bad');
    // 'unused' failed too and is never taken: vitest fails the run on an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
