import type { RepoContext } from '../db/context';
import { getSettings } from '../db/repos/settings';
import { BACKUP_FORMAT, ENVELOPE_FILE, backupEnvelopeSchema, type BackupEnvelope } from './envelope';
import { evidencePath, timestampForFileName } from './file-names';
import { formatSha256Sums } from './sha256sums';
import { createZipWriter } from './zip-writer';

export interface ExportProgress {
  done: number;
  total: number;
}

export interface BackupResult {
  blob: Blob;
  fileName: string;
  counts: { cases: number; messages: number; evidence: number; events: number };
}

export class EvidenceCorruptedError extends Error {
  readonly code = 'evidence-corrupted';
  constructor(readonly evidenceId: string) {
    super(
      `A stored file (${evidenceId}) no longer matches its SHA-256 digest. The export stopped so it is not passed on as intact.`,
    );
  }
}

const README = `Paper Trail backup
==================

backup.json   every case, message, fact, draft, reminder and event log, with your settings
evidence/     screenshots, page archives and attached files, named by their id
SHA256SUMS    the SHA-256 digest of every file above

To check that nothing changed since the export, run in this folder:  sha256sum -c SHA256SUMS
To restore, open Paper Trail's settings and choose "Import".
`;

/** Everything, as one ZIP: the versioned envelope, every Blob, and SHA256SUMS over all of it. */
export async function exportBackup(
  ctx: RepoContext,
  options: { appVersion: string; signal?: AbortSignal; onProgress?: (p: ExportProgress) => void },
): Promise<BackupResult> {
  const { db } = ctx;
  const [settings, cases, messages, evidence, facts, drafts, reminders, events] = await Promise.all([
    db.settings.get('settings').then((stored) => (stored ? getSettings(ctx) : null)),
    db.cases.toArray(),
    db.messages.toArray(),
    db.evidence.toArray(),
    db.facts.toArray(),
    db.drafts.toArray(),
    db.reminders.toArray(),
    db.events.toArray(),
  ]);
  const writer = createZipWriter(options.signal);
  const total = evidence.length + 2;
  let done = 0;
  const exportedEvidence: BackupEnvelope['data']['evidence'] = [];
  for (const item of evidence) {
    const bytes = new Uint8Array(await item.blob.arrayBuffer());
    const { blob: _blob, ...meta } = item;
    const file = evidencePath(item.id, item.mime);
    // The digest the writer computes for SHA256SUMS is the one checked: each file is hashed once.
    if ((await writer.add(file, bytes, !item.mime.startsWith('image/'))) !== item.sha256) {
      throw new EvidenceCorruptedError(item.id);
    }
    exportedEvidence.push({ ...meta, file });
    options.onProgress?.({ done: ++done, total });
  }
  const exportedAt = ctx.now();
  const envelope = backupEnvelopeSchema.parse({
    format: BACKUP_FORMAT,
    schemaVersion: (await db.meta.get('schema'))?.version ?? 1,
    exportedAt: new Date(exportedAt).toISOString(),
    app: { name: 'Paper Trail', version: options.appVersion },
    data: { settings, cases, messages, evidence: exportedEvidence, facts, drafts, reminders, events },
  });
  const encoder = new TextEncoder();
  await writer.add(ENVELOPE_FILE, encoder.encode(JSON.stringify(envelope, null, 1)), true);
  await writer.add('README.txt', encoder.encode(README), true);
  await writer.add('SHA256SUMS', encoder.encode(formatSha256Sums(writer.digests())), true);
  options.onProgress?.({ done: total, total });
  const blob = await writer.finish();
  return {
    blob,
    fileName: `paper-trail-backup-${timestampForFileName(exportedAt)}.zip`,
    counts: { cases: cases.length, messages: messages.length, evidence: evidence.length, events: events.length },
  };
}
