import type { RepoContext } from '../db/context';
import { isQuotaError } from '../db/errors';
import { appendEvent } from '../db/repos/events';
import { EVENT_HASH_VERSION } from '../integrity/chain';
import { verifyChainNative } from '../integrity/chain-native';
import { en } from '../i18n/locales/en';
import { transcriptAsText, type AsTextOptions } from '../transcript/as-text';
import type { ExportProgress } from './backup-export';
import { EvidenceCorruptedError } from './backup-export';
import { readCaseBundle, type CaseBundle } from './case-bundle';
import {
  DOSSIER_FILES,
  DOSSIER_FORMAT,
  EVENTS_FORMAT,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  caseDossierEnvelopeSchema,
  eventsFileSchema,
  manifestSchema,
  type DossierFileKind,
  type LogSummary,
  type ManifestEntry,
} from './dossier-format';
import { dossierEvidencePath } from './dossier-paths';
import { dossierReadme } from './dossier-readme';
import { timestampForFileName } from './file-names';
import { readBlobsAhead } from './read-ahead';
import { formatSha256Sums } from './sha256sums';
import { transcriptAsCsv } from './transcript-csv';
import type { ImageRedactor } from './redact/image-port';
import { redactCaseBundle, type RedactionOptions } from './redact/redact-bundle';
import type { RedactionSummary } from './redact/redaction-format';
import { createZipWriter } from './zip-writer';

export class CaseLogBrokenError extends Error {
  readonly code = 'case-log-broken';
  constructor(readonly caseId: string) {
    super(
      `The event log of this case no longer verifies on this computer. The export stopped so it is not passed on as intact.`,
    );
  }
}

/** Renders report.html from the bundle as exported; a redacted copy passes what was removed. */
export type RenderReport = (bundle: CaseBundle, redaction?: RedactionSummary) => string;

export interface CaseExportOptions {
  appVersion: string;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** The report page: must return self-contained, inert HTML (no scripts). */
  renderReport: RenderReport;
  /** Time zone and words of transcript.txt (the time zone also of transcript.csv); default UTC, English. */
  transcript?: AsTextOptions;
  /** Export a redacted copy instead (docs/dossier.md, "Redaction"); the stored case is not changed. */
  redaction?: RedactionOptions;
  /** Paints the regions to black out on screenshots; needed only when some are drawn. */
  imageRedactor?: ImageRedactor;
}

export interface CaseExportResult {
  blob: Blob;
  fileName: string;
  counts: { messages: number; evidence: number; events: number; files: number };
  /** The log as exported: the export.made event comes after it. */
  rootHash: string | null;
  /** What a redacted copy removed and left out; absent for a full export. */
  redaction?: RedactionSummary;
  /**
   * False when the browser had no room for the `export.made` event: the archive is complete and
   * verifies on its own (it never holds that event), so it is still handed over, and the user told.
   */
  exportLogged: boolean;
}

/** Evidence files read ahead of the one being zipped (screenshots: a few hundred KB each). */
const READ_AHEAD = 4;

const ENGLISH_TRANSCRIPT: AsTextOptions = {
  timeZone: 'UTC',
  dir: 'ltr',
  heading: [en.common.timeZone.replace('{{zone}}', 'UTC'), en.transcript.asText.historyNote],
  labels: {
    role: en.transcript.asText,
    widgetTime: (text) => en.transcript.asText.widgetTime.replace('{{text}}', text),
    fromHistory: en.transcript.asText.fromHistory,
    truncated: en.transcript.asText.truncated,
  },
};

/**
 * One case as a ZIP anyone can check with `sha256sum -c SHA256SUMS` (layout: docs/dossier.md).
 *
 * The `export.made` event is appended only after the archive is complete, so a cancelled or failed
 * export leaves the log as it was. The archive therefore holds the log up to the event before
 * it, which verifies on its own; the `export.made` event records that log's root hash and the
 * manifest's digest, so the case's own log later shows exactly which state was handed over.
 * When the browser has no room for that event, the archive is still returned (`exportLogged`).
 */
