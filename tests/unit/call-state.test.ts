import { describe, expect, it } from 'vitest';
import {
  activeCallOf,
  callStateOf,
  CallTransitionError,
  durationMsOf,
  formatCallClock,
  holdMsOf,
  nextCallState,
  type CallState,
} from '@/lib/calls/call-state';
import { activeCallSchema } from '@/lib/schemas/call';

const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);
const idle: CallState = { phase: 'idle' };

describe('the call state machine', () => {
  it('goes idle → holding → talking → ended, and derives hold and length from the timestamps', () => {
    const holding = nextCallState(idle, { type: 'start', at: T0 });
    expect(holding).toEqual({ phase: 'holding', startedAt: T0 });
    expect(holdMsOf(holding, T0 + 65_000)).toBe(65_000);
    const talking = nextCallState(holding, { type: 'answer', at: T0 + 90_000 });
    expect(talking).toEqual({ phase: 'talking', startedAt: T0, answeredAt: T0 + 90_000 });
    // Hold stops growing once a human answers; the call keeps running.
    expect(holdMsOf(talking, T0 + 200_000)).toBe(90_000);
    expect(durationMsOf(talking, T0 + 200_000)).toBe(200_000);
    const ended = nextCallState(talking, { type: 'end', at: T0 + 300_000 });
    expect(ended).toEqual({ phase: 'ended', startedAt: T0, answeredAt: T0 + 90_000, endedAt: T0 + 300_000 });
    // Once ended, "now" no longer matters.
    expect(holdMsOf(ended, T0 + 999_999)).toBe(90_000);
    expect(durationMsOf(ended, T0 + 999_999)).toBe(300_000);
  });

  it('a call nobody answered was on hold all along', () => {
    const ended = nextCallState(nextCallState(idle, { type: 'start', at: T0 }), { type: 'end', at: T0 + 40_000 });
    expect(ended).toEqual({ phase: 'ended', startedAt: T0, answeredAt: null, endedAt: T0 + 40_000 });
    expect(holdMsOf(ended, 0)).toBe(40_000);
    expect(durationMsOf(ended, 0)).toBe(40_000);
  });

  it.each([
    ['idle', idle, 'answer'],
    ['idle', idle, 'end'],
    ['holding', { phase: 'holding', startedAt: T0 }, 'start'],
    ['talking', { phase: 'talking', startedAt: T0, answeredAt: T0 + 1 }, 'answer'],
    ['talking', { phase: 'talking', startedAt: T0, answeredAt: T0 + 1 }, 'start'],
    ['ended', { phase: 'ended', startedAt: T0, answeredAt: null, endedAt: T0 + 1 }, 'end'],
    ['ended', { phase: 'ended', startedAt: T0, answeredAt: null, endedAt: T0 + 1 }, 'answer'],
  ] as const)('refuses from %s: %s', (_phase, state, type) => {
    expect(() => nextCallState(state, { type, at: T0 + 5 })).toThrow(CallTransitionError);
  });

  it('discard returns to idle from any phase', () => {
    expect(nextCallState({ phase: 'talking', startedAt: T0, answeredAt: T0 }, { type: 'discard' })).toEqual(idle);
  });

  it('a clock set back between clicks gives no negative time', () => {
    const talking = nextCallState({ phase: 'holding', startedAt: T0 }, { type: 'answer', at: T0 - 5000 });
    expect(holdMsOf(talking, T0)).toBe(0);
    const ended = nextCallState(talking, { type: 'end', at: T0 - 9000 });
    expect(durationMsOf(ended, T0)).toBe(0);
  });

  it('round-trips through the stored form, which the schema accepts', () => {
    const states: CallState[] = [
      { phase: 'holding', startedAt: T0 },
      { phase: 'talking', startedAt: T0, answeredAt: T0 + 10 },
      { phase: 'ended', startedAt: T0, answeredAt: null, endedAt: T0 + 20 },
      { phase: 'ended', startedAt: T0, answeredAt: T0 + 10, endedAt: T0 + 20 },
    ];
    for (const state of states) {
      const stored = activeCallOf('case-0001', state);
      expect(activeCallSchema.parse(stored)).toEqual(stored);
      expect(callStateOf(stored)).toEqual(state);
    }
    expect(activeCallOf('case-0001', idle)).toBeNull();
    expect(callStateOf(undefined)).toEqual(idle);
  });

  it('the stored form refuses times out of order', () => {
    const bad = { caseId: 'case-0001', startedAt: T0, answeredAt: T0 - 1, endedAt: null };
    expect(activeCallSchema.safeParse(bad).success).toBe(false);
  });

  it('formats a running clock', () => {
    expect(formatCallClock(0)).toBe('0:00');
    expect(formatCallClock(65_999)).toBe('1:05');
    expect(formatCallClock(3_725_000)).toBe('1:02:05');
  });
});
