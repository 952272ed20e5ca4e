import { CURRENT_SCHEMA_VERSION } from '../../db/schema-versions';
import { DOSSIER_FILES, DOSSIER_FORMAT } from '../dossier-format';
import { BACKUP_FORMAT, ENVELOPE_FILE, envelopeHeaderSchema } from '../envelope';
import { refuse } from './import-error';
import type { ArchiveKind } from './migrations';

export interface PeekedEnvelope {
  kind: ArchiveKind;
  path: string;
  schemaVersion: number;
  json: Record<string, unknown>;
}

const KINDS: { kind: ArchiveKind; path: string; format: string }[] = [
  { kind: 'case-dossier', path: DOSSIER_FILES.case, format: DOSSIER_FORMAT },
  { kind: 'backup', path: ENVELOPE_FILE, format: BACKUP_FORMAT },
];

/**
 * Reads only what decides whether the rest can be read: which envelope the archive holds, its
 * `format` and `schemaVersion`. A version newer than this app is refused before any record is
 * parsed, naming both versions.
 */
export function peekEnvelope(files: Map<string, Uint8Array>, appVersion = CURRENT_SCHEMA_VERSION): PeekedEnvelope {
  const present = KINDS.filter((k) => files.has(k.path));
  if (present.length !== 1) {
    refuse(
      'not-paper-trail',
      present.length === 0
        ? 'The archive has neither case.json nor backup.json: it is not a Paper Trail dossier or backup.'
        : 'The archive has both case.json and backup.json: it is not one Paper Trail dossier or backup.',
    );
  }
  const { kind, path, format } = present[0]!;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(files.get(path)));
  } catch {
    refuse('invalid-json', `${path} is not valid JSON.`);
  }
  const header = envelopeHeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== format) {
    refuse('not-paper-trail', `${path} does not say it is a Paper Trail ${kind === 'backup' ? 'backup' : 'dossier'}.`);
  }
  const { schemaVersion } = header.data;
  if (schemaVersion > appVersion) {
    refuse(
      'newer-version',
      `This file was made by a newer Paper Trail: its data version is ${schemaVersion}, this Paper Trail reads up to version ${appVersion}. Update Paper Trail to import it.`,
    );
  }
  return { kind, path, schemaVersion, json: json as Record<string, unknown> };
}
