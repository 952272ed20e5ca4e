import { callLogFacts, composeCallLogText, type CallLogForm } from '../../calls/call-facts';
import {
  activeCallOf,
  callStateOf,
  CallTransitionError,
  durationMsOf,
  holdMsOf,
  nextCallState,
  type CallState,
} from '../../calls/call-state';
import { callDetailsSchema } from '../../schemas/call';
import type { EvidenceRecord } from '../../schemas/evidence';
import type { FactRecord } from '../../schemas/fact';
import type { Settings } from '../../schemas/settings';
import type { RepoContext } from '../context';
import { prepareEvidence, writeEvidence } from './evidence';
import { addSuggestedFactsInTransaction } from './facts';
import { getSettings, updateSettings } from './settings';

/** The case's call in progress, from the settings record (idle when there is none). */
export function callStateIn(settings: Settings, caseId: string): CallState {
  return callStateOf(settings.activeCalls.find((call) => call.caseId === caseId));
}

export async function getCallState(ctx: RepoContext, caseId: string): Promise<CallState> {
  return callStateIn(await getSettings(ctx), caseId);
}

function storeCallState(ctx: RepoContext, caseId: string, state: CallState): Promise<Settings> {
  return updateSettings(ctx, (current) => {
    const others = current.activeCalls.filter((call) => call.caseId !== caseId);
    const active = activeCallOf(caseId, state);
    return { ...current, activeCalls: active ? [...others, active] : others };
  });
}

type TimedAction = 'start' | 'answer' | 'end';

/**
 * One click of the call logger, timed when it is made (not when the database has answered, which
 * on a busy machine can be much later); refused when it makes no sense now.
 */
export async function changeCall(
  ctx: RepoContext,
  caseId: string,
  action: TimedAction,
  at = ctx.now(),
): Promise<CallState> {
  return ctx.db.transaction('rw', ctx.db.settings, async () => {
    const next = nextCallState(await getCallState(ctx, caseId), { type: action, at });
    await storeCallState(ctx, caseId, next);
    return next;
  });
}

export const startCall = (ctx: RepoContext, caseId: string) => changeCall(ctx, caseId, 'start');
export const answerCall = (ctx: RepoContext, caseId: string) => changeCall(ctx, caseId, 'answer');
export const endCall = (ctx: RepoContext, caseId: string) => changeCall(ctx, caseId, 'end');

/** Forgets the call in progress without logging anything. */
export async function discardCall(ctx: RepoContext, caseId: string): Promise<void> {
  await storeCallState(ctx, caseId, { phase: 'idle' });
}

export interface CallLogOutcome {
  record: EvidenceRecord;
  facts: FactRecord[];
}

/**
 * Saves the ended call as a `call-log` item (its details as a JSON file, so their digest is in
 * the log) with one `call.logged` event, suggests the rep's name, the promise and whatever else
 * its text holds as facts, and clears the call in progress: all in one transaction.
 */
export async function saveCallLog(
  ctx: RepoContext,
  caseId: string,
  form: CallLogForm & { title: string; summary: string },
  options: { dateOrder?: 'dmy' | 'mdy' } = {},
): Promise<CallLogOutcome> {
  const state = await getCallState(ctx, caseId);
  if (state.phase !== 'ended') throw new CallTransitionError(state.phase, 'save');
  const details = callDetailsSchema.parse({
    startedAt: state.startedAt,
    answeredAt: state.answeredAt,
    endedAt: state.endedAt,
    holdMs: holdMsOf(state, state.endedAt),
    durationMs: durationMsOf(state, state.endedAt),
    repName: form.repName.trim(),
    promised: form.promised.trim(),
    notes: form.notes.trim(),
  });
  const log = composeCallLogText(form);
  const prepared = await prepareEvidence([
    {
      kind: 'call-log',
      blob: new Blob([JSON.stringify(details, null, 1)], { type: 'application/json' }),
      mime: 'application/json',
      text: log.text,
      pageTitle: form.title,
      call: details,
    },
  ]);
  const tables = [ctx.db.settings, ctx.db.evidence, ctx.db.facts, ctx.db.cases, ctx.db.events];
  return ctx.db.transaction('rw', tables, async () => {
    // Another window may have saved or discarded this call since it was read.
    const now = await getCallState(ctx, caseId);
    if (now.phase !== 'ended' || now.startedAt !== state.startedAt) throw new CallTransitionError(now.phase, 'save');
    const [record] = await writeEvidence(ctx, caseId, prepared, {
      eventType: 'call.logged',
      extractFacts: false,
      details: { text: form.summary },
    });
    const existing = await ctx.db.facts.where('caseId').equals(caseId).toArray();
    const suggestions = callLogFacts(existing, { id: record!.id, at: details.endedAt, log }, options);
    const facts = await addSuggestedFactsInTransaction(ctx, caseId, suggestions);
    await storeCallState(ctx, caseId, { phase: 'idle' });
    return { record: record!, facts };
  });
}
