import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { sha256HexOfBytesNative } from '../integrity/sha256';

export class ExportCancelledError extends Error {
  readonly code = 'export-cancelled';
  constructor() {
    super('The export was cancelled. No file was written.');
  }
}

/**
 * A ZIP built as a stream of chunks (fflate, synchronous deflate: no workers, which our pages'
 * CSP would refuse). Every file's SHA-256 is recorded for SHA256SUMS as it is added.
 */
export function createZipWriter(signal?: AbortSignal) {
  const chunks: BlobPart[] = [];
  // Stored files added with the Blob they were read from: fflate passes their bytes through as
  // the very same array, which the archive replaces with that Blob (see `add`).
  const sources = new Map<Uint8Array, Blob>();
  const digests: { path: string; sha256: string }[] = [];
  let failure: Error | null = null;
  let finished: (() => void) | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else {
      const source = sources.get(chunk);
      sources.delete(chunk);
      chunks.push(source ?? chunk);
    }
    if (final) finished?.();
  });

  return {
    /**
     * Adds one file and returns its SHA-256 (hex). Await each call before the next: the digests
     * (SHA256SUMS) keep the order of the files. The native digest: hashing an export's 30 MB in
     * JavaScript took longer than zipping it (docs/benchmarks.md, `dossier.export-vs-zip`).
     *
     * `source`: the Blob `bytes` were read from, for a stored file. The archive then refers to
     * that Blob (the browser composes Blobs without copying them) instead of keeping the bytes,
     * so an export holds one screenshot at a time instead of all of them.
     */
    async add(path: string, bytes: Uint8Array, compress: boolean, source?: Blob): Promise<string> {
      if (signal?.aborted) throw new ExportCancelledError();
      if (failure) throw failure;
      if (source && source.size !== bytes.length) throw new Error(`${path}: the bytes are not those of their Blob`);
      const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
      if (source && !compress) sources.set(bytes, source);
      zip.add(entry);
      entry.push(bytes, true);
      const sha256 = await sha256HexOfBytesNative(bytes);
      digests.push({ path, sha256 });
      return sha256;
    },
    digests: () => [...digests],
    async finish(): Promise<Blob> {
      if (signal?.aborted) throw new ExportCancelledError();
      const done = new Promise<void>((resolve) => (finished = resolve));
      zip.end();
      await done;
      if (failure) throw failure;
      return new Blob(chunks, { type: 'application/zip' });
    },
  };
}
