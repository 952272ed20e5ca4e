import type { ActiveCall } from '../schemas/call';

/**
 * A phone call being logged: dialling and on hold until a human answers, then talking until it
 * ends. Only timestamps are kept; hold and call length are derived from them, so a timer shown
 * after reopening the workspace is right without anything counting in memory.
 */
export type CallState =
  | { phase: 'idle' }
  | { phase: 'holding'; startedAt: number }
  | { phase: 'talking'; startedAt: number; answeredAt: number }
  | { phase: 'ended'; startedAt: number; answeredAt: number | null; endedAt: number };

export type CallPhase = CallState['phase'];

export type CallAction =
  { type: 'start'; at: number } | { type: 'answer'; at: number } | { type: 'end'; at: number } | { type: 'discard' };

export class CallTransitionError extends Error {
  readonly code = 'call-transition';
  constructor(
    readonly phase: CallPhase,
    readonly action: CallAction['type'] | 'save',
  ) {
    super(`A call that is ${phase} cannot be given "${action}".`);
    this.name = 'CallTransitionError';
  }
}

/**
 * The next state, or CallTransitionError for an action that makes no sense now (answering a call
 * not started, ending one twice). A clock set back between two clicks gives an instant, not a
 * negative time: the later timestamp is never before the earlier one.
 */
export function nextCallState(state: CallState, action: CallAction): CallState {
  if (action.type === 'discard') return { phase: 'idle' };
  if (action.type === 'start' && state.phase === 'idle') return { phase: 'holding', startedAt: action.at };
  if (action.type === 'answer' && state.phase === 'holding') {
    return { phase: 'talking', startedAt: state.startedAt, answeredAt: Math.max(action.at, state.startedAt) };
  }
  if (action.type === 'end' && state.phase === 'holding') {
    return {
      phase: 'ended',
      startedAt: state.startedAt,
      answeredAt: null,
      endedAt: Math.max(action.at, state.startedAt),
    };
  }
  if (action.type === 'end' && state.phase === 'talking') {
    return {
      phase: 'ended',
      startedAt: state.startedAt,
      answeredAt: state.answeredAt,
      endedAt: Math.max(action.at, state.answeredAt),
    };
  }
  throw new CallTransitionError(state.phase, action.type);
}

/** Time on hold: until a human answered, or until now / the end while nobody has. */
export function holdMsOf(state: CallState, now: number): number {
  switch (state.phase) {
    case 'idle':
      return 0;
    case 'holding':
      return Math.max(0, now - state.startedAt);
    case 'talking':
      return state.answeredAt - state.startedAt;
    case 'ended':
      return (state.answeredAt ?? state.endedAt) - state.startedAt;
  }
}

/** The whole call so far (or in all, once ended). */
export function durationMsOf(state: CallState, now: number): number {
  switch (state.phase) {
    case 'idle':
      return 0;
    case 'holding':
    case 'talking':
      return Math.max(0, now - state.startedAt);
    case 'ended':
      return state.endedAt - state.startedAt;
  }
}

/** The stored form of a call (see activeCallSchema) as a state, and back. */
export function callStateOf(active: ActiveCall | null | undefined): CallState {
  if (!active) return { phase: 'idle' };
  const { startedAt, answeredAt, endedAt } = active;
  if (endedAt !== null) return { phase: 'ended', startedAt, answeredAt, endedAt };
  if (answeredAt !== null) return { phase: 'talking', startedAt, answeredAt };
  return { phase: 'holding', startedAt };
}

export function activeCallOf(caseId: string, state: CallState): ActiveCall | null {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'holding':
      return { caseId, startedAt: state.startedAt, answeredAt: null, endedAt: null };
    case 'talking':
      return { caseId, startedAt: state.startedAt, answeredAt: state.answeredAt, endedAt: null };
    case 'ended':
      return { caseId, startedAt: state.startedAt, answeredAt: state.answeredAt, endedAt: state.endedAt };
  }
}

/** "4:05" or "1:02:09": a running clock, the same in every language (shown left-to-right). */
export function formatCallClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
