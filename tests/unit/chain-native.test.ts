import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEventHash, verifyChain } from '@/lib/integrity/chain';
import { verifyChainNative } from '@/lib/integrity/chain-native';
import type { CaseEventRecord, HashedEvent } from '@/lib/schemas/event';

const CASE = 'case-1';

/** A valid log of `texts.length` events, each hashed and linked as the repositories do. */
function chain(texts: readonly string[]): CaseEventRecord[] {
  const events: CaseEventRecord[] = [];
  texts.forEach((text, seq) => {
    const hashed: HashedEvent = {
      caseId: CASE,
      seq,
      at: 1_700_000_000_000 + seq,
      type: 'note.added',
      payload: { text, n: seq, nested: { list: [seq, text, null, true] } },
      blobs: [],
      prevHash: events[seq - 1]?.hash ?? null,
    };
    events.push({ ...hashed, id: `event-${seq}`, hash: computeEventHash(hashed) });
  });
  return events;
}

/** One way a log can be broken: each kind of problem verifyChain names. */
type Damage =
  | { kind: 'edit'; at: number; text: string }
  | { kind: 'lone-surrogate'; at: number }
  | { kind: 'drop'; at: number }
  | { kind: 'swap'; at: number }
  | { kind: 'other-case'; at: number }
  | { kind: 'rehash'; at: number; text: string };

function damage(events: CaseEventRecord[], d: Damage): CaseEventRecord[] {
  const out = [...events];
  if (out.length === 0) return out;
  const i = d.at % out.length;
  const e = out[i]!;
  switch (d.kind) {
    case 'edit':
      out[i] = { ...e, payload: { ...e.payload, text: d.text } };
      break;
    case 'lone-surrogate':
      out[i] = { ...e, payload: { ...e.payload, text: '\uD800' } };
      break;
    case 'drop':
      out.splice(i, 1);
      break;
    case 'swap':
      if (i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1]!, e];
      break;
    case 'other-case':
      out[i] = { ...e, caseId: 'case-2' };
      break;
    case 'rehash': {
      // Edited and re-hashed: its own hash matches, the next event's link does not.
      const { id, hash: _hash, ...hashed } = { ...e, payload: { ...e.payload, text: d.text } };
      out[i] = { ...hashed, id, hash: computeEventHash(hashed) };
      break;
    }
  }
  return out;
}

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), text: fc.string() }),
  fc.record({ kind: fc.constant('lone-surrogate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('other-case' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rehash' as const), at: fc.nat(), text: fc.string() }),
);

describe('verifyChainNative', () => {
  it('gives the verdict verifyChain gives, on good logs and on logs broken in every way it names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 12 }),
        fc.array(damageArb, { maxLength: 3 }),
        async (texts, damages) => {
          const events = damages.reduce(damage, chain(texts));
          expect(await verifyChainNative(CASE, events)).toEqual(verifyChain(CASE, events));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('accepts a long good log (more events than one batch of digests) and finds one edit in it', async () => {
    const events = chain(Array.from({ length: 600 }, (_, i) => `line ${i}`));
    const good = await verifyChainNative(CASE, events);
    expect(good).toEqual({ ok: true, rootHash: events.at(-1)!.hash, length: 600, problems: [] });
    const edited = damage(events, { kind: 'edit', at: 517, text: 'changed' });
    expect((await verifyChainNative(CASE, edited)).problems).toEqual([{ kind: 'hash-mismatch', seq: 517 }]);
  });

  it('an empty log verifies, with no root hash', async () => {
    expect(await verifyChainNative(CASE, [])).toEqual(verifyChain(CASE, []));
  });
});
