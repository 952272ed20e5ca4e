import Dexie from 'dexie';
import { chatMessageRecordSchema, type AuthorRole, type ChatMessageRecord } from '../../schemas/message';
import type { RepoContext } from '../context';
import { appendEvent } from './events';
import { suggestFactsInTransaction, type FactTextSource } from './facts';

export interface IncomingMessage {
  key: string;
  role: AuthorRole;
  authorName: string | null;
  text: string;
  truncated: boolean;
  widgetTimeText: string | null;
  fromHistory: boolean;
  /** When the content script saw it; clamped to the background's clock. */
  seenAt: number;
}

export interface MessageBatch {
  caseId: string;
  site: string;
  frameUrl: string;
  adapter: string;
  messages: IncomingMessage[];
}

export interface BatchOutcome {
  stored: string[];
  revised: string[];
  unchanged: string[];
}

const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Stores a batch once: a key already stored with the same text is a re-render (nothing new),
 * with a different text an edit (a revision event). All of the batch commits, or none of it.
 */
export async function recordMessages(ctx: RepoContext, batch: MessageBatch): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { stored: [], revised: [], unchanged: [] };
  await ctx.db.transaction('rw', [ctx.db.messages, ctx.db.facts, ctx.db.cases, ctx.db.events], async () => {
    const factSources: FactTextSource[] = [];
    const now = ctx.now();
    const last = await ctx.db.messages
      .where('[caseId+seq]')
      .between([batch.caseId, Dexie.minKey], [batch.caseId, Dexie.maxKey])
      .last();
    let seq = last ? last.seq + 1 : 0;
    for (const incoming of batch.messages) {
      const existing = await ctx.db.messages.where('[caseId+key]').equals([batch.caseId, incoming.key]).first();
      if (existing) {
        if (existing.text === incoming.text) {
          outcome.unchanged.push(incoming.key);
          continue;
        }
        await ctx.db.messages.update(existing.id, { text: incoming.text, truncated: incoming.truncated });
        await appendEvent(ctx, {
          caseId: batch.caseId,
          type: 'message.revised',
          payload: { messageId: existing.id, key: incoming.key, previousText: existing.text, text: incoming.text },
        });
        outcome.revised.push(incoming.key);
        continue;
      }
      const firstSeenAt = Math.min(now, Math.max(now - MAX_CLOCK_SKEW_MS, Math.round(incoming.seenAt)));
      const record: ChatMessageRecord = chatMessageRecordSchema.parse({
        id: ctx.newId(),
        caseId: batch.caseId,
        site: batch.site,
        frameUrl: batch.frameUrl,
        key: incoming.key,
        seq: seq++,
        role: incoming.role,
        authorName: incoming.authorName,
        text: incoming.text,
        truncated: incoming.truncated,
        firstSeenAt,
        widgetTimeText: incoming.widgetTimeText,
        fromHistory: incoming.fromHistory,
        adapter: batch.adapter,
        hiddenAt: null,
        keyEvidence: false,
      });
      await ctx.db.messages.add(record);
      const { hiddenAt: _hidden, keyEvidence: _key, ...content } = record;
      await appendEvent(ctx, { caseId: batch.caseId, type: 'message.recorded', payload: { message: content } });
      factSources.push({ kind: 'message', id: record.id, text: record.text, at: firstSeenAt, role: record.role });
      outcome.stored.push(incoming.key);
    }
    await suggestFactsInTransaction(ctx, batch.caseId, factSources);
    if (outcome.stored.length + outcome.revised.length > 0) {
      await ctx.db.cases.update(batch.caseId, { updatedAt: now });
    }
  });
  return outcome;
}

/** In the order they were seen; within one batch, in the widget's order. */
export async function listCaseMessages(ctx: RepoContext, caseId: string): Promise<ChatMessageRecord[]> {
  // One read in seq order, which is nearly always the order seen as well (a message's seq and
  // its first-seen time both grow as it is recorded); sorted only when a pair is out of order.
  const messages = await ctx.db.messages
    .where('[caseId+seq]')
    .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey])
    .toArray();
  return inOrder(messages) ? messages : messages.sort(bySeen);
}

function bySeen(a: ChatMessageRecord, b: ChatMessageRecord): number {
  return a.firstSeenAt - b.firstSeenAt || a.seq - b.seq;
}

function inOrder(messages: readonly ChatMessageRecord[]): boolean {
  for (let i = 1; i < messages.length; i++) if (bySeen(messages[i - 1]!, messages[i]!) > 0) return false;
  return true;
}
