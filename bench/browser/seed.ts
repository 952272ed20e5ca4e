/**
 * Seeding for the data benchmarks (transcript, search, export, import): cases with many
 * messages, a valid hash chain and screenshots, written quickly. Cases and screenshots go
 * through the repositories (`createCase`, `addEvidence`); messages and their `message.recorded`
 * events are built here exactly as `recordMessages` builds them (schema-parsed records, events
 * hashed with `computeEventHash` in a chain that continues the case's log) and bulk-added,
 * because recording 40,000 messages one by one would take minutes.
 */
import { longThread } from '@/demo/content/long-thread';
import type { RepoContext } from '@/lib/db/context';
import { createCase } from '@/lib/db/repos/cases';
import { addEvidence } from '@/lib/db/repos/evidence';
import { listCaseEvents } from '@/lib/db/repos/events';
import { computeEventHash } from '@/lib/integrity/chain';
import type { CaseEventRecord, HashedEvent } from '@/lib/schemas/event';
import { chatMessageRecordSchema, type ChatMessageRecord } from '@/lib/schemas/message';
import { seededRandom } from '../support/seeded-random';

const LINES = longThread('en');
const CHUNK = 2_000;

export interface SeedOptions {
  site: string;
  title?: string;
  messages: number;
  /** Screenshots of `screenshotBytes` each (incompressible, as a PNG is). */
  screenshots?: number;
  screenshotBytes?: number;
  /** Text put into the last message (e.g. a word only this case contains). */
  lastText?: string;
}

export async function seedCase(ctx: RepoContext, options: SeedOptions): Promise<{ caseId: string; messages: number }> {
  const record = await createCase(ctx, {
    title: options.title ?? `Late parcel (${options.messages} messages)`,
    company: 'Shop Example',
    site: options.site,
  });
  await addMessages(ctx, record.id, options);
  const random = seededRandom(options.messages);
  for (let i = 0; i < (options.screenshots ?? 0); i++) {
    const bytes = new Uint8Array(options.screenshotBytes ?? 300_000);
    for (let b = 0; b < bytes.length; b += 4) {
      const word = (random() * 0x100000000) >>> 0;
      bytes[b] = word & 0xff;
      bytes[b + 1] = (word >>> 8) & 0xff;
      bytes[b + 2] = (word >>> 16) & 0xff;
      bytes[b + 3] = word >>> 24;
    }
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await addEvidence(
      ctx,
      record.id,
      [
        {
          kind: 'screenshot',
          blob: new Blob([bytes], { type: 'image/png' }),
          url: `https://${options.site}/help/chat`,
        },
      ],
      { eventType: 'capture.saved', extractFacts: false },
    );
  }
  return { caseId: record.id, messages: options.messages };
}

async function addMessages(ctx: RepoContext, caseId: string, options: SeedOptions): Promise<void> {
  const events = await listCaseEvents(ctx, caseId);
  let previous = events[events.length - 1]!;
  for (let start = 0; start < options.messages; start += CHUNK) {
    const messages: ChatMessageRecord[] = [];
    const chained: CaseEventRecord[] = [];
    for (let n = start; n < Math.min(options.messages, start + CHUNK); n++) {
      const line = LINES[n % LINES.length]!;
      const at = ctx.now();
      const message = chatMessageRecordSchema.parse({
        id: ctx.newId(),
        caseId,
        site: options.site,
        frameUrl: `https://${options.site}/help/chat`,
        key: `bench-${n}`,
        seq: n,
        role: line.author,
        authorName: line.author === 'agent' ? (line.agent ?? null) : null,
        text: n === options.messages - 1 && options.lastText ? options.lastText : `${line.text} [#${n}]`,
        truncated: false,
        firstSeenAt: at,
        widgetTimeText: null,
        fromHistory: false,
        adapter: 'generic',
        hiddenAt: null,
        keyEvidence: false,
      });
      messages.push(message);
      const { hiddenAt: _hidden, keyEvidence: _key, ...content } = message;
      const hashed: HashedEvent = {
        caseId,
        seq: previous.seq + 1,
        at,
        type: 'message.recorded',
        payload: JSON.parse(JSON.stringify({ message: content })) as HashedEvent['payload'],
        blobs: [],
        prevHash: previous.hash,
      };
      previous = { ...hashed, id: ctx.newId(), hash: computeEventHash(hashed) };
      chained.push(previous);
    }
    await ctx.db.transaction('rw', [ctx.db.messages, ctx.db.events], async () => {
      await ctx.db.messages.bulkAdd(messages);
      await ctx.db.events.bulkAdd(chained);
    });
  }
}
