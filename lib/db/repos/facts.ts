import type { ExtractOptions } from '../../extract';
import { excludeKnownFacts, suggestFacts, type FactTextSource, type SuggestedFact } from '../../facts/suggest';
import { factRecordSchema, type FactKind, type FactRecord } from '../../schemas/fact';
import { reminderRecordSchema, type ReminderRecord } from '../../schemas/reminder';
import type { RepoContext } from '../context';
import { RecordMissingError } from '../errors';
import { appendEvent } from './events';

export type { FactTextSource };

/**
 * Extracts facts from texts just stored and adds the new ones as suggestions, with one
 * `fact.added` event. Call it inside the `rw` transaction (facts + events) that stores the texts,
 * so a capture and its facts commit together. Extraction is synchronous: it cannot let the
 * transaction commit half-way.
 */
export async function suggestFactsInTransaction(
  ctx: RepoContext,
  caseId: string,
  sources: readonly FactTextSource[],
  options: Omit<ExtractOptions, 'referenceDate'> = {},
): Promise<FactRecord[]> {
  const found = suggestFacts([], sources, options);
  if (found.length === 0) return [];
  // Only facts of the kinds just found can repeat them: a batch does not read the whole case.
  const kinds = [...new Set(found.map((fact) => fact.kind))];
  const existing = await ctx.db.facts
    .where('[caseId+kind]')
    .anyOf(kinds.map((kind) => [caseId, kind]))
    .toArray();
  return addSuggestedFactsInTransaction(ctx, caseId, excludeKnownFacts(found, existing));
}

/** Stores facts already chosen (see suggestFacts) with one `fact.added` event; same transaction rules. */
export async function addSuggestedFactsInTransaction(
  ctx: RepoContext,
  caseId: string,
  suggestions: readonly SuggestedFact[],
): Promise<FactRecord[]> {
  const at = ctx.now();
  const records = suggestions.map((fact) =>
    factRecordSchema.parse({ ...fact, id: ctx.newId(), caseId, createdAt: at, updatedAt: at }),
  );
  if (records.length === 0) return [];
  await ctx.db.facts.bulkAdd(records);
  await appendEvent(ctx, { caseId, type: 'fact.added', payload: { facts: records.map(factForLog) } });
  return records;
}

function factForLog(fact: FactRecord) {
  const { caseId: _caseId, createdAt: _created, updatedAt: _updated, ...rest } = fact;
  return rest;
}

export function listCaseFacts(ctx: RepoContext, caseId: string): Promise<FactRecord[]> {
  return ctx.db.facts.where('caseId').equals(caseId).sortBy('createdAt');
}

type FactChange =
  { action: 'confirmed' } | { action: 'rejected' } | { action: 'restored' } | { action: 'edited'; value: string };

async function changeFact(ctx: RepoContext, factId: string, change: FactChange): Promise<FactRecord> {
  return ctx.db.transaction('rw', [ctx.db.facts, ctx.db.events], async () => {
    const fact = await ctx.db.facts.get(factId);
    if (!fact) throw new RecordMissingError('fact', factId);
    const next: FactRecord = { ...fact, updatedAt: ctx.now() };
    if (change.action === 'confirmed') next.status = 'confirmed';
    if (change.action === 'rejected') next.status = 'rejected';
    if (change.action === 'restored') next.status = 'suggested';
    if (change.action === 'edited') {
      const value = change.value.trim();
      if (!value) throw new Error('A fact needs a value.');
      next.value = value;
      next.status = 'confirmed';
      if (fact.source.kind !== 'manual') next.extractedValue = fact.extractedValue ?? fact.value;
    }
    const parsed = factRecordSchema.parse(next);
    await ctx.db.facts.put(parsed);
    await appendEvent(ctx, {
      caseId: fact.caseId,
      type: 'fact.updated',
      payload: {
        factId,
        kind: fact.kind,
        action: change.action,
        ...(change.action === 'edited' ? { previousValue: fact.value, value: parsed.value } : { value: fact.value }),
      },
    });
    return parsed;
  });
}

/** The user says the fact is right: extraction never changes it again. */
export const confirmFact = (ctx: RepoContext, factId: string) => changeFact(ctx, factId, { action: 'confirmed' });
export const rejectFact = (ctx: RepoContext, factId: string) => changeFact(ctx, factId, { action: 'rejected' });
export const restoreFact = (ctx: RepoContext, factId: string) => changeFact(ctx, factId, { action: 'restored' });
/** An edited fact is a confirmed one; the extracted value stays on record. */
export const editFact = (ctx: RepoContext, factId: string, value: string) =>
  changeFact(ctx, factId, { action: 'edited', value });

/** A fact the user types: confirmed from the start. */
export async function addManualFact(
  ctx: RepoContext,
  caseId: string,
  kind: FactKind,
  value: string,
): Promise<FactRecord> {
  return ctx.db.transaction('rw', [ctx.db.facts, ctx.db.cases, ctx.db.events], async () => {
    const at = ctx.now();
    const record = factRecordSchema.parse({
      id: ctx.newId(),
      caseId,
      kind,
      value: value.trim(),
      confidence: 1,
      source: { kind: 'manual', id: null, start: 0, end: 0 },
      status: 'confirmed',
      createdAt: at,
      updatedAt: at,
    });
    await ctx.db.facts.add(record);
    await appendEvent(ctx, { caseId, type: 'fact.added', payload: { facts: [factForLog(record)], manual: true } });
    await ctx.db.cases.update(caseId, { updatedAt: at });
    return record;
  });
}

/** "Marcus promised the refund by 18 Nov": a reminder tied to the promise, in the case's log. */
export async function remindAboutFact(
  ctx: RepoContext,
  factId: string,
  dueAt: number,
  title: string,
): Promise<ReminderRecord> {
  return ctx.db.transaction('rw', [ctx.db.facts, ctx.db.reminders, ctx.db.events], async () => {
    const fact = await ctx.db.facts.get(factId);
    if (!fact) throw new RecordMissingError('fact', factId);
    const record = reminderRecordSchema.parse({
      id: ctx.newId(),
      caseId: fact.caseId,
      kind: 'promise',
      title: title.trim().slice(0, 500),
      dueAt,
      sourceId: fact.id,
      firedAt: null,
      dismissedAt: null,
      createdAt: ctx.now(),
    });
    await ctx.db.reminders.add(record);
    await appendEvent(ctx, {
      caseId: fact.caseId,
      type: 'reminder.set',
      payload: { reminderId: record.id, factId, title: record.title, dueAt },
    });
    return record;
  });
}

export async function dismissReminder(ctx: RepoContext, reminderId: string): Promise<void> {
  await ctx.db.reminders.update(reminderId, { dismissedAt: ctx.now() });
}
