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
  const chunks: Uint8Array[] = [];
  const digests: { path: string; sha256: string }[] = [];
  let failure: Error | null = null;
  let finished: (() => void) | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) finished?.();
  });

  return {
    /**
     * Adds one file and returns its SHA-256 (hex). Await each call before the next: the digests
     * (SHA256SUMS) keep the order of the files. The native digest: hashing an export's 30 MB in
     * JavaScript took longer than zipping it (docs/benchmarks.md, `dossier.export-vs-zip`).
     */
    async add(path: string, bytes: Uint8Array, compress: boolean): Promise<string> {
      if (signal?.aborted) throw new ExportCancelledError();
      if (failure) throw failure;
      const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
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
      return new Blob(chunks as BlobPart[], { type: 'application/zip' });
    },
  };
}
