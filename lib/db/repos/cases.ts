import { caseRecordSchema, type CaseRecord, type CaseStatus } from '../../schemas/case';
import type { Jurisdiction } from '../../schemas/common';
import type { RepoContext } from '../context';
import { appendEvent } from './events';
import { CaseMissingError } from '../errors';
import { updateSettings } from './settings';

export interface NewCase {
  title: string;
  company: string;
  site: string | null;
  jurisdiction?: Jurisdiction | null;
}

export async function createCase(ctx: RepoContext, input: NewCase): Promise<CaseRecord> {
  const at = ctx.now();
  const record = caseRecordSchema.parse({
    id: ctx.newId(),
    title: input.title,
    company: input.company,
    site: input.site,
    status: 'open',
    jurisdiction: input.jurisdiction ?? null,
    purchaseDate: null,
    deliveryDate: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    mergedInto: null,
  });
  await ctx.db.transaction('rw', [ctx.db.cases, ctx.db.events], async () => {
    await ctx.db.cases.add(record);
    await appendEvent(ctx, { caseId: record.id, type: 'case.created', payload: { case: record } });
  });
  return record;
}

export type CaseChanges = Partial<
  Pick<CaseRecord, 'title' | 'company' | 'status' | 'jurisdiction' | 'purchaseDate' | 'deliveryDate' | 'checklist'>
>;

/** Renames, status changes and date edits: the record mirrors the change, the log keeps it. */
export async function updateCase(ctx: RepoContext, caseId: string, changes: CaseChanges): Promise<CaseRecord> {
  return ctx.db.transaction('rw', [ctx.db.cases, ctx.db.events], async () => {
    const current = await requireCase(ctx, caseId);
    const next = caseRecordSchema.parse({ ...current, ...changes, updatedAt: ctx.now() });
    await ctx.db.cases.put(next);
    await appendEvent(ctx, { caseId, type: 'case.updated', payload: { changes } });
    return next;
  });
}

export function setCaseStatus(ctx: RepoContext, caseId: string, status: CaseStatus) {
  return updateCase(ctx, caseId, { status });
}

/** Deleting hides the case; its items and log stay until the user erases all data. */
export async function deleteCase(ctx: RepoContext, caseId: string): Promise<void> {
  await ctx.db.transaction('rw', [ctx.db.cases, ctx.db.events, ctx.db.settings], async () => {
    const current = await requireCase(ctx, caseId);
    const at = ctx.now();
    await ctx.db.cases.put({ ...current, deletedAt: at, updatedAt: at });
    // A call being logged for it would otherwise keep running in settings, out of sight.
    let droppedCall = false;
    await updateSettings(ctx, (settings) => {
      const kept = settings.activeCalls.filter((call) => call.caseId !== caseId);
      droppedCall = kept.length !== settings.activeCalls.length;
      return droppedCall ? { ...settings, activeCalls: kept } : settings;
    });
    await appendEvent(ctx, {
      caseId,
      type: 'case.deleted',
      payload: droppedCall ? { callInProgressDropped: true } : {},
    });
  });
}

export async function requireCase(ctx: RepoContext, caseId: string): Promise<CaseRecord> {
  const found = await ctx.db.cases.get(caseId);
  if (!found) throw new CaseMissingError(caseId);
  return found;
}

export async function touchCase(ctx: RepoContext, caseId: string): Promise<void> {
  await ctx.db.cases.update(caseId, { updatedAt: ctx.now() });
}

/** Cases the user can see, newest activity first. */
export async function listCases(ctx: RepoContext): Promise<CaseRecord[]> {
  const all = await ctx.db.cases.orderBy('updatedAt').reverse().toArray();
  return all.filter((c) => c.deletedAt === null && c.mergedInto === null);
}

export const RECENT_CASE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** The open case for a site with activity in the last 30 days, if any. */
export async function findRecentOpenCaseForSite(
  ctx: RepoContext,
  site: string,
  exclude: ReadonlySet<string> = new Set(),
): Promise<CaseRecord | undefined> {
  const since = ctx.now() - RECENT_CASE_WINDOW_MS;
  const candidates = await ctx.db.cases.where('site').equals(site).toArray();
  return candidates
    .filter(
      (c) =>
        !exclude.has(c.id) &&
        c.deletedAt === null &&
        c.mergedInto === null &&
        c.status !== 'resolved' &&
        c.updatedAt >= since,
    )
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/**
 * The case a site's evidence goes to: its recent open case (never one in `exclude`), else a new
 * one named after the company. One transaction, so two batches arriving together cannot create
 * two cases.
 */
export async function findOrCreateCaseForSite(
  ctx: RepoContext,
  site: string,
  companyName: string,
  exclude: ReadonlySet<string> = new Set(),
): Promise<{ record: CaseRecord; created: boolean }> {
  return ctx.db.transaction('rw', [ctx.db.cases, ctx.db.events], async () => {
    const existing = await findRecentOpenCaseForSite(ctx, site, exclude);
    if (existing) return { record: existing, created: false };
    const record = await createCase(ctx, { title: companyName, company: companyName, site });
    return { record, created: true };
  });
}
