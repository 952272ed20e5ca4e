/**
 * Browser side of `repo-writes`: chat messages recorded through `recordMessages` (validation,
 * re-render check, SHA-256-chained event, one transaction per batch) against raw IndexedDB
 * `put`s of the very same message and event records into a database of the same schema.
 */
import { createRepoContext, type RepoContext } from '@/lib/db/context';
import type { PaperTrailDb } from '@/lib/db/database';
import { openDatabase } from '@/lib/db/open';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents, verifyCaseLog } from '@/lib/db/repos/events';
import { recordMessages, type IncomingMessage } from '@/lib/db/repos/messages';
import type { CaseEventRecord, ChatMessageRecord } from '@/lib/schemas';
import { collectGarbage, committed, deleteDatabase, expose, freshDatabaseName } from './harness';

const SITE = 'shop.example';
const FRAME_URL = 'https://shop.example/help/chat?session=4f2a';
const ADAPTER = 'generic';
/** The injected clock starts here and ticks 1 ms per call: every run writes identical records. */
const CLOCK_START = Date.UTC(2026, 10, 22, 12, 0, 0);

const LINES = [
  'Hi, my order has not arrived yet.',
  'Thanks for waiting. I can see the parcel left our warehouse on Monday and the courier marked it as delayed.',
  'I was promised delivery within five business days and it has been twelve. I would like a full refund, please.',
  'I understand. According to our policy a refund is possible once the courier confirms the parcel is lost, which can take up to 10 days.',
  'Can you confirm in writing that I will be refunded if it is not delivered by Friday?',
  'Yes, I confirm: if the parcel is not delivered by Friday, you will receive a full refund to your original payment method within 5 business days.',
];

interface Workload {
  batches: number;
  size: number;
}

interface Prepared {
  workload: Workload;
  /** What the content script would send, batch by batch. */
  input: IncomingMessage[][];
  /** What the repositories stored for each batch: its messages and their `message.recorded` events. */
  records: { messages: ChatMessageRecord[]; events: CaseEventRecord[] }[];
}

export interface Sample {
  events: number;
  ms: number;
}

let prepared: Prepared | null = null;

function inputOf({ batches, size }: Workload): IncomingMessage[][] {
  return Array.from({ length: batches }, (_, b) =>
    Array.from({ length: size }, (_, i): IncomingMessage => {
      const n = b * size + i;
      const agent = n % 2 === 1;
      return {
        key: `msg-${n}`,
        role: agent ? 'agent' : 'customer',
        authorName: agent ? 'Dana (Support)' : null,
        text: `${LINES[n % LINES.length]!} [#${n}]`,
        truncated: false,
        widgetTimeText: `${12 + Math.floor(n / 60)}:${String(n % 60).padStart(2, '0')}`,
        fromHistory: b === 0,
        seenAt: CLOCK_START - 1000,
      };
    }),
  );
}

/** A fresh database and a repository context with a deterministic clock and ids, plus one case. */
async function freshRepository(): Promise<{ db: PaperTrailDb; ctx: RepoContext; caseId: string; name: string }> {
  const name = freshDatabaseName('repo');
  const db = await openDatabase({ name });
  let tick = 0;
  let id = 0;
  const ctx = createRepoContext(db, {
    now: () => CLOCK_START + tick++,
    newId: () => `bench-${(id++).toString().padStart(8, '0')}`,
  });
  const { id: caseId } = await createCase(ctx, { title: 'Late parcel', company: 'Shop Example', site: SITE });
  return { db, ctx, caseId, name };
}

async function recordAll(ctx: RepoContext, caseId: string, input: IncomingMessage[][]): Promise<number> {
  let stored = 0;
  for (const messages of input) {
    const outcome = await recordMessages(ctx, { caseId, site: SITE, frameUrl: FRAME_URL, adapter: ADAPTER, messages });
    stored += outcome.stored.length;
  }
  return stored;
}

function requirePrepared(): Prepared {
  if (!prepared) throw new Error('call prepare() first');
  return prepared;
}

const api = {
  /**
   * Untimed: records the workload once through the repositories (this also warms up the JIT
   * and IndexedDB), checks the hash chain, and keeps the stored records for the raw side.
   */
  async prepare(batches: number, size: number) {
    const workload = { batches, size };
    const input = inputOf(workload);
    const { db, ctx, caseId, name } = await freshRepository();
    const stored = await recordAll(ctx, caseId, input);
    const verdict = await verifyCaseLog(ctx, caseId);
    const messages = await db.messages.where('[caseId+seq]').between([caseId, 0], [caseId, Infinity]).toArray();
    const events = (await listCaseEvents(ctx, caseId)).filter((event) => event.type === 'message.recorded');
    db.close();
    await deleteDatabase(name);
    const expected = batches * size;
    if (stored !== expected || messages.length !== expected || events.length !== expected) {
      throw new Error(`expected ${expected} messages and events, got ${stored}/${messages.length}/${events.length}`);
    }
    if (!verdict.ok) throw new Error(`hash chain broken: ${JSON.stringify(verdict.problems.slice(0, 3))}`);
    prepared = {
      workload,
      input,
      records: input.map((_, b) => ({
        messages: messages.slice(b * size, (b + 1) * size),
        events: events.slice(b * size, (b + 1) * size),
      })),
    };
    return { events: expected, chainLength: verdict.length };
  },

  /** Timed: the workload through `recordMessages`, one call per batch, into a fresh database. */
  async repository(): Promise<Sample> {
    const { input, workload } = requirePrepared();
    const { ctx, caseId, db, name } = await freshRepository();
    collectGarbage();
    const start = performance.now();
    const stored = await recordAll(ctx, caseId, input);
    const ms = performance.now() - start;
    db.close();
    await deleteDatabase(name);
    if (stored !== workload.batches * workload.size) throw new Error(`stored ${stored} messages`);
    return { events: stored, ms };
  },

  /** Timed, for the growth curve: `batches` batches of `size` new messages through `recordMessages` into a fresh database. */
  async repositoryAt(batches: number, size: number): Promise<Sample> {
    const input = inputOf({ batches, size });
    const { ctx, caseId, db, name } = await freshRepository();
    collectGarbage();
    const start = performance.now();
    const stored = await recordAll(ctx, caseId, input);
    const ms = performance.now() - start;
    db.close();
    await deleteDatabase(name);
    if (stored !== batches * size) throw new Error(`stored ${stored} messages`);
    return { events: stored, ms };
  },

  /**
   * Timed: the same records put with the bare IndexedDB API into a fresh database of the same
   * schema (opened by `openDatabase`, so the same stores and indexes), one transaction per
   * batch, every put issued at once: no validation, no lookups, no hashing, no Dexie.
   */
  async raw(): Promise<Sample> {
    const { records, workload } = requirePrepared();
    const name = freshDatabaseName('raw');
    const dexie = await openDatabase({ name });
    const idb = dexie.backendDB();
    collectGarbage();
    const start = performance.now();
    for (const batch of records) {
      const tx = idb.transaction(['messages', 'events'], 'readwrite');
      const messages = tx.objectStore('messages');
      const events = tx.objectStore('events');
      batch.messages.forEach((message, i) => {
        messages.put(message);
        events.put(batch.events[i]);
      });
      await committed(tx);
    }
    const ms = performance.now() - start;
    const stored = await dexie.events.count();
    dexie.close();
    await deleteDatabase(name);
    if (stored !== workload.batches * workload.size) throw new Error(`stored ${stored} events`);
    return { events: stored, ms };
  },
};

expose(api);

export type RepoWritesApi = typeof api;
