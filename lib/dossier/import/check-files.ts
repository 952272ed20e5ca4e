import type { z } from 'zod';
import type { ExportedEvidence } from '../envelope';
import { refuse } from './import-error';
import type { ImportedEvidence } from './import-content';

/** Parses with a schema of the current version; a failure names the first field that is wrong. */
export function parseOrRefuse<T extends z.ZodType>(schema: T, json: unknown, path: string): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    refuse(
      'schema',
      `${path} does not match the expected format at ${issue.path.join('.') || '(top)'}: ${issue.message}.`,
    );
  }
  return parsed.data;
}

/**
 * Each evidence file against its own record (digest and size), whatever else was checked.
 * `digests`: the SHA-256 of every file of the archive (`digestFiles`).
 */
export function evidenceWithBytes(
  files: ReadonlyMap<string, Uint8Array>,
  digests: ReadonlyMap<string, string>,
  items: ExportedEvidence[],
): ImportedEvidence[] {
  return items.map(({ file, ...meta }) => {
    const bytes = files.get(file) ?? refuse('tampered', `The evidence file ${file} is missing from the archive.`);
    if (bytes.length !== meta.size || digests.get(file) !== meta.sha256) {
      refuse('tampered', `The evidence file ${file} does not match the digest recorded for it.`);
    }
    return { ...meta, bytes };
  });
}
