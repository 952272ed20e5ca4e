import type { RepoContext } from '../../db/context';
import { appendEvent } from '../../db/repos/events';
import type { ImportContent, ImportedCase } from './import-content';

/**
 * "Keep both": the imported case and everything in it get new ids, so nothing collides with
 * the case already here. Its log cannot be carried (each event's hash covers the case id), and
 * it is not rewritten: the copy starts a log of its own whose `case.created` event names the
 * original case, its root hash and event count, and whose `item.moved-in` events record, for each
 * message and evidence item, where it came from and (for files) its digest. The original log stays
 * verifiable in the file it came from.
 */
export function renumberCase(ctx: RepoContext, c: ImportedCase): { copy: ImportedCase; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    let id = ids.get(old);
    if (id === undefined) ids.set(old, (id = ctx.newId()));
    return id;
  };
  const caseId = fresh(c.record.id);
  for (const row of [...c.messages, ...c.evidence, ...c.facts, ...c.drafts, ...c.reminders]) fresh(row.id);
  const mapped = (old: string | null) => (old === null ? null : (ids.get(old) ?? old));
  // A capture groups items for undo: the copy's captures must not reach the original's items.
  const captures = new Map<string, string>();
  const capture = (old: string | null) => {
    if (old === null) return null;
    let id = captures.get(old);
    if (id === undefined) captures.set(old, (id = ctx.newId()));
    return id;
  };
  return {
    ids,
    copy: {
      record: { ...c.record, id: caseId },
      messages: c.messages.map((m) => ({ ...m, id: fresh(m.id), caseId })),
      evidence: c.evidence.map((e) => ({ ...e, id: fresh(e.id), caseId, captureId: capture(e.captureId) })),
      facts: c.facts.map((f) => ({ ...f, id: fresh(f.id), caseId, source: { ...f.source, id: mapped(f.source.id) } })),
      drafts: c.drafts.map((d) => ({ ...d, id: fresh(d.id), caseId })),
      reminders: c.reminders.map((r) => ({ ...r, id: fresh(r.id), caseId, sourceId: mapped(r.sourceId) })),
      events: [],
      rootHash: null,
    },
  };
}

/** The copy's own log: call inside the import's transaction, after its records are written. */
export async function logKeptCopy(
  ctx: RepoContext,
  original: ImportedCase,
  copy: ImportedCase,
  ids: Map<string, string>,
  content: Pick<ImportContent, 'kind' | 'exportedAt'>,
): Promise<void> {
  const caseId = copy.record.id;
  const newIds = (rows: { id: string }[]) => rows.map((r) => ids.get(r.id)!);
  await appendEvent(ctx, {
    caseId,
    type: 'case.created',
    payload: {
      case: copy.record,
      importedFrom: {
        archive: content.kind,
        exportedAt: content.exportedAt,
        caseId: original.record.id,
        rootHash: original.rootHash,
        eventCount: original.events.length,
        facts: newIds(original.facts),
        drafts: newIds(original.drafts),
        reminders: newIds(original.reminders),
      },
    },
  });
  const factsFrom = (itemId: string) => copy.facts.filter((f) => f.source.id === itemId).map((f) => f.id);
  for (const [index, message] of copy.messages.entries()) {
    await appendEvent(ctx, {
      caseId,
      type: 'item.moved-in',
      payload: {
        table: 'messages',
        itemId: message.id,
        fromCaseId: original.record.id,
        originalItemId: original.messages[index]!.id,
        factIds: factsFrom(message.id),
        imported: true,
      },
    });
  }
  for (const [index, item] of copy.evidence.entries()) {
    await appendEvent(ctx, {
      caseId,
      type: 'item.moved-in',
      payload: {
        table: 'evidence',
        itemId: item.id,
        fromCaseId: original.record.id,
        originalItemId: original.evidence[index]!.id,
        factIds: factsFrom(item.id),
        imported: true,
      },
      blobs: [{ itemId: item.id, sha256: item.sha256, size: item.size }],
    });
  }
}
