import { unzipSync } from 'fflate';

/** Why an archive was refused, for callers that word it themselves (the importer). */
export type ZipRefusalReason =
  'not-zip' | 'damaged' | 'unsafe-name' | 'duplicate-name' | 'too-many-files' | 'too-deep' | 'zip-bomb' | 'other';

export class ImportRefusedError extends Error {
  readonly code = 'import-refused';
  constructor(
    message: string,
    readonly reason: ZipRefusalReason = 'other',
  ) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 4 * 1024 ** 3,
  maxEntryBytes: 1024 ** 3,
  maxRatio: 200,
};

/** Folders deeper than this are not something Paper Trail writes: refused as hostile nesting. */
const MAX_DEPTH = 16;

/** Names a hostile archive could use to escape a folder or hide: refused, not cleaned. */
export function isUnsafeEntryName(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > 300 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-z]:/i.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.') ||
    name.split('/').length > MAX_DEPTH ||
    // eslint-disable-next-line no-control-regex -- control characters in names are what we refuse
    /[\u0000-\u001f\u007f]/.test(name)
  );
}

/**
 * Reads a ZIP whole, after checking its directory: a file that is not a ZIP, a truncated one,
 * unsafe or repeated names, too many entries or sizes that could only be a zip bomb are refused with the
 * reason, before anything is inflated.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportRefusedError('This file is not a ZIP archive.', 'not-zip');
  }
  let entries = 0;
  const seen = new Set<string>();
  let declared = 0;
  let refusal: string | null = null;
  let reason: ZipRefusalReason = 'other';
  const refuse = (why: ZipRefusalReason, message: string) => {
    reason = why;
    refusal = message;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (refusal) return false;
        entries++;
        declared += file.originalSize;
        if (file.name.split('/').length > MAX_DEPTH)
          refuse(
            'too-deep',
            `The archive holds an unsafe file name: folders nested more than ${MAX_DEPTH} levels deep.`,
          );
        else if (isUnsafeEntryName(file.name))
          refuse('unsafe-name', `The archive holds an unsafe file name: "${file.name.slice(0, 80)}".`);
        else if (seen.has(file.name))
          // Two entries with one name: tools disagree on which one they unpack, so neither is trusted.
          refuse('duplicate-name', `The archive holds the file "${file.name.slice(0, 80)}" twice.`);
        else if (entries > limits.maxEntries)
          refuse('too-many-files', `The archive holds more than ${limits.maxEntries} files.`);
        else if (file.originalSize > limits.maxEntryBytes || declared > limits.maxTotalBytes) {
          refuse('zip-bomb', 'The archive would unpack to more data than Paper Trail accepts (it may be a zip bomb).');
        } else if (
          file.size > 0 &&
          file.originalSize / file.size > limits.maxRatio &&
          file.originalSize > 10 * 1024 ** 2
        ) {
          refuse('zip-bomb', 'The archive compresses too well to be genuine (it may be a zip bomb).');
        }
        seen.add(file.name);
        return refusal === null && !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (refusal) throw new ImportRefusedError(refusal, reason);
    throw new ImportRefusedError(
      `The archive is damaged or incomplete (${error instanceof Error ? error.message : String(error)}).`,
      'damaged',
    );
  }
  if (refusal) throw new ImportRefusedError(refusal, reason);
  return new Map(Object.entries(files));
}
