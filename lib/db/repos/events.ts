import Dexie from 'dexie';
import { computeEventHash, verifyChain, type ChainVerdict } from '../../integrity/chain';
import type { JsonValue } from '../../schemas/common';
import type { CaseEventRecord, CaseEventType, EventBlob, HashedEvent } from '../../schemas/event';
import type { RepoContext } from '../context';
import { CaseMissingError } from '../errors';

export interface NewEvent {
  caseId: string;
  type: CaseEventType;
  payload: Record<string, unknown>;
  blobs?: EventBlob[];
}

/** Drops `undefined` and functions exactly as the JSON the hash and the export see. */
export function toJsonPayload(payload: Record<string, unknown>): Record<string, JsonValue> {
  return JSON.parse(JSON.stringify(payload)) as Record<string, JsonValue>;
}

/**
 * Appends one event to a case's log. Call it inside a `rw` transaction that includes the
 * `events` table, together with the item write it records, so both commit or neither does.
 */
export async function appendEvent(ctx: RepoContext, event: NewEvent): Promise<CaseEventRecord> {
  const last = await ctx.db.events
    .where('[caseId+seq]')
    .between([event.caseId, Dexie.minKey], [event.caseId, Dexie.maxKey])
    .last();
  // A log starts with the case: no earlier event and no case means the case is not here.
  if (!last && event.type !== 'case.created' && !(await ctx.db.cases.get(event.caseId)))
    throw new CaseMissingError(event.caseId);
  const hashed: HashedEvent = {
    caseId: event.caseId,
    seq: last ? last.seq + 1 : 0,
    at: ctx.now(),
    type: event.type,
    payload: toJsonPayload(event.payload),
    blobs: event.blobs ?? [],
    prevHash: last?.hash ?? null,
  };
  const record: CaseEventRecord = { ...hashed, id: ctx.newId(), hash: computeEventHash(hashed) };
  await ctx.db.events.add(record);
  return record;
}

export function listCaseEvents(ctx: RepoContext, caseId: string): Promise<CaseEventRecord[]> {
  return ctx.db.events.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}

export async function verifyCaseLog(ctx: RepoContext, caseId: string): Promise<ChainVerdict> {
  return verifyChain(caseId, await listCaseEvents(ctx, caseId));
}
