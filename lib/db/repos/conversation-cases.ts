import type { CaseRecord } from '../../schemas/case';
import type { RecordedConversation } from '../../schemas/settings';
import type { RepoContext } from '../context';
import { createCase } from './cases';
import { getSettings, updateSettings } from './settings';

export interface ConversationCaseTarget {
  app: RecordedConversation['app'];
  conversationId: string;
  /** The app's name and site: the case is "<title> · <app name>", filed under the app's site. */
  appName: string;
  appSite: string;
}

/** A case that was merged points at the one it went into; follow that (a few steps at most). */
async function liveCase(ctx: RepoContext, caseId: string | null): Promise<CaseRecord | null> {
  let id = caseId;
  for (let step = 0; id && step < 8; step++) {
    const found = await ctx.db.cases.get(id);
    if (!found || found.deletedAt !== null) return null;
    if (found.mergedInto === null) return found;
    id = found.mergedInto;
  }
  return null;
}

/**
 * The case a recorded conversation's messages go to: each conversation has its own, never one
 * per site. Null when the conversation is not (or no longer) one the user chose. One
 * transaction with the settings, so two batches arriving together cannot create two cases.
 */
export async function findOrCreateCaseForConversation(
  ctx: RepoContext,
  target: ConversationCaseTarget,
): Promise<CaseRecord | null> {
  return ctx.db.transaction('rw', [ctx.db.cases, ctx.db.events, ctx.db.settings], async () => {
    const settings = await getSettings(ctx);
    const same = (c: RecordedConversation) => c.app === target.app && c.conversationId === target.conversationId;
    const entry = settings.recordedConversations.find(same);
    if (!entry) return null;
    const existing = await liveCase(ctx, entry.caseId);
    if (existing) {
      if (existing.id !== entry.caseId) await setCaseId(ctx, same, existing.id);
      return existing;
    }
    const record = await createCase(ctx, {
      title: `${entry.title} · ${target.appName}`,
      company: entry.title,
      site: target.appSite,
    });
    await setCaseId(ctx, same, record.id);
    return record;
  });
}

function setCaseId(ctx: RepoContext, same: (c: RecordedConversation) => boolean, caseId: string) {
  return updateSettings(ctx, (current) => ({
    ...current,
    recordedConversations: current.recordedConversations.map((c) => (same(c) ? { ...c, caseId } : c)),
  }));
}
