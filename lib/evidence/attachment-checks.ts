import { MAX_ATTACHMENT_BYTES } from '../schemas/limits';

/** `storage-full`: the browser had no room for this file; the batch's other files were still tried. */
export type AttachmentRefusal = 'too-large' | 'empty' | 'unreadable' | 'storage-full';

/** Why a file of this size cannot be attached, or null when it can. */
export function attachmentRefusalForSize(size: number, limit = MAX_ATTACHMENT_BYTES): AttachmentRefusal | null {
  if (size === 0) return 'empty';
  if (size > limit) return 'too-large';
  return null;
}

/** The browser's type for a file, when it is one the schema can hold; else a generic one. */
export function attachmentMime(type: string): string {
  const trimmed = type.trim();
  return trimmed && trimmed.length <= 128 ? trimmed : 'application/octet-stream';
}
