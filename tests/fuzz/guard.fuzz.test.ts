import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guard, HandlerRefusal } from '@/lib/background/guard';
import type { MessageSenderInfo } from '@/lib/background/ports';
import { messageRules, type MessageName } from '@/lib/messaging/schemas';
import type { RejectionCode } from '@/lib/messaging/protocol';
import { contentSender, fakePorts, pageSender } from '../helpers/fake-ports';
import { createTally, fuzzAsync, timeoutFor } from './harness';

const CODES: readonly RejectionCode[] = [
  'invalid-payload',
  'too-large',
  'forged-sender',
  'site-not-enabled',
  'conversation-not-recorded',
  'permission-missing',
  'storage-full',
  'database-too-new',
  'capture-refused',
  'capture-not-found',
  'internal',
];

const message = {
  key: 'k1',
  role: 'agent',
  authorName: 'Dana',
  text: 'Hello',
  truncated: false,
  widgetTimeText: null,
  fromHistory: false,
  seenAt: 1,
};

/** One valid payload per message: the seed the near-miss payloads are mutated from. */
const VALID: Record<MessageName, unknown> = {
  'chat.hello': { frameKind: 'top', adapter: 'generic', shadowRoots: 0 },
  'chat.record': {
    batchId: 'b1',
    adapter: 'generic',
    messages: [message],
    conversation: { app: 'whatsapp', id: 'c1' },
  },
  'chat.pause': { paused: true },
  'chat.delivery': { state: 'storage-full' },
  'sites.enable': { site: 'acme.example', patterns: ['https://acme.example/*'] },
  'sites.disable': { site: 'acme.example' },
  'conversations.add': { app: 'telegram', conversationId: 'c1', title: 'Acme support' },
  'conversations.remove': { app: 'telegram', conversationId: 'c1' },
  'capture.run': { tabId: 3, requestId: 'abcdefgh12' },
  'capture.undo': { captureId: 'cap1' },
  'capture.conversation': { tabId: 3, captureId: 'cap1' },
  'draft.insert': { site: null, text: 'Please refund order 1234' },
};
const NAMES = Object.keys(VALID) as MessageName[];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The value with one node, chosen by `at`, replaced (or, in an object, removed when `by` is undefined). */
function mutate(value: unknown, at: number, by: unknown, counter = { n: 0 }): unknown {
  if (counter.n++ === at) return by;
  if (Array.isArray(value)) return value.map((v) => mutate(v, at, by, counter));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const next = mutate(v, at, by, counter);
      if (next !== undefined) out[k] = next;
    }
    return out;
  }
  return value;
}

const strangeLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, NaN, Infinity, -1, 2 ** 53, -0, '', '\u0000', '\uD800', 'x'.repeat(600), [], {}),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Values no structured clone would carry, in case a sender finds a way: none may throw out of the guard. */
function hostile(kind: number): unknown {
  switch (kind) {
    case 0: {
      const cyclic: Record<string, unknown> = { paused: true };
      cyclic.self = cyclic;
      return cyclic;
    }
    case 1:
      return { paused: true, big: 10n };
    case 2:
      return {
        toJSON() {
          throw new Error('toJSON');
        },
      };
    case 3:
      return Object.defineProperty({}, 'paused', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      });
    case 4:
      return new Proxy(
        {},
        {
          get() {
            throw new Error('proxy');
          },
          ownKeys() {
            throw new Error('proxy');
          },
        },
      );
    case 5: {
      let deep: unknown = 1;
      for (let i = 0; i < 20_000; i++) deep = [deep];
      return deep;
    }
    case 6:
      return { text: 'x'.repeat(1_100_000) };
    default:
      return Object.create(null) as unknown;
  }
}

const payload = (name: MessageName): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json> },
    { weight: 1, arbitrary: fc.constant(VALID[name]) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          fc.nat({ max: 20 }),
          strangeLeaf,
          fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
        )
        .map(([at, by, extra]) => {
          const mutated = mutate(VALID[name], at, by);
          return mutated && typeof mutated === 'object' && !Array.isArray(mutated) ? { ...extra, ...mutated } : mutated;
        }),
    },
    { weight: 1, arbitrary: fc.nat({ max: 7 }).map(hostile) },
  );

const named = fc.constantFrom(...NAMES).chain((name) => fc.tuple(fc.constant(name), payload(name), senderFor(name)));

const contentScript = contentSender('https://acme.example/chat');
/** The sender each message is meant to come from, four times in five; else any, forged ones included. */
const senderFor = (name: MessageName): fc.Arbitrary<MessageSenderInfo> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(messageRules[name].from === 'content' ? contentScript : pageSender) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<MessageSenderInfo>(
        contentScript,
        pageSender,
        { id: 'other-extension', url: 'https://evil.example/' },
        { id: 'ext-id', url: 'https://evil.example/' },
        { id: 'ext-id' },
      ),
    },
  );

/** What a handler may do: answer, refuse, or fail in any way. */
const outcomes = fc.constantFrom('ok', 'refusal', 'error', 'string', 'undefined');

describe('fuzz: messaging schemas at the guard', () => {
  it(
    'never throws; a reply is a schema-valid payload handled once or a rejection with a known code',
    async () => {
      const tally = createTally();
      await fuzzAsync(
        'guard',
        fc.asyncProperty(named, outcomes, async ([name, data, sender], outcome) => {
          const { ports } = fakePorts();
          const handled: unknown[] = [];
          const handle = guard(name, ports, async (parsed) => {
            handled.push(parsed);
            if (outcome === 'refusal') throw new HandlerRefusal('site-not-enabled', 'no');
            if (outcome === 'error') throw new Error('boom');
            if (outcome === 'string') throw 'boom';
            if (outcome === 'undefined') throw undefined;
            return { ok: true as const };
          });
          const reply = await handle({ data, sender });
          tally.add(reply.ok ? 'accepted' : `rejected: ${reply.error.code}`);
          if (reply.ok) {
            expect(outcome).toBe('ok');
            expect(handled).toHaveLength(1);
            expect(messageRules[name].schema.safeParse(data).success).toBe(true);
          } else {
            expect(CODES).toContain(reply.error.code);
            expect(typeof reply.error.message).toBe('string');
            // Refused before the handler: the payload (or sender) was at fault; after it: the handler's own code.
            if (handled.length === 0) {
              expect(['invalid-payload', 'too-large', 'forged-sender', 'internal']).toContain(reply.error.code);
            } else expect(reply.error.code).toBe(outcome === 'refusal' ? 'site-not-enabled' : 'internal');
          }
        }),
      );
      tally.print('guard');
    },
    timeoutFor(5),
  );
});
