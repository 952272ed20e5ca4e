import { sha256HexOfBlob } from '../../integrity/sha256';
import type { CallDetails } from '../../schemas/call';
import {
  evidenceRecordSchema,
  type EvidenceKind,
  type EvidenceRecord,
  type PastedTextDetails,
} from '../../schemas/evidence';
import type { RepoContext } from '../context';
import { appendEvent } from './events';
import { suggestFactsInTransaction } from './facts';

export interface NewEvidence {
  kind: EvidenceKind;
  blob: Blob;
  mime?: string;
  fileName?: string | null;
  text?: string;
  url?: string | null;
  pageTitle?: string | null;
  call?: CallDetails;
  pasted?: PastedTextDetails;
}

export interface EvidenceOptions {
  captureId?: string | null;
  eventType?: 'evidence.added' | 'capture.saved' | 'call.logged';
  details?: Record<string, unknown>;
  /** Default true: facts found in the items' text are suggested in the same transaction. */
  extractFacts?: boolean;
  dateOrder?: 'dmy' | 'mdy';
}

export interface PreparedEvidence {
  item: NewEvidence;
  sha256: string;
}

/**
 * Digests come first, outside any transaction: awaiting crypto or Blob reads inside one would
 * let IndexedDB commit it half-way.
 */
export async function prepareEvidence(items: NewEvidence[]): Promise<PreparedEvidence[]> {
  const digests = await Promise.all(items.map((item) => sha256HexOfBlob(item.blob)));
  return items.map((item, index) => ({ item, sha256: digests[index]! }));
}

/**
 * Writes prepared items that belong together (one capture, one attached file) with one event
 * whose hash covers every Blob's digest, and the facts found in their text. Runs in its own
 * transaction, or inside a caller's that includes evidence, facts, cases and events.
 */
export async function writeEvidence(
  ctx: RepoContext,
  caseId: string,
  prepared: PreparedEvidence[],
  options: EvidenceOptions = {},
): Promise<EvidenceRecord[]> {
  return ctx.db.transaction('rw', [ctx.db.evidence, ctx.db.facts, ctx.db.cases, ctx.db.events], async () => {
    const at = ctx.now();
    const records = prepared.map(({ item, sha256 }) =>
      evidenceRecordSchema.parse({
        id: ctx.newId(),
        caseId,
        kind: item.kind,
        captureId: options.captureId ?? null,
        blob: item.blob,
        sha256,
        size: item.blob.size,
        mime: item.mime ?? (item.blob.type || 'application/octet-stream'),
        fileName: item.fileName ?? null,
        text: item.text ?? '',
        url: item.url ?? null,
        pageTitle: item.pageTitle ?? null,
        createdAt: at,
        hiddenAt: null,
        keyEvidence: false,
        ...(item.call ? { call: item.call } : {}),
        ...(item.pasted ? { pasted: item.pasted } : {}),
      }),
    );
    await ctx.db.evidence.bulkAdd(records);
    await appendEvent(ctx, {
      caseId,
      type: options.eventType ?? 'evidence.added',
      payload: {
        ...options.details,
        captureId: options.captureId ?? null,
        items: records.map(({ blob: _blob, hiddenAt: _h, keyEvidence: _k, ...meta }) => meta),
      },
      blobs: records.map((r) => ({ itemId: r.id, sha256: r.sha256, size: r.size })),
    });
    if (options.extractFacts !== false) {
      const sources = records.map((r) => ({ kind: 'evidence' as const, id: r.id, text: r.text, at }));
      await suggestFactsInTransaction(ctx, caseId, sources, options.dateOrder ? { dateOrder: options.dateOrder } : {});
    }
    await ctx.db.cases.update(caseId, { updatedAt: at });
    return records;
  });
}

/** Adds items that belong together in one transaction: see writeEvidence. */
export async function addEvidence(
  ctx: RepoContext,
  caseId: string,
  items: NewEvidence[],
  options: EvidenceOptions = {},
): Promise<EvidenceRecord[]> {
  return writeEvidence(ctx, caseId, await prepareEvidence(items), options);
}

export function listCaseEvidence(ctx: RepoContext, caseId: string): Promise<EvidenceRecord[]> {
  return ctx.db.evidence.where('caseId').equals(caseId).sortBy('createdAt');
}
