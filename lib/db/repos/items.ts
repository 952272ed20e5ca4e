import type { RepoContext } from '../context';
import { CaseMissingError, RecordMissingError } from '../errors';
import { appendEvent } from './events';

export type ItemTable = 'messages' | 'evidence';

function table(ctx: RepoContext, kind: ItemTable) {
  return kind === 'messages' ? ctx.db.messages : ctx.db.evidence;
}

async function requireItem(ctx: RepoContext, kind: ItemTable, itemId: string) {
  const item = await table(ctx, kind).get(itemId);
  if (!item) throw new RecordMissingError(kind === 'messages' ? 'message' : 'evidence', itemId);
  return item;
}

/** Undo: the item disappears from the workspace; the log keeps it and records the tombstone. */
export async function hideItem(ctx: RepoContext, kind: ItemTable, itemId: string, reason: 'undo' | 'user' = 'user') {
  await ctx.db.transaction('rw', [table(ctx, kind), ctx.db.events], async () => {
    const item = await requireItem(ctx, kind, itemId);
    await table(ctx, kind).update(itemId, { hiddenAt: ctx.now() });
    await appendEvent(ctx, { caseId: item.caseId, type: 'item.hidden', payload: { table: kind, itemId, reason } });
  });
}

export async function restoreItem(ctx: RepoContext, kind: ItemTable, itemId: string) {
  await ctx.db.transaction('rw', [table(ctx, kind), ctx.db.events], async () => {
    const item = await requireItem(ctx, kind, itemId);
    await table(ctx, kind).update(itemId, { hiddenAt: null });
    await appendEvent(ctx, { caseId: item.caseId, type: 'item.restored', payload: { table: kind, itemId } });
  });
}

export async function markKeyEvidence(ctx: RepoContext, kind: ItemTable, itemId: string, keyEvidence: boolean) {
  await ctx.db.transaction('rw', [table(ctx, kind), ctx.db.events], async () => {
    const item = await requireItem(ctx, kind, itemId);
    await table(ctx, kind).update(itemId, { keyEvidence });
    await appendEvent(ctx, {
      caseId: item.caseId,
      type: 'item.marked-key',
      payload: { table: kind, itemId, keyEvidence },
    });
  });
}

/**
 * A move is two events, one in each case's log; the item's content is not rewritten. The facts
 * read from the item go with it.
 */
export async function moveItem(ctx: RepoContext, kind: ItemTable, itemId: string, toCaseId: string) {
  await ctx.db.transaction('rw', [table(ctx, kind), ctx.db.facts, ctx.db.cases, ctx.db.events], async () => {
    const item = await requireItem(ctx, kind, itemId);
    if (item.caseId === toCaseId) return;
    const target = await ctx.db.cases.get(toCaseId);
    if (!target || target.deletedAt !== null) throw new CaseMissingError(toCaseId);
    await table(ctx, kind).update(itemId, { caseId: toCaseId });
    const facts = await ctx.db.facts
      .where('caseId')
      .equals(item.caseId)
      .filter((fact) => fact.source.id === itemId)
      .primaryKeys();
    if (facts.length > 0) await ctx.db.facts.where('id').anyOf(facts).modify({ caseId: toCaseId });
    await appendEvent(ctx, {
      caseId: item.caseId,
      type: 'item.moved-out',
      payload: { table: kind, itemId, toCaseId, factIds: facts },
    });
    await appendEvent(ctx, {
      caseId: toCaseId,
      type: 'item.moved-in',
      payload: { table: kind, itemId, fromCaseId: item.caseId, factIds: facts },
    });
    await ctx.db.cases.update(toCaseId, { updatedAt: ctx.now() });
  });
}

/** Undo of a whole capture: every item it saved is hidden, with one tombstone event. */
export async function hideCapture(ctx: RepoContext, captureId: string): Promise<number> {
  return ctx.db.transaction('rw', [ctx.db.evidence, ctx.db.events], async () => {
    const items = await ctx.db.evidence.where('captureId').equals(captureId).toArray();
    const visible = items.filter((item) => item.hiddenAt === null);
    if (visible.length === 0) return 0;
    const at = ctx.now();
    for (const item of visible) await ctx.db.evidence.update(item.id, { hiddenAt: at });
    await appendEvent(ctx, {
      caseId: visible[0]!.caseId,
      type: 'item.hidden',
      payload: { table: 'evidence', itemIds: visible.map((item) => item.id), captureId, reason: 'undo' },
    });
    return visible.length;
  });
}

/** Moves items that belong together (one capture's screenshot and page archive) in one transaction. */
export async function moveItems(ctx: RepoContext, kind: ItemTable, itemIds: string[], toCaseId: string) {
  await ctx.db.transaction('rw', [table(ctx, kind), ctx.db.facts, ctx.db.cases, ctx.db.events], async () => {
    for (const itemId of itemIds) await moveItem(ctx, kind, itemId, toCaseId);
  });
}
