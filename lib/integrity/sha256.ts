import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Synchronous on purpose: an IndexedDB transaction commits as soon as it waits on anything
 * that is not IndexedDB, so event hashes must be computed without awaiting crypto.subtle.
 */
export function sha256HexOfText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function sha256HexOfBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/**
 * Large byte arrays (an export's files): the platform's native digest, about ten times faster
 * than hashing in JavaScript. Never inside an IndexedDB transaction (see above).
 */
export async function sha256HexOfBytesNative(bytes: Uint8Array): Promise<string> {
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** Blobs can be large: hash them with the platform's native digest, before any transaction. */
export async function sha256HexOfBlob(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return bytesToHex(new Uint8Array(digest));
}

/** Text (an event's canonical JSON) through the native digest; for checks outside any transaction. */
export async function sha256HexOfTextNative(text: string): Promise<string> {
  return sha256HexOfBytesNative(new TextEncoder().encode(text));
}
