import type { ZipRefusalReason } from '../zip-reader';

/** Every way an import can be refused; the UI words each one in the user's language. */
export type ImportErrorCode =
  | Exclude<ZipRefusalReason, 'other'>
  | 'unreadable'
  | 'not-paper-trail'
  | 'invalid-json'
  | 'newer-version'
  | 'no-migration'
  | 'schema'
  | 'tampered'
  | 'conflict-choice'
  | 'ids-in-use'
  | 'redacted';

export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = [
  'not-zip',
  'damaged',
  'unsafe-name',
  'duplicate-name',
  'too-many-files',
  'too-deep',
  'zip-bomb',
  'unreadable',
  'not-paper-trail',
  'invalid-json',
  'newer-version',
  'no-migration',
  'schema',
  'tampered',
  'conflict-choice',
  'ids-in-use',
  'redacted',
];

/** A refused import: `code` says which kind of problem, `message` names it in plain English. */
export class DossierImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierImportError';
  }
}

export function refuse(code: ImportErrorCode, message: string): never {
  throw new DossierImportError(code, message);
}
