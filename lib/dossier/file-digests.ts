import { sha256HexOfBytesNative } from '../integrity/sha256';

/**
 * The SHA-256 of every file of an unzipped archive, with the native digest, one file at a time
 * (each digest copies its input: all at once would double an archive's memory for no gain).
 */
export async function digestFiles(files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const [path, bytes] of files) digests.set(path, await sha256HexOfBytesNative(bytes));
  return digests;
}