export async function exportCaseDossier(
  ctx: RepoContext,
  caseId: string,
  options: CaseExportOptions,
): Promise<CaseExportResult> {
  const read = await readCaseBundle(ctx, caseId);
  const blobsOf = (b: Pick<CaseBundle, 'evidence'>) => b.evidence.map((item) => item.blob);
  // The files are read from disk while the log is checked and the texts are built.
  let evidenceReads = options.redaction ? null : readBlobsAhead(blobsOf(read), READ_AHEAD);
  const original: CaseBundle = { ...read, chain: await verifyChainNative(caseId, read.events) };
  if (!original.chain.ok) throw new CaseLogBrokenError(caseId);
  const redacted = options.redaction
    ? await redactCaseBundle(original, options.redaction, options.imageRedactor)
    : null;
  const bundle = redacted?.bundle ?? original;
  evidenceReads ??= readBlobsAhead(blobsOf(bundle), READ_AHEAD);
  const redaction = redacted?.summary;
  const transcript = options.transcript ?? ENGLISH_TRANSCRIPT;
  const { timeZone } = transcript;
  const exportedAtMs = ctx.now();
  const exportedAt = new Date(exportedAtMs).toISOString();
  const log: LogSummary = {
    file: DOSSIER_FILES.events,
    rootHash: bundle.chain.rootHash,
    eventCount: bundle.events.length,
  };
  const writer = createZipWriter(options.signal);
  const encoder = new TextEncoder();
  const entries: ManifestEntry[] = [];
  const total = bundle.evidence.length + 2;
  let done = 0;
  const step = () => options.onProgress?.({ done: ++done, total });
  const add = async (
    path: string,
    bytes: Uint8Array,
    kind: DossierFileKind,
    itemId: string | null,
    compress = true,
    source?: Blob,
  ) => {
    const sha256 = await writer.add(path, bytes, compress, source);
    entries.push({ path, size: bytes.length, sha256, kind, itemId });
    return sha256;
  };
  const addText = (path: string, text: string, kind: DossierFileKind) => add(path, encoder.encode(text), kind, null);

  const evidence = bundle.evidence.map(({ blob: _blob, ...meta }) => ({ ...meta, file: dossierEvidencePath(meta) }));
  const envelope = caseDossierEnvelopeSchema.parse({
    format: DOSSIER_FORMAT,
    schemaVersion: (await ctx.db.meta.get('schema'))?.version ?? 1,
    exportedAt,
    app: { name: 'Paper Trail', version: options.appVersion },
    data: {
      case: bundle.record,
      messages: bundle.messages,
      facts: bundle.facts,
      evidence,
      drafts: bundle.drafts,
      reminders: bundle.reminders,
      log,
    },
  });
  const eventsFile = eventsFileSchema.parse({
    format: EVENTS_FORMAT,
    hashVersion: EVENT_HASH_VERSION,
    caseId,
    rootHash: log.rootHash,
    eventCount: log.eventCount,
    events: bundle.events,
  });
  const visibleMessages = bundle.messages.filter((m) => m.hiddenAt === null);

  await addText(DOSSIER_FILES.report, options.renderReport(bundle, redaction), 'report');
  await addText(DOSSIER_FILES.case, JSON.stringify(envelope, null, 2), 'case');
  await addText(DOSSIER_FILES.events, JSON.stringify(eventsFile, null, 2), 'events');
  await addText(DOSSIER_FILES.transcriptText, transcriptAsText(visibleMessages, transcript), 'transcript-text');
  await addText(DOSSIER_FILES.transcriptCsv, transcriptAsCsv(visibleMessages, timeZone), 'transcript-csv');
  step();

  for (const [index, item] of bundle.evidence.entries()) {
    const bytes = await evidenceReads.next();
    const sha256 = await add(
      evidence[index]!.file,
      bytes,
      item.kind,
      item.id,
      !item.mime.startsWith('image/'),
      item.blob,
    );
    if (sha256 !== item.sha256) throw new EvidenceCorruptedError(item.id);
    step();
  }

  await addText(DOSSIER_FILES.readme, dossierReadme({ caseId, exportedAt, timeZone, ...log, redaction }), 'readme');
  const manifest = manifestSchema.parse({
    format: MANIFEST_FORMAT,
    manifestVersion: MANIFEST_VERSION,
    caseId,
    exportedAt,
    timeZone,
    log: { ...log, hashVersion: EVENT_HASH_VERSION },
    files: entries,
    ...(redaction ? { redaction } : {}),
  });
  const manifestSha256 = await writer.add(
    DOSSIER_FILES.manifest,
    encoder.encode(JSON.stringify(manifest, null, 2)),
    true,
  );
  await writer.add(DOSSIER_FILES.sums, encoder.encode(formatSha256Sums(writer.digests())), true);
  const blob = await writer.finish();
  step();

  const fileName = `paper-trail-dossier-${redaction ? 'redacted-' : ''}${caseId.slice(0, 8)}-${timestampForFileName(exportedAtMs)}.zip`;
  const exportLogged = await ctx.db
    .transaction('rw', [ctx.db.events], () =>
      appendEvent(ctx, {
        caseId,
        type: 'export.made',
        payload: {
          format: DOSSIER_FORMAT,
          fileName,
          exportedAt,
          rootHash: log.rootHash,
          eventCount: log.eventCount,
          manifestSha256,
          files: entries.length + 2,
          ...(redaction ? { redacted: { kinds: redaction.kinds, spans: redaction.spans } } : {}),
        },
      }),
    )
    .then(
      () => true,
      (error: unknown) => {
        if (isQuotaError(error)) return false;
        throw error;
      },
    );
  return {
    blob,
    fileName,
    counts: {
      messages: bundle.messages.length,
      evidence: bundle.evidence.length,
      events: bundle.events.length,
      files: entries.length + 2,
    },
    rootHash: log.rootHash,
    ...(redaction ? { redaction } : {}),
    exportLogged,
  };
}
