/**
 * Which rung of the escalation ladder the Draft tab suggests next, from the case's state. Pure.
 *
 * - Nothing sent yet: first contact (a broken promise first when one is overdue), the scenario of
 *   the remedy wanted first; cancelling a purchase only while the legal period is open.
 * - Sent, no refusal, and the reply-by day of the highest step sent (its `sentAt` + REPLY_DAYS)
 *   has passed: the next step. No answer at first contact goes straight to a formal complaint (a
 *   supervisor cannot be asked for where nobody answers); a refusal there asks for a supervisor.
 * - Sent and refused: the next step at once.
 * - Sent, not refused, reply-by day still ahead: wait (no scenario), with the day to wait for.
 * - Resolved: nothing.
 * Scenarios already sent are not suggested again; a rung left empty by that gives the next one.
 */
import type { Remedy } from '../schemas/checklist';
import type { CaseStatus } from '../schemas/case';
import type { DraftRecord } from '../schemas/draft';
import type { DraftContext } from './context';
import {
  LADDER_STEPS,
  REPLY_DAYS,
  SCENARIO_IDS,
  SCENARIO_STEP,
  scenariosAt,
  type LadderStep,
  type ScenarioId,
} from './scenarios';

const DAY_MS = 86_400_000;

export interface LadderState {
  status: CaseStatus;
  /** Drafts the user sent (or inserted into the chat), in any order. Unknown scenarios are ignored. */
  sent: readonly { scenario: string; sentAt: number }[];
  /** The user said the company refused after the last draft (the Draft tab asks). */
  refused: boolean;
  /** From the checklist: picks the first-contact scenario. */
  wanted: Remedy | null;
  /** A promise the company made has passed its due day unkept. */
  promiseOverdue: boolean;
  /** The legal cancellation period has ended: cancelling a purchase is no longer offered. */
  cancelWindowClosed: boolean;
  now: number;
}

export const LADDER_REASONS = [
  'resolved',
  'no-contact-yet',
  'promise-overdue',
  'waiting',
  'no-answer-by-deadline',
  'refused',
  'top-of-ladder',
] as const;
export type LadderReason = (typeof LADDER_REASONS)[number];

export interface LadderSuggestion {
  /** The rung to act on (or being waited on); null when the case is resolved. */
  step: LadderStep | null;
  /** Scenarios to offer, best first; empty while waiting, when resolved or at the top. */
  scenarios: ScenarioId[];
  reason: LadderReason;
  /** While waiting: when the last draft's reply-by period ends (epoch ms). */
  waitUntil: number | null;
}

const FIRST_CONTACT_BY_REMEDY: Readonly<Record<Remedy, ScenarioId>> = {
  refund: 'refund',
  'partial-refund': 'refund',
  credit: 'refund',
  replacement: 'replacement',
  repair: 'repair',
  cancel: 'cancel-purchase',
  'bill-correction': 'bill-correction',
  delivery: 'late-delivery',
  'free-service': 'broken-promise',
};

/** What follows a step, by what happened: best first. */
const NEXT: Readonly<Record<LadderStep, { refused: ScenarioId[]; noAnswer: ScenarioId[] }>> = {
  'first-contact': { refused: ['supervisor', 'formal-complaint'], noAnswer: ['formal-complaint'] },
  supervisor: { refused: ['formal-complaint'], noAnswer: ['formal-complaint'] },
  'formal-complaint': {
    refused: ['regulator-complaint', 'chargeback', 'demand-letter'],
    noAnswer: ['regulator-complaint', 'chargeback', 'demand-letter'],
  },
  regulator: { refused: ['chargeback', 'demand-letter'], noAnswer: ['chargeback', 'demand-letter'] },
  bank: { refused: ['demand-letter'], noAnswer: ['demand-letter'] },
  court: { refused: [], noAnswer: [] },
};

function isScenario(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

function firstContact(state: LadderState): LadderSuggestion {
  const primary = state.wanted ? [FIRST_CONTACT_BY_REMEDY[state.wanted]] : [];
  const lead: ScenarioId[] = state.promiseOverdue ? ['broken-promise', ...primary] : primary;
  const scenarios = [...new Set([...lead, ...scenariosAt('first-contact')])].filter(
    (id) => !(state.cancelWindowClosed && id === 'cancel-purchase'),
  );
  return {
    step: 'first-contact',
    scenarios,
    reason: state.promiseOverdue ? 'promise-overdue' : 'no-contact-yet',
    waitUntil: null,
  };
}

function escalate(
  from: LadderStep,
  reason: 'refused' | 'no-answer-by-deadline',
  sent: Set<ScenarioId>,
): LadderSuggestion {
  let step = from;
  let kind: 'refused' | 'noAnswer' = reason === 'refused' ? 'refused' : 'noAnswer';
  for (;;) {
    const scenarios = NEXT[step][kind].filter((id) => !sent.has(id));
    if (scenarios.length > 0) return { step: SCENARIO_STEP[scenarios[0]!], scenarios, reason, waitUntil: null };
    const candidates = NEXT[step][kind];
    if (candidates.length === 0) return { step: 'court', scenarios: [], reason: 'top-of-ladder', waitUntil: null };
    // Every next scenario was sent already: look past the highest of them.
    step = candidates.map((id) => SCENARIO_STEP[id]).reduce((a, b) => (rank(b) > rank(a) ? b : a));
    kind = 'noAnswer';
  }
}

function rank(step: LadderStep): number {
  return LADDER_STEPS.indexOf(step);
}

export function suggestLadderStep(state: LadderState): LadderSuggestion {
  if (state.status === 'resolved') return { step: null, scenarios: [], reason: 'resolved', waitUntil: null };
  const sent = state.sent.filter((d): d is { scenario: ScenarioId; sentAt: number } => isScenario(d.scenario));
  if (sent.length === 0) return firstContact(state);
  const top = sent.reduce((a, b) => {
    const diff = rank(SCENARIO_STEP[b.scenario]) - rank(SCENARIO_STEP[a.scenario]);
    return diff > 0 || (diff === 0 && b.sentAt > a.sentAt) ? b : a;
  });
  const step = SCENARIO_STEP[top.scenario];
  const sentIds = new Set(sent.map((d) => d.scenario));
  if (state.refused) return escalate(step, 'refused', sentIds);
  const waitUntil = top.sentAt + REPLY_DAYS[step] * DAY_MS;
  if (state.now >= waitUntil) return escalate(step, 'no-answer-by-deadline', sentIds);
  return { step, scenarios: [], reason: 'waiting', waitUntil };
}

/** The ladder state of a case: its status, its sent drafts and its overdue promise. */
export function ladderStateOf(input: {
  status: CaseStatus;
  drafts: readonly Pick<DraftRecord, 'scenario' | 'sentAt'>[];
  context: Pick<DraftContext, 'remedy' | 'promise' | 'today' | 'deadlines'>;
  refused: boolean;
  now: number;
}): LadderState {
  const due = input.context.promise?.due ?? null;
  return {
    status: input.status,
    sent: input.drafts.flatMap((d) => (d.sentAt === null ? [] : [{ scenario: d.scenario, sentAt: d.sentAt }])),
    refused: input.refused,
    wanted: input.context.remedy,
    promiseOverdue: due !== null && due < input.context.today,
    cancelWindowClosed: (input.context.deadlines['cancel-by'] ?? input.context.today) < input.context.today,
    now: input.now,
  };
}
