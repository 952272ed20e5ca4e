import { createRepoContext } from '@/lib/db/context';
import { openDatabase } from '@/lib/db/open';
import { createCase } from '@/lib/db/repos/cases';
import { recordMessages, type IncomingMessage } from '@/lib/db/repos/messages';

function messagesOf(batch: number, size: number): IncomingMessage[] {
  return Array.from({ length: size }, (_, i) => ({
    key: `b${batch}-m${i}`,
    role: i % 2 ? 'agent' : 'customer',
    authorName: i % 2 ? 'Dana' : null,
    text: `Message ${batch}.${i}: your refund for order A-${10000 + i} will arrive within 5 business days.`,
    truncated: false,
    widgetTimeText: '2 min ago',
    fromHistory: false,
    seenAt: Date.now(),
  }));
}

/** Repository path: validated records, hash-chained events, one transaction per batch. */
async function throughRepositories(batches: number, size: number) {
  const db = await openDatabase({ name: `bench-repo-${Math.random()}` });
  const repo = createRepoContext(db);
  const { id } = await createCase(repo, { title: 'Bench', company: 'Bench', site: 'bench.example' });
  const start = performance.now();
  for (let b = 0; b < batches; b++) {
    await recordMessages(repo, {
      caseId: id,
      site: 'bench.example',
      frameUrl: 'x',
      adapter: 'generic',
      messages: messagesOf(b, size),
    });
  }
  const ms = performance.now() - start;
  const records = { messages: await db.messages.toArray(), events: await db.events.toArray() };
  db.close();
  return { ms, records };
}

/** Baseline: the very same records put with the raw IndexedDB API, one transaction per batch. */
async function rawPuts(records: { messages: unknown[]; events: unknown[] }, batches: number, size: number) {
  const name = `bench-raw-${Math.random()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('messages', { keyPath: 'id' }).createIndex('caseId', 'caseId');
      request.result.createObjectStore('events', { keyPath: 'id' }).createIndex('caseId', 'caseId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const eventsPerBatch = records.events.length / batches;
  const start = performance.now();
  for (let b = 0; b < batches; b++) {
    const tx = db.transaction(['messages', 'events'], 'readwrite');
    for (const m of records.messages.slice(b * size, (b + 1) * size)) tx.objectStore('messages').put(m);
    for (const e of records.events.slice(b * eventsPerBatch, (b + 1) * eventsPerBatch)) tx.objectStore('events').put(e);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  const ms = performance.now() - start;
  db.close();
  return { ms };
}

Object.assign(globalThis, {
  benchRepoWrites: async (batches: number, size: number) => {
    const repo = await throughRepositories(batches, size);
    const raw = await rawPuts(repo.records, batches, size);
    return { events: batches * size, repoMs: repo.ms, rawMs: raw.ms };
  },
  benchReady: true,
});
