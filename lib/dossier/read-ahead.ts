/**
 * Reads blobs in order, starting at once and keeping up to `depth` reads in flight ahead of the
 * one taken: the browser fetches the next files from disk while this page zips and hashes, and
 * at most `depth` files wait in memory. A read that fails rejects when its turn is taken.
 */
export function readBlobsAhead(blobs: readonly Blob[], depth: number): { next: () => Promise<Uint8Array> } {
  const pending: Promise<Uint8Array>[] = [];
  let started = 0;
  const fill = () => {
    while (started < blobs.length && pending.length < depth) {
      const read = blobs[started++]!.arrayBuffer().then((buffer) => new Uint8Array(buffer));
      // Handled here too: a consumer that stops early (cancelled, failed) leaves no unhandled rejection.
      read.catch(() => undefined);
      pending.push(read);
    }
  };
  fill();
  return {
    next() {
      const read = pending.shift();
      if (!read) return Promise.reject(new Error('no blob left to read'));
      fill();
      return read;
    },
  };
}
