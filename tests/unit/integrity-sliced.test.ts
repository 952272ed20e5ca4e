import { describe, expect, it } from 'vitest';
import { computeEventHash, verifyChain } from '@/lib/integrity/chain';
import { startChainCheck } from '@/lib/integrity/chain-check';
import { verifyChainInSlices } from '@/lib/integrity/verify-in-slices';
import type { CaseEventRecord, HashedEvent } from '@/lib/schemas/event';

const CASE_ID = 'case-1';

function chain(length: number): CaseEventRecord[] {
  const events: CaseEventRecord[] = [];
  let prevHash: string | null = null;
  for (let seq = 0; seq < length; seq++) {
    const hashed: HashedEvent = {
      caseId: CASE_ID,
      seq,
      at: 1_700_000_000_000 + seq * 1000,
      type: 'message.recorded',
      payload: { message: { text: `line ${seq}` } },
      blobs: [],
      prevHash,
    };
    const event: CaseEventRecord = { ...hashed, id: `ev-${seq}`, hash: computeEventHash(hashed) };
    events.push(event);
    prevHash = event.hash;
  }
  return events;
}

/** A yield that only counts: every slice boundary is visible, and the test stays fast. */
function counting() {
  const counter = { yields: 0, yieldNow: () => Promise.resolve().then(() => void (counter.yields += 1)) };
  return counter;
}

/** A clock that moves 1 ms per reading: with sliceMs 1, the check yields after every event. */
function ticking() {
  let t = 0;
  return () => t++;
}

const LENGTH = 24;

const breakers: Record<string, (events: CaseEventRecord[], at: number) => CaseEventRecord[]> = {
  'an edited payload': (events, at) =>
    events.map((e, i) => (i === at ? { ...e, payload: { message: { text: 'edited' } } } : e)),
  'a removed event': (events, at) => events.filter((_, i) => i !== at),
  'a forged hash': (events, at) => events.map((e, i) => (i === at ? { ...e, hash: '0'.repeat(64) } : e)),
  'an event of another case': (events, at) => events.map((e, i) => (i === at ? { ...e, caseId: 'case-2' } : e)),
  'two events swapped': (events, at) => {
    const copy = [...events];
    const other = at === events.length - 1 ? at - 1 : at + 1;
    [copy[at], copy[other]] = [copy[other]!, copy[at]!];
    return copy;
  },
};

describe('verifyChainInSlices', () => {
  it('finds an intact log intact, with the same root hash and length as verifyChain', async () => {
    const events = chain(LENGTH);
    const clock = counting();
    const verdict = await verifyChainInSlices(CASE_ID, events, {
      sliceMs: 1,
      now: ticking(),
      yieldNow: clock.yieldNow,
    });
    expect(verdict).toEqual(verifyChain(CASE_ID, events));
    expect(verdict).toMatchObject({ ok: true, length: LENGTH, rootHash: events[LENGTH - 1]!.hash, problems: [] });
    // It did work in slices: a yield between events, not one pass.
    expect(clock.yields).toBeGreaterThanOrEqual(LENGTH - 1);
  });

  for (const [name, breakAt] of Object.entries(breakers)) {
    it(`reports ${name} at any position, as verifyChain does`, async () => {
      // Dropping the last event leaves a shorter, intact chain: only a witness line shows that.
      const last = name === 'a removed event' ? LENGTH - 1 : LENGTH;
      for (let at = 0; at < last; at++) {
        const events = breakAt(chain(LENGTH), at);
        const expected = verifyChain(CASE_ID, events);
        expect(expected.ok).toBe(false);
        const sliced = await verifyChainInSlices(CASE_ID, events, {
          sliceMs: 1,
          now: ticking(),
          yieldNow: counting().yieldNow,
        });
        expect(sliced).toEqual(expected);
      }
    });
  }

  it('gives verifyChain’s verdict whatever the slice size', async () => {
    const events = breakers['an edited payload']!(chain(LENGTH), 13);
    const expected = verifyChain(CASE_ID, events);
    for (const sliceMs of [1, 3, 7, 1000]) {
      const verdict = await verifyChainInSlices(CASE_ID, events, {
        sliceMs,
        now: ticking(),
        yieldNow: counting().yieldNow,
      });
      expect(verdict).toEqual(expected);
    }
  });

  it('checks an empty log as verifyChain does', async () => {
    expect(await verifyChainInSlices(CASE_ID, [])).toEqual(verifyChain(CASE_ID, []));
  });

  it('stops at its next yield once aborted, and gives no verdict', async () => {
    const controller = new AbortController();
    let yields = 0;
    const verdict = await verifyChainInSlices(CASE_ID, chain(LENGTH), {
      sliceMs: 1,
      now: ticking(),
      signal: controller.signal,
      yieldNow: () => {
        if (++yields === 3) controller.abort();
        return Promise.resolve();
      },
    });
    expect(verdict).toBeNull();
    expect(yields).toBe(3);
  });

  it('yields through the real default (requestIdleCallback or a task) and still finishes', async () => {
    const events = chain(LENGTH);
    expect(await verifyChainInSlices(CASE_ID, events, { sliceMs: 0 })).toEqual(verifyChain(CASE_ID, events));
  });
});

describe('startChainCheck', () => {
  it('fed in parts, agrees with verifyChain on the whole', () => {
    const events = breakers['a removed event']!(chain(LENGTH), 5);
    const check = startChainCheck(CASE_ID);
    events.slice(0, 9).forEach(check.push);
    expect(check.count).toBe(9);
    events.slice(9).forEach(check.push);
    expect(check.verdict()).toEqual(verifyChain(CASE_ID, events));
  });

  it('reports an event no hash can be computed over (a lone surrogate) instead of throwing', () => {
    const [first] = chain(1);
    const check = startChainCheck(CASE_ID);
    check.push({ ...first!, payload: { '': '\uD800' } });
    expect(check.verdict().problems).toEqual([{ kind: 'hash-mismatch', seq: 0 }]);
  });
});
