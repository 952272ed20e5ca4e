import { sha256HexOfBlob } from '../../integrity/sha256';
import { evidenceRecordSchema, type EvidenceKind, type EvidenceRecord } from '../../schemas/evidence';
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
}

/**
 * Adds items that belong together (one capture, one attached file) in one transaction with one
 * event whose hash covers every Blob's digest, and the facts found in their text. Digests are computed first: awaiting
 * crypto.subtle inside the transaction would let it commit half-way.
 */
export async function addEvidence(
  ctx: RepoContext,
  caseId: string,
  items: NewEvidence[],
  options: {
    captureId?: string | null;
    eventType?: 'evidence.added' | 'capture.saved';
    details?: Record<string, unknown>;
    /** Default true: facts found in the items' text are suggested in the same transaction. */
    extractFacts?: boolean;
    dateOrder?: 'dmy' | 'mdy';
  } = {},
): Promise<EvidenceRecord[]> {
  const digests = await Promise.all(items.map((item) => sha256HexOfBlob(item.blob)));
  const at = ctx.now();
  const records = items.map((item, index) =>
    evidenceRecordSchema.parse({
      id: ctx.newId(),
      caseId,
      kind: item.kind,
      captureId: options.captureId ?? null,
      blob: item.blob,
      sha256: digests[index],
      size: item.blob.size,
      mime: item.mime ?? (item.blob.type || 'application/octet-stream'),
      fileName: item.fileName ?? null,
      text: item.text ?? '',
      url: item.url ?? null,
      pageTitle: item.pageTitle ?? null,
      createdAt: at,
      hiddenAt: null,
      keyEvidence: false,
    }),
  );
  await ctx.db.transaction('rw', [ctx.db.evidence, ctx.db.facts, ctx.db.cases, ctx.db.events], async () => {
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
  });
  return records;
}

export function listCaseEvidence(ctx: RepoContext, caseId: string): Promise<EvidenceRecord[]> {
  return ctx.db.evidence.where('caseId').equals(caseId).sortBy('createdAt');
}
