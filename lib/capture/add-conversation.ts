import type { RepoContext } from '../db/context';
import { prepareEvidence, writeEvidence } from '../db/repos/evidence';
import { captureRefusal } from './capturable';
import { CaptureRefusedError, type CapturePorts } from './run-capture';
import { captureWholeConversation } from './whole-conversation';

export const CONVERSATION_FILE_NAME = 'whole-conversation.png';

export interface ConversationOutcome {
  /** False when the page has no scrolling chat list the extension may read. */
  found: boolean;
  itemId: string | null;
  shots: number;
  truncated: boolean;
  size: number;
  alreadySaved: boolean;
}

const NOT_FOUND: ConversationOutcome = {
  found: false,
  itemId: null,
  shots: 0,
  truncated: false,
  size: 0,
  alreadySaved: false,
};

export class CaptureNotFoundError extends Error {
  readonly code = 'capture-not-found';
  constructor() {
    super('That capture is no longer there: it was undone or deleted.');
  }
}

/**
 * Adds the whole conversation, scrolled and stitched, to a capture already saved: same case, same
 * capture id, one transaction with its own event. Asking twice returns the first one.
 */
export async function addWholeConversation(
  ctx: RepoContext,
  ports: CapturePorts,
  tabId: number,
  captureId: string,
): Promise<ConversationOutcome> {
  const items = await ctx.db.evidence.where('captureId').equals(captureId).toArray();
  const first = items.find((item) => item.hiddenAt === null);
  if (!first) throw new CaptureNotFoundError();
  const existing = items.find((item) => item.fileName === CONVERSATION_FILE_NAME && item.hiddenAt === null);
  if (existing) {
    const details = await conversationDetails(ctx, existing.caseId, existing.id);
    return { found: true, itemId: existing.id, size: existing.size, alreadySaved: true, ...details };
  }
  if (!ports.conversation) return NOT_FOUND;
  const tab = await ports.tab(tabId);
  const refusal = captureRefusal(tab.url);
  if (refusal) throw new CaptureRefusedError(refusal);

  await ports.hideOwnUi?.(tabId).catch(() => undefined);
  const whole = await captureWholeConversation(ports.conversation, tabId, tab.windowId);
  if (!whole) return NOT_FOUND;
  const prepared = await prepareEvidence([
    {
      kind: 'screenshot',
      blob: whole.png,
      mime: 'image/png',
      fileName: CONVERSATION_FILE_NAME,
      url: tab.url,
      pageTitle: tab.title ?? null,
    },
  ]);
  const [record] = await writeEvidence(ctx, first.caseId, prepared, {
    captureId,
    eventType: 'evidence.added',
    details: { wholeConversation: true, shots: whole.shots, truncated: whole.truncated },
    extractFacts: false,
  });
  if (!record) throw new Error('The conversation image was not saved.');
  return {
    found: true,
    itemId: record.id,
    shots: whole.shots,
    truncated: whole.truncated,
    size: record.size,
    alreadySaved: false,
  };
}

async function conversationDetails(ctx: RepoContext, caseId: string, itemId: string) {
  const events = await ctx.db.events.where('caseId').equals(caseId).toArray();
  const event = events.find(
    (e) =>
      e.type === 'evidence.added' &&
      Array.isArray(e.payload.items) &&
      (e.payload.items as { id?: string }[]).some((item) => item.id === itemId),
  );
  const payload = (event?.payload ?? {}) as { shots?: number; truncated?: boolean };
  return { shots: payload.shots ?? 0, truncated: payload.truncated ?? false };
}
