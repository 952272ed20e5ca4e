import { draftRecordSchema, type DraftRecord } from '../../schemas/draft';
import type { RepoContext } from '../context';
import { appendEvent } from './events';
import { requireCase, touchCase } from './cases';

export interface DraftInput {
  caseId: string;
  scenario: string;
  locale: DraftRecord['locale'];
  length: DraftRecord['length'];
  text: string;
}

/** How the draft left Paper Trail: put into the chat box, or copied for the user to paste. */
export type DraftDelivery = 'inserted' | 'copied' | 'marked';

/**
 * A draft the user sent (or put into the chat box, where only they can press Send): stored with
 * the case and logged, text included, so the timeline and the dossier show what was asked.
 */
export async function recordSentDraft(
  ctx: RepoContext,
  input: DraftInput,
  delivery: DraftDelivery,
): Promise<DraftRecord> {
  const now = ctx.now();
  const record = draftRecordSchema.parse({
    id: ctx.newId(),
    ...input,
    createdAt: now,
    updatedAt: now,
    sentAt: now,
  });
  return ctx.db.transaction('rw', [ctx.db.cases, ctx.db.drafts, ctx.db.events], async () => {
    await requireCase(ctx, input.caseId);
    await ctx.db.drafts.add(record);
    await appendEvent(ctx, {
      caseId: input.caseId,
      type: 'draft.sent',
      payload: { draftId: record.id, scenario: record.scenario, locale: record.locale, delivery, text: record.text },
    });
    await touchCase(ctx, input.caseId);
    return record;
  });
}

export function listCaseDrafts(ctx: RepoContext, caseId: string): Promise<DraftRecord[]> {
  return ctx.db.drafts.where('caseId').equals(caseId).sortBy('createdAt');
}
