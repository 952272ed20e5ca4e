import type { RepoContext } from '../context';
import { requireCase } from './cases';
import { appendEvent } from './events';
import { updateSettings } from './settings';

/**
 * Moves every item of one case into another. The source case is marked merged, not removed;
 * each log records its side. A message whose key already exists in the target keeps a
 * distinct key, so nothing collides and nothing is lost.
 */
export async function mergeCases(ctx: RepoContext, fromId: string, intoId: string): Promise<void> {
  if (fromId === intoId) throw new Error('A case cannot be merged into itself');
  const { db } = ctx;
  await db.transaction(
    'rw',
    [db.cases, db.messages, db.evidence, db.facts, db.drafts, db.reminders, db.events, db.settings],
    async () => {
      const from = await requireCase(ctx, fromId);
      const into = await requireCase(ctx, intoId);
      if (into.deletedAt !== null || into.mergedInto !== null) throw new Error('The target case is not available');
      const messages = await db.messages.where('caseId').equals(fromId).toArray();
      const targetKeys = new Set((await db.messages.where('caseId').equals(intoId).toArray()).map((m) => m.key));
      for (const message of messages) {
        const key = targetKeys.has(message.key) ? `${message.key}#merged:${message.id}` : message.key;
        await db.messages.update(message.id, { caseId: intoId, key });
      }
      const moved = {
        messages: messages.map((m) => m.id),
        evidence: await db.evidence.where('caseId').equals(fromId).primaryKeys(),
        facts: await db.facts.where('caseId').equals(fromId).primaryKeys(),
        drafts: await db.drafts.where('caseId').equals(fromId).primaryKeys(),
        reminders: await db.reminders.where('caseId').equals(fromId).primaryKeys(),
      };
      await db.evidence.where('caseId').equals(fromId).modify({ caseId: intoId });
      await db.facts.where('caseId').equals(fromId).modify({ caseId: intoId });
      await db.drafts.where('caseId').equals(fromId).modify({ caseId: intoId });
      await db.reminders.where('caseId').equals(fromId).modify({ caseId: intoId });
      // A call being logged moves with the case, unless the target has one of its own running.
      let call: 'moved' | 'kept-target' | null = null;
      await updateSettings(ctx, (settings) => {
        const source = settings.activeCalls.find((c) => c.caseId === fromId);
        if (!source) return settings;
        const targetHasOne = settings.activeCalls.some((c) => c.caseId === intoId);
        call = targetHasOne ? 'kept-target' : 'moved';
        const others = settings.activeCalls.filter((c) => c.caseId !== fromId);
        return { ...settings, activeCalls: targetHasOne ? others : [...others, { ...source, caseId: intoId }] };
      });
      const at = ctx.now();
      await db.cases.put({ ...from, mergedInto: intoId, updatedAt: at });
      await db.cases.put({ ...into, updatedAt: at });
      await appendEvent(ctx, {
        caseId: fromId,
        type: 'case.merged-into',
        payload: { intoCaseId: intoId, moved, ...(call ? { callInProgress: call } : {}) },
      });
      await appendEvent(ctx, { caseId: intoId, type: 'case.merged-from', payload: { fromCaseId: fromId, moved } });
    },
  );
}
